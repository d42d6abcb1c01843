/// Everything Cortège computes about one plan, and every finding, in one pass.
public struct Analysis: Sendable {
    public var plan: Plan
    public var itinerary: Itinerary
    public var findings: [Diagnostic]
    /// The order Cortège chose for the items under `order: free`, if any (SPEC §5.1).
    public var freeOrder: FreeOrderResult?
    /// Which units escort which transfer, hand-overs and duty spans (SPEC §5.3).
    public var escort: EscortPlan
    /// Press access of every item, press slots and positioning times (SPEC §5.4).
    public var press: PressPlan

    /// A rule reads the plan and its itinerary and returns findings. Each rule is a small unit of its own file.
    public typealias Rule = @Sendable (Plan, Itinerary) -> [Diagnostic]

    /// The rules run on every plan, beyond the itinerary's own findings and the escort and press checks
    /// (which read the escort and press plans built once here).
    public static let rules: [Rule] = [
        PublicHolidayRule.check,
        ElectionReserveRule.check,
    ] + ProtocolChecks.rules

    public init(plan: Plan) {
        self.plan = plan
        let freeOrder = FreeOrderPlanner(plan: plan).choose()
        self.freeOrder = freeOrder
        let itinerary = ItineraryBuilder(plan: plan, order: freeOrder?.order).build()
        self.itinerary = itinerary
        let escort = EscortPlanner(plan: plan, itinerary: itinerary).build()
        self.escort = escort
        let press = PressPlanner.build(plan: plan, itinerary: itinerary)
        self.press = press
        var findings = itinerary.findings + (freeOrder?.findings ?? [])
        for rule in Self.rules { findings += rule(plan, itinerary) }
        findings += EscortChecks.checks.flatMap { $0(plan, escort) }
        findings += PressChecks.checks.flatMap { $0(plan, itinerary, press) }
        self.findings = Diagnostic.sorted(findings)
    }
}
