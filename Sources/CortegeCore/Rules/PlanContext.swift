/// Everything the rules of one plan read, computed once: the plan, its itinerary, its escort and press plans,
/// and its protocol orders (precedence and orders of every item, in itinerary order).
public struct PlanContext: Sendable {
    public var plan: Plan
    public var itinerary: Itinerary
    public var escort: EscortPlan
    public var press: PressPlan
    /// `protocolOrders.items[i]` is the protocol of `itinerary.items[i]`.
    public var protocolOrders: VisitProtocol

    public init(
        plan: Plan, itinerary: Itinerary, escort: EscortPlan, press: PressPlan, protocolOrders: VisitProtocol
    ) {
        self.plan = plan
        self.itinerary = itinerary
        self.escort = escort
        self.press = press
        self.protocolOrders = protocolOrders
    }

    /// Computes the escort and press plans and the protocol orders of `plan` on `itinerary`.
    public init(plan: Plan, itinerary: Itinerary) {
        self.init(
            plan: plan, itinerary: itinerary, escort: EscortPlanner(plan: plan, itinerary: itinerary).build(),
            press: PressPlanner.build(plan: plan, itinerary: itinerary),
            protocolOrders: VisitProtocol(plan: plan, itinerary: itinerary))
    }

    /// A local clock time of the visit, `10:05`.
    func time(_ instant: Instant) -> String { plan.visit.zone.local(instant).time.description }
}

extension PlanContext {
    /// The protocol of `itinerary.items[index]`, as computed once in `protocolOrders` (computed here only if a
    /// context was built with orders of another itinerary).
    func orders(at index: Int) -> ItemProtocol {
        let items = protocolOrders.items
        let item = itinerary.items[index].item
        if index < items.count, items[index].id == item.id { return items[index] }
        return ItemProtocol(
            item: item, plan: plan, precedence: Precedence.at(item, in: plan, choice: protocolOrders.choice),
            arriving: Set(itinerary.transfer(to: item.id)?.riders ?? []))
    }
}
