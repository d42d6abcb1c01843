import CortegeCore

/// `cortege check`: every finding of one or several plans, their conflicts with each other and with the people's
/// agendas (docs/diagnostics.md).
public enum CheckReport {
    /// The findings of the plans at `paths`, with the agendas of `agendas` (else the plans' own `agendas:`);
    /// warnings count as errors when `strict`; what was read of each agenda is kept where `cache` says; the
    /// findings are written in `language`.
    public static func run(
        paths: [String], agendas: String?, format: ReportFormat, strict: Bool, cache: AgendaCacheSetting = .off,
        language: Language
    ) -> CommandResult {
        let workspace = Workspace(paths: paths)
        let findings = Diagnostic.sorted(
            workspace.findings + Agendas.conflicts(workspace.analyses, folder: agendas, cache: cache)
        ) { $0.0 }
        var result = CommandResult()
        switch format {
        case .json:
            result.print(DiagnosticFormat.json(findings, language: language))
        case .human:
            for (d, zone) in findings { result.print(DiagnosticFormat.human(d, zone: zone, language: language)) }
            let errors = findings.filter { $0.0.severity == .error }.count
            let warnings = findings.filter { $0.0.severity == .warning }.count
            let notes = findings.filter { $0.0.severity == .note }.count
            result.printError(
                Vocabulary(language).checkSummary(plans: paths.count, errors: errors, warnings: warnings, notes: notes))
        }
        if workspace.unreadable {
            result.status = 2
        } else if findings.contains(where: { $0.0.severity == .error || (strict && $0.0.severity == .warning) }) {
            result.status = 1
        }
        return result
    }
}
