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
        let findings = Self.inReadingOrder(loaded.findings + conflicts(loaded.analyses))
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

    /// The clashes between the plans and with the people's agendas, each with the zone of its plan.
    func conflicts(_ analyses: [Analysis]) -> [(Diagnostic, Zone?)] {
        let plans = analyses.map(\.plan)
        let (entries, readFindings) = loadAgendas(
            for: plans, folder: agendas, window: ConflictEngine.window(of: analyses))
        let found = ConflictEngine.check(analyses: analyses, agendas: entries) + readFindings
        let zones = Dictionary(plans.map { ($0.file, $0.visit.zone) }, uniquingKeysWith: { first, _ in first })
        return found.map { d in (d, d.location.flatMap { zones[$0.file] } ?? plans.first?.visit.zone) }
    }

    /// Findings by file, line and column (stable), each kept with its zone.
    static func inReadingOrder(_ findings: [(Diagnostic, Zone?)]) -> [(Diagnostic, Zone?)] {
        let none = SourceLocation(file: "", line: 0, column: 0)
        return findings.enumerated().sorted { a, b in
            let la = a.element.0.location ?? none
            let lb = b.element.0.location ?? none
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
