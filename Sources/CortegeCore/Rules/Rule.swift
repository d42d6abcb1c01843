/// One rule of docs/diagnostics.md: the codes it reports, their severity, and its findings, read from one
/// context computed before any rule runs.
///
/// Every rule has this one shape. `Context` says how much a rule sees: ``PlanContext`` (one plan with
/// everything computed about it) for the rules of one plan, ``ConflictContext`` (every plan checked together
/// and the people's agendas) for the clashes between plans. ``Rules`` is the one registry of both.
public protocol Rule<Context>: Sendable {
    associatedtype Context

    /// The codes this rule reports (a finding of another code is a bug).
    var codes: [DiagnosticCode] { get }

    /// The findings of this rule, in the order it finds them (``Analysis`` sorts them into reading order).
    func findings(in context: Context) -> [Diagnostic]
}

extension Rule {
    /// The highest severity among the rule's codes (docs/diagnostics.md gives each code its severity).
    public var severity: Severity { codes.map(\.severity).max() ?? .note }
}
