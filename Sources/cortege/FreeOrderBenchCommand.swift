import ArgumentParser
import CortegeCore
import Foundation

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

    struct Instance: Decodable {
        var id: String
        var departure: Int
        var durations: [Int]
        var earliest: [Int?]
        var latest: [Int?]
        var matrix: [[Int]]
        var deadline: Int?
    }

    struct File: Decodable { var instances: [Instance] }

    static func problem(_ i: Instance) -> FreeOrderProblem {
        let n = i.durations.count
        var windows: [FreeOrderWindow] = []
        for stop in 0..<n where i.earliest[stop] != nil || i.latest[stop] != nil {
            windows.append(FreeOrderWindow(.stop(stop), notBefore: i.earliest[stop], notAfter: i.latest[stop]))
        }
        if let deadline = i.deadline { windows.append(FreeOrderWindow(.next, notAfter: deadline)) }
        return FreeOrderProblem(
            departure: i.departure, durations: i.durations, fromOrigin: (1...n).map { i.matrix[0][$0] },
            travel: (1...n).map { a in (1...n).map { b in i.matrix[a][b] } }, toNext: (1...n).map { i.matrix[$0][0] },
            windows: windows)
    }

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: instances))
        let file = try JSONDecoder().decode(File.self, from: data)
        var results: [[String: Any]] = []
        let clock = ContinuousClock()
        for instance in file.instances {
            guard instance.durations.count >= 1, instance.durations.count <= FreeOrderProblem.maxStops,
                instance.matrix.count == instance.durations.count + 1
            else {
                printError("\(instance.id): needs 1 to \(FreeOrderProblem.maxStops) stops and an (n+1)×(n+1) matrix")
                throw ExitCode(2)
            }
            var best = Duration.seconds(1_000_000)
            var solution: FreeOrderSolution?
            for _ in 0..<repetitions {
                let elapsed = clock.measure { solution = Self.problem(instance).solve() }
                best = min(best, elapsed)
            }
            let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
            var o: [String: Any] = ["id": instance.id, "feasible": solution != nil, "seconds": seconds]
            if let solution {
                o["end"] = solution.end
                o["travel"] = solution.travel
                o["order"] = solution.order.map { $0 + 1 }
            }
            results.append(o)
        }
        print(JSON.string(results))
    }
}
