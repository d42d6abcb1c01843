import ArgumentParser
import CortegeCore
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the timed itinerary of a plan.",
        discussion: """
            Example:
              cortege plan samples/971-visite-ministre.yaml
              cortege plan samples/971-visite-ministre.yaml --format json
            """)

    @Argument(help: "A plan file (YAML).")
    var plan: String

    @Option(help: "Output format: human or json.")
    var format: OutputFormat = .human

    func run() throws {
        let loaded = LoadedPlans(paths: [plan])
        guard let analysis = loaded.analyses.first else {
            for (d, zone) in loaded.findings { printError(DiagnosticFormat.human(d, zone: zone)) }
            throw ExitCode(loaded.unreadable ? 2 : 1)
        }
        switch format {
        case .human:
            print(ItineraryFormat.table(analysis))
            if let free = FreeOrderFormat.text(analysis) { print("\n" + free) }
            let findings = loaded.findings
            if !findings.isEmpty {
                print("")
                for (d, zone) in findings { print(DiagnosticFormat.human(d, zone: zone)) }
            }
        case .json:
            var object = ItineraryFormat.jsonObject(analysis)
            if let free = FreeOrderFormat.jsonObject(analysis) { object["free-order"] = free }
            print(JSON.string(object))
        }
    }
}
