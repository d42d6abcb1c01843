import CortegeCore

/// The protocol orders of a visit reduced to what a programme may print: lists of person ids by item id.
///
/// It keeps no `Item` (the full `ItemProtocol` carries one, confidential title and all), so the programme cannot
/// print an item the audience view dropped through its orders; the orders of an item are printed only when the
/// view shows that item, and only with the people the view shows there.
public struct ProgrammeOrders: Hashable, Sendable {
    struct ItemOrders: Hashable, Sendable {
        /// Everyone ranked at the item, in order of precedence.
        var precedence: [String]
        var welcome: [String]?
        /// The line, in order of precedence, and left to right as seen from the front.
        var lineupRanked: [String]?
        var lineupLeftToRight: [String]?
        var lineupAisleAfter: Int?
        var speeches: [String]?
        var wreaths: [String]?
        var seating: SeatingPlan?
    }

    var items: [String: ItemOrders]
    var motorcade: [MotorcadeSlot]
    /// The principal's function and civility: the heading follows him (« Déplacement de la sous-préfète »).
    var principal: PrincipalRole?

    /// No orders: the programme then lists participants as the view gives them.
    public static let none = ProgrammeOrders(items: [:], motorcade: [])

    init(items: [String: ItemOrders], motorcade: [MotorcadeSlot]) {
        self.items = items
        self.motorcade = motorcade
    }

    /// The orders of every item of a visit's protocol, by item id, and its motorcade.
    public init(_ visitProtocol: VisitProtocol) {
        var items: [String: ItemOrders] = [:]
        for p in visitProtocol.items {
            items[p.id] = ItemOrders(
                precedence: p.precedence.ids, welcome: p.welcome, lineupRanked: p.lineup?.ranked,
                lineupLeftToRight: p.lineup?.leftToRight, lineupAisleAfter: p.lineup?.aisleAfter,
                speeches: p.speeches, wreaths: p.wreaths, seating: p.seating)
        }
        self.init(items: items, motorcade: visitProtocol.motorcade.slots)
        self.principal = visitProtocol.principal
    }

    /// The orders of one item, with only the people in `known` (those the view shows at that item).
    func orders(of itemID: String, known: [String: AudiencePerson]) -> ProgrammeContent.Orders {
        guard let o = items[itemID] else { return ProgrammeContent.Orders() }
        func people(_ ids: [String]?) -> [AudiencePerson]? {
            guard let ids else { return nil }
            let list = ids.compactMap { known[$0] }
            return list.isEmpty ? nil : list
        }
        var result = ProgrammeContent.Orders()
        result.welcome = people(o.welcome)
        result.speeches = people(o.speeches)
        result.wreaths = people(o.wreaths)
        if let ranked = o.lineupRanked, let leftToRight = o.lineupLeftToRight {
            var line: [(person: AudiencePerson, rank: Int)] = []
            var aisleAfter = o.lineupAisleAfter
            for (index, id) in leftToRight.enumerated() {
                guard let person = known[id], let rank = ranked.firstIndex(of: id) else {
                    // Someone left out stands left of the aisle: the aisle moves one place to the left.
                    if let a = aisleAfter, index < a { aisleAfter = a - 1 }
                    continue
                }
                line.append((person, rank + 1))
            }
            if !line.isEmpty { result.lineup = ProgrammeContent.Lineup(leftToRight: line, aisleAfter: aisleAfter) }
        }
        if let s = o.seating, let host = known[s.host] {
            let seat = { (id: String?) in id.flatMap { known[$0] } }
            result.seating = ProgrammeContent.Seating(
                style: s.style, host: host, nearSide: s.nearSide.map(seat), farSide: s.farSide.map(seat),
                westEnd: seat(s.westEnd), eastEnd: seat(s.eastEnd))
        }
        return result
    }

    /// `people` in order of precedence at the item; those the precedence leaves out (staff) after, as given.
    func inPrecedence(_ people: [AudiencePerson], at itemID: String) -> [AudiencePerson] {
        guard let order = items[itemID]?.precedence else { return people }
        let index = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return people.enumerated().sorted { a, b in
            let ia = index[a.element.id] ?? Int.max
            let ib = index[b.element.id] ?? Int.max
            return ia != ib ? ia < ib : a.offset < b.offset
        }.map(\.element)
    }
}
