import CortegeTestSupport

@testable import CortegeCore

/// The protocol tests' plans: people with functions, communes, venues and ceremonies.
extension PlanBuilder {
    /// `protocol.yaml`, column 3: the visit on line 1 (`territory` on line 2, `motorcade` on line 3), the communes
    /// on line 50, venues from line 60, people from line 100 (their `function` on their own line), items from line
    /// 200 (ten lines each) with `participants` one line below, `welcome` two and `speakers` three.
    static let protocolLayout = Layout(
        file: "protocol.yaml", column: 3, peopleLine: 100, venueLine: 60, communeLine: 50, communesShareALine: true,
        visitKeys: ["territory": .init(below: 1), "motorcade": .init(below: 2)],
        personKeys: ["function": .init(below: 0)],
        itemKeys: ["participants": .init(below: 1), "welcome": .init(below: 2), "speakers": .init(below: 3)])

    /// A visit for the protocol tests, by default a minister's in Guadeloupe; people are named after their id.
    static func protocolVisit(
        territory: String = "971", date: String = "2026-12-04", zone: String = "America/Guadeloupe",
        kind: VisitKind = .ministerial, principal: String = "ministre", ceremony: CeremonyKind = .governmental,
        motorcade: [String]? = nil
    ) -> PlanBuilder {
        var plan = PlanBuilder(
            layout: protocolLayout, kind: kind, principal: principal, territory: territory,
            date: LocalDate(iso: date) ?? LocalDate(year: 2026, month: 12, day: 4), zone: Zone(zone) ?? .utc,
            ceremony: ceremony, motorcade: motorcade)
        plan.nameOfPerson = { $0.capitalized }
        return plan
    }

    /// Adds a *séquence* of 30 minutes at a fixed time, one hour after the previous one (the first at 08:00), a
    /// ceremony unless `kind` says otherwise.
    mutating func sequence(
        _ id: String, kind: ItemKind = .ceremony, venue: String, participants: [String],
        welcome: PeopleList? = nil, speakers: PeopleList? = nil, wreaths: PeopleList? = nil,
        lineup: PeopleList? = nil, aisle: Bool = false, seating: SeatingStyle? = nil, host: String? = nil,
        coHost: String? = nil
    ) {
        let at = LocalTime(hour: 8 + items.count, minute: 0)
        item(
            id, kind: kind, venue: venue, at: at.description, participants: participants, welcome: welcome,
            speakers: speakers, wreaths: wreaths, lineup: lineup, aisle: aisle, seating: seating, host: host,
            coHost: coHost)
    }

    /// The orders of one item with the list in force (or `table`).
    func orders(_ id: String, table: PrecedenceTable? = nil) -> ItemProtocol? {
        VisitProtocol(plan: plan, itinerary: itinerary, choice: table.map { .table($0) }).item(id)
    }

    /// The ranks printed at one item, by person id.
    func ranks(at id: String, table: PrecedenceTable? = nil) -> [String: String] {
        guard let orders = orders(id, table: table) else { return [:] }
        return Dictionary(
            uniqueKeysWithValues: orders.precedence.order.map { ($0.id, $0.rank?.description ?? "unranked") })
    }

    /// Findings of one code from a rule.
    func findings(_ rule: any Rule<PlanContext>, _ code: DiagnosticCode) -> [Diagnostic] {
        rule.findings(in: PlanContext(plan: plan, itinerary: itinerary)).filter { $0.code == code }
    }

    /// The worked example of art. 19: a ceremony in Pointe-à-Pitre with a departmental councillor, an MEP, the host
    /// mayor, the departmental president, the regional president, a deputy and the préfet; `extra` join them.
    static func workedExample(date: String = "2026-12-04", extra: [String] = []) -> PlanBuilder {
        var f = protocolVisit(date: date, kind: .prefect, principal: "prefet")
        f.commune("97120", name: "Pointe-à-Pitre")
        f.venue("monument", commune: "97120")
        f.person("prefet", "prefect")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("conseiller-dep", "departmental-councillor")
        f.person("mep", "mep")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("president-cd", "departmental-president")
        f.person("president-region", "regional-president")
        f.person("depute", "deputy")
        f.sequence(
            "ceremonie", venue: "monument",
            participants: [
                "conseiller-dep", "mep", "maire-pap", "president-cd", "president-region", "depute", "prefet",
            ]
                + extra, speakers: .auto, wreaths: .auto)
        return f
    }

    /// A minister landing at Les Abymes, then a ceremony in Pointe-à-Pitre.
    static func ministerialVisit(arrival: [String], ceremony: [String]) -> PlanBuilder {
        var f = protocolVisit()
        f.commune("97101", name: "Les Abymes")
        f.commune("97120", name: "Pointe-à-Pitre")
        f.venue("aeroport", commune: "97101")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("maire-abymes", "mayor", commune: "97101")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("adjoint-pap", "deputy-mayor", commune: "97120", represents: "maire-pap")
        f.sequence("arrivee", kind: .arrival, venue: "aeroport", participants: arrival, welcome: .auto)
        f.sequence("ceremonie", venue: "monument", participants: ceremony)
        return f
    }
}
