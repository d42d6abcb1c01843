/// Every protocol order of a visit, item by item, and its motorcade.

/// The protocol of one item: precedence and the orders that apply to it (nil where one does not apply).
public struct ItemProtocol: Hashable, Sendable {
    public var item: Item
    public var precedence: ItemPrecedence
    /// At arrivals and welcomes, or where `welcome:` is written.
    public var welcome: [String]?
    /// At ceremonies, wreath layings and photo-ops, or where `lineup:` is written.
    public var lineup: Lineup?
    /// Where `speakers:` is written.
    public var speeches: [String]?
    /// At wreath layings, or where `wreaths:` is written.
    public var wreaths: [String]?
    /// At meals, or where `seating:` is written.
    public var seating: SeatingPlan?

    public var id: String { item.id }

    /// Computes the orders of `item` in `plan` from its precedence; `arriving` are the riders of the transfer into
    /// the item, who arrive with the principal and are not in the welcome line.
    public init(item: Item, plan: Plan, precedence: ItemPrecedence, arriving: Set<String> = []) {
        self.item = item
        self.precedence = precedence
        let ids = precedence.ids
        let autoWelcome = { Orders.welcome(precedence, plan: plan, item: item, arriving: arriving) }
        switch item.welcome {
        case .explicit(let list): welcome = list
        case .auto: welcome = autoWelcome()
        case nil: welcome = [.arrival, .welcome].contains(item.kind) ? autoWelcome() : nil
        }
        switch item.lineup {
        case .explicit(let list): lineup = Orders.lineup(list, aisle: item.aisle)
        case .auto: lineup = Orders.lineup(ids, aisle: item.aisle)
        case nil:
            lineup = [.ceremony, .wreath, .photoOp].contains(item.kind) ? Orders.lineup(ids, aisle: item.aisle) : nil
        }
        switch item.speakers {
        case .explicit(let list): speeches = list
        case .auto: speeches = Orders.defaultSpeakers(precedence, plan: plan, item: item)
        case nil: speeches = nil
        }
        switch item.wreaths {
        case .explicit(let list): wreaths = list
        case .auto: wreaths = Orders.wreaths(precedence)
        case nil: wreaths = item.kind == .wreath ? Orders.wreaths(precedence) : nil
        }
        if item.kind == .meal || item.seating != nil, let host = item.host ?? ids.first {
            seating = SeatingPlan(
                style: item.seating ?? .aLaFrancaise, host: host, coHost: item.coHost, people: ids)
        } else {
            seating = nil
        }
    }
}

/// The protocol of a whole visit.
public struct VisitProtocol: Sendable {
    public var choice: PrecedenceTable.Choice
    /// In itinerary order when an itinerary is given, else in the order written.
    public var items: [ItemProtocol]
    public var motorcade: Motorcade
    /// The principal's function and civility, for the headings of documents.
    public var principal: PrincipalRole?

    /// Computes every order of `plan` with the list in force on the visit's date, or `choice`.
    public init(plan: Plan, itinerary: Itinerary? = nil, choice: PrecedenceTable.Choice? = nil) {
        let choice = choice ?? plan.precedenceChoice
        self.choice = choice
        let items = itinerary?.items.map(\.item) ?? plan.programme
        self.items = items.enumerated().map { index, item in
            ItemProtocol(
                item: item, plan: plan, precedence: Precedence.at(item, in: plan, choice: choice),
                arriving: Self.arriving(at: index, of: items, plan: plan, itinerary: itinerary))
        }
        self.motorcade = Motorcade(plan: plan, itinerary: itinerary, choice: choice)
        self.principal = plan.people[plan.visit.principal].map(PrincipalRole.init)
    }

    public func item(_ id: String) -> ItemProtocol? { items.first { $0.id == id } }

    /// The riders of the transfer into `items[index]`: the itinerary's, else those of a change of venue.
    static func arriving(at index: Int, of items: [Item], plan: Plan, itinerary: Itinerary?) -> Set<String> {
        guard index > 0 else { return [] }
        if let itinerary { return Set(itinerary.transfer(to: items[index].id)?.riders ?? []) }
        let (previous, item) = (items[index - 1], items[index])
        guard previous.venue != item.venue else { return [] }
        return Set(plan.riders(from: previous, to: item))
    }
}
