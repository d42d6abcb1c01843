import ArgumentParser
import CortegeApp

/// Solves the free-order instances of `Benchmarks/freeorder` and times each solve (hidden: for `make bench`).
struct FreeOrderBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-free-order",
        abstract: "Solve free-order benchmark instances (JSON) and time each solve.",
        discussion: """
            Reads the instances written by Benchmarks/freeorder/generate.py and prints one JSON array:
            per instance its id, whether an order exists, the end (minutes after midnight), the travel,
            the order (stop numbers from 1) and the best solve time of --repeat runs, in seconds.

            Example:
              cortege bench-free-order instances.json --repeat 3
            """,
        shouldDisplay: false)

    @Argument(help: "Instances file (JSON).")
    var instances: String

    @Option(name: .customLong("repeat"), help: "Solve each instance this many times and keep the fastest.")
    var repetitions: Int = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        try FreeOrderBench.run(instances: instances, repetitions: repetitions).finish()
    }
}
