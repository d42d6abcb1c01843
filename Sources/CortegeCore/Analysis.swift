/// Everything Cortège computes about one plan, and every finding, in one pass.
public struct Analysis: Sendable {
    public var plan: Plan
    public var itinerary: Itinerary
    public var findings: [Diagnostic]

    /// A rule reads the plan and its itinerary and returns findings. Each rule is a small unit of its own file.
    public typealias Rule = @Sendable (Plan, Itinerary) -> [Diagnostic]

    /// The rules run on every plan, beyond the itinerary's own findings.
    public static let rules: [Rule] = [
        PublicHolidayRule.check,
        ElectionReserveRule.check,
    ] + ProtocolChecks.rules

    public init(plan: Plan) {
        self.plan = plan
        let itinerary = ItineraryBuilder(plan: plan).build()
        self.itinerary = itinerary
        var findings = itinerary.findings
        for rule in Self.rules { findings += rule(plan, itinerary) }
        self.findings = Diagnostic.sorted(findings)
    }
}
