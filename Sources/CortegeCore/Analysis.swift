/// Everything Cortège computes about one plan, and every finding, in one pass.
public struct Analysis: Sendable {
    public var plan: Plan
    public var itinerary: Itinerary
    public var findings: [Diagnostic]
    /// The order Cortège chose for the items under `order: free`, if any (docs/plan-format.md §11.3).
    public var freeOrder: FreeOrderResult?
    /// Which units escort which transfer, hand-overs and duty spans (docs/audiences.md §2).
    public var escort: EscortPlan
    /// Press access of every item, press slots and positioning times (docs/audiences.md §3).
    public var press: PressPlan
    /// The precedence and protocol orders of every item, in itinerary order, and the motorcade
    /// (docs/protocol.md): computed once, read by the protocol rules and by the commands that print them.
    public var protocolOrders: VisitProtocol

    /// The itinerary's own findings, those of the free order, then those of every rule of ``Rules/plan`` on
    /// one ``PlanContext``, in reading order.
    public init(plan: Plan) {
        self.plan = plan
        let freeOrder = FreeOrderPlanner(plan: plan).choose()
        self.freeOrder = freeOrder
        let itinerary = ItineraryBuilder(plan: plan, order: freeOrder?.order).build()
        self.itinerary = itinerary
        let context = PlanContext(plan: plan, itinerary: itinerary)
        self.escort = context.escort
        self.press = context.press
        self.protocolOrders = context.protocolOrders
        let findings = itinerary.findings + (freeOrder?.findings ?? []) + Rules.findings(in: context)
        self.findings = Diagnostic.sorted(findings)
    }

    /// What the rules of one plan read, as computed here.
    public var context: PlanContext {
        PlanContext(plan: plan, itinerary: itinerary, escort: escort, press: press, protocolOrders: protocolOrders)
    }
}
