/// The one registry of rules: every rule Cortège runs, in the order their findings are gathered (findings
/// at one place keep this order). A new rule is its file, its test file and one line here.
public enum Rules {
    /// The rules of one plan, run by ``Analysis`` on its ``PlanContext``.
    public static let plan: [any Rule<PlanContext>] = [
        PublicHoliday(),
        ElectionReserve(),
        WelcomeMissingPrefect(),
        WelcomeMissingMayor(),
        WelcomeRider(),
        TwoStateVoices(),
        SpeechesOverrun(),
        RunSheetOverrun(),
        PrecedenceTie(),
        UnrankedPerson(),
        MotorcadeTemplate(),
        EscortMissing(),
        EscortZoneGap(),
        EscortOverlap(),
        EscortReposition(),
        EscortDuty(),
        PressClosed(),
        PressWithoutPrincipal(),
        PressLead(),
    ]

    /// The rules across plans and agendas, run by ``ConflictEngine`` on one ``ConflictContext``.
    public static let conflicts: [any Rule<ConflictContext>] = [
        PersonOverlap(),
        VenueOverlap(),
    ]

    /// The escort rules once more across the plans checked together, on the same ``ConflictContext``: a unit
    /// of a shared registry escorting several visits (their codes are already those of ``plan``).
    public static let acrossVisits: [any CrossVisitRule] = [
        EscortOverlap(),
        EscortReposition(),
        EscortDuty(),
    ]

    /// The codes of every registered rule, plan rules first.
    public static var codes: [DiagnosticCode] { plan.flatMap(\.codes) + conflicts.flatMap(\.codes) }

    /// The findings of every plan rule, in registry order (not yet sorted).
    public static func findings(in context: PlanContext) -> [Diagnostic] {
        plan.flatMap { $0.findings(in: context) }
    }

    /// The findings of every rule across plans, in registry order (not yet sorted), then those of the escort
    /// rules across visits.
    public static func findings(in context: ConflictContext) -> [Diagnostic] {
        conflicts.flatMap { $0.findings(in: context) } + acrossVisits.flatMap { $0.findings(across: context) }
    }
}
