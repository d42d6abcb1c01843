import CortegeCore
import CortegePlan

/// The plans a command works on, each analysed once, with the findings of loading and analysing them.
public struct Workspace: Sendable {
    /// The analyses of the plans that could be read without an error finding, in the order given.
    public var analyses: [Analysis] = []
    /// Every finding of loading and analysing, in reading order, each with the zone its times are written in.
    public var findings: [(Diagnostic, Zone?)] = []
    /// True when a file could not be read at all (exit status 2).
    public var unreadable = false

    /// Loads and analyses the plans at `paths`.
    public init(paths: [String]) {
        for path in paths {
            let loaded = PlanLoader().load(path: path)
            if loaded.unreadable { unreadable = true }
            guard let plan = loaded.plan, !loaded.findings.contains(where: { $0.severity == .error }) else {
                findings += loaded.findings.map { ($0, loaded.plan?.visit.zone) }
                continue
            }
            let analysis = Analysis(plan: plan)
            analyses.append(analysis)
            findings += (loaded.findings + analysis.findings).map { ($0, plan.visit.zone) }
        }
        findings = Diagnostic.sorted(findings) { $0.0 }
    }

    /// One plan, analysed, or the findings that stopped it with the exit status to end with.
    public static func open(path: String) -> Result<OpenPlan, PlanNotLoaded> {
        let workspace = Workspace(paths: [path])
        guard let analysis = workspace.analyses.first else {
            return .failure(PlanNotLoaded(findings: workspace.findings, status: workspace.unreadable ? 2 : 1))
        }
        return .success(OpenPlan(analysis: analysis, findings: workspace.findings))
    }

    /// One plan, analysed, or the stop of the command that needs it (its findings in `language`, exit status 2
    /// or 1).
    public static func plan(at path: String, language: Language) throws(CommandStop) -> OpenPlan {
        switch open(path: path) {
        case .failure(let notLoaded): throw CommandStop(notLoaded.result(in: language))
        case .success(let open): return open
        }
    }
}

/// A plan read and analysed, with every finding of reading and analysing it.
public struct OpenPlan: Sendable {
    public var analysis: Analysis
    public var findings: [(Diagnostic, Zone?)]

    public var plan: Plan { analysis.plan }
}

/// A plan that could not be used: its findings, and the exit status (2 unreadable, 1 an error finding).
public struct PlanNotLoaded: Error {
    public var findings: [(Diagnostic, Zone?)]
    public var status: Int32

    /// The findings on standard error in `language`, then the exit status.
    public func result(in language: Language) -> CommandResult {
        var result = CommandResult(status: status)
        for (d, zone) in findings { result.printError(DiagnosticFormat.human(d, zone: zone, language: language)) }
        return result
    }
}
