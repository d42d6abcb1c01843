import ArgumentParser
import CortegeApp

/// Solves the free-order instances of `Benchmarks/freeorder` and times each solve (hidden: for `make bench`).
struct FreeOrderBenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-free-order",
        abstract: Help.text(
            fr: "Résoudre les instances de banc d’essai de l’ordre libre (JSON) et chronométrer chaque résolution.",
            en: "Solve free-order benchmark instances (JSON) and time each solve."),
        discussion: Help.text(
            fr: """
                Lit les instances écrites par Benchmarks/freeorder/generate.py et affiche un seul tableau JSON :
                pour chaque instance, son identifiant, s’il existe un ordre, la fin (en minutes après minuit), le \
                trajet,
                l’ordre (numéros des arrêts à partir de 1) et le meilleur temps de résolution sur --repeat essais, en \
                secondes.

                Exemple :
                  cortege bench-free-order instances.json --repeat 3
                """,
            en: """
                Reads the instances written by Benchmarks/freeorder/generate.py and prints one JSON array:
                per instance its id, whether an order exists, the end (minutes after midnight), the travel,
                the order (stop numbers from 1) and the best solve time of --repeat runs, in seconds.

                Example:
                  cortege bench-free-order instances.json --repeat 3
                """),
        shouldDisplay: false)

    @Argument(help: Help.argument(fr: "Fichier des instances (JSON).", en: "Instances file (JSON)."))
    var instances: String

    @Option(
        name: .customLong("repeat"),
        help: Help.argument(
            fr: "Résoudre chaque instance ce nombre de fois et garder le temps le plus court.",
            en: "Solve each instance this many times and keep the fastest.", value: "nombre"))
    var repetitions: Int = 3

    func validate() throws {
        guard repetitions >= 1 else { throw ValidationError("--repeat must be at least 1") }
    }

    func run() throws {
        try FreeOrderBench.run(instances: instances, repetitions: repetitions).finish()
    }
}
