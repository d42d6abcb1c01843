import ArgumentParser
import CortegeCore
import Foundation

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find every conflict in one or several plans.",
        discussion: """
            Exit status: 0 no error, 1 at least one error finding, 2 a plan could not be read.

            Example:
              cortege check samples/971-visite-ministre.yaml
              cortege check samples/*.yaml --agendas calendars --format json
            """)

    @Argument(help: "Plan files (YAML).")
    var plans: [String]

    @Option(help: "Folder of <person-id>.ics agendas (overrides the plans' `agendas:`).")
    var agendas: String?

    @Option(help: "Output format: human or json.")
    var format: OutputFormat = .human

    @Flag(help: "Count warnings as errors.")
    var strict = false

    func run() throws {
        let loaded = LoadedPlans(paths: plans)
        let findings = Diagnostic.sorted(loaded.findings + conflicts(loaded.analyses, agendas: agendas)) { $0.0 }
        switch format {
        case .json:
            print(DiagnosticFormat.json(findings))
        case .human:
            for (d, zone) in findings { print(DiagnosticFormat.human(d, zone: zone)) }
            let errors = findings.filter { $0.0.severity == .error }.count
            let warnings = findings.filter { $0.0.severity == .warning }.count
            let notes = findings.filter { $0.0.severity == .note }.count
            printError("\(plans.count) plan(s) checked: \(errors) error(s), \(warnings) warning(s), \(notes) note(s)")
        }
        if loaded.unreadable { throw ExitCode(2) }
        let failing = findings.contains { $0.0.severity == .error || (strict && $0.0.severity == .warning) }
        if failing { throw ExitCode(1) }
    }
}
