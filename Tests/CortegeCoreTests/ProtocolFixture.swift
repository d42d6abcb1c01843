@testable import CortegeCore

/// Builds small plans in code for the protocol tests: people with functions, communes, venues and items.
struct ProtocolFixture {
    static let file = "protocol.yaml"
    var visit: Visit
    var people: [Person] = []
    var communes: [Commune] = []
    var venues: [Venue] = []
    var items: [Item] = []

    init(
        territory: String = "971", date: String = "2026-12-04", zone: String = "America/Guadeloupe",
        kind: VisitKind = .ministerial, principal: String = "ministre", ceremony: CeremonyKind = .governmental,
        motorcade: [String]? = nil
    ) {
        visit = Visit(
            id: "v", title: "Visite", kind: kind, principal: principal, territory: territory,
            date: LocalDate(iso: date)!, zone: Zone(zone)!, ceremony: ceremony, motorcade: motorcade,
            location: Self.at(1), keyLocations: ["territory": Self.at(2), "motorcade": Self.at(3)])
    }

    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 3) }

    /// Adds a person defined on line 100 + their index.
    mutating func person(
        _ id: String, _ functions: FunctionCode..., commune: String? = nil, arrondissement: String? = nil,
        firstElected: String? = nil, governmentRank: Int? = nil, represents: String? = nil
    ) {
        let line = 100 + people.count
        people.append(
            Person(
                id: id, name: id.capitalized, functions: functions, governmentRank: governmentRank, commune: commune,
                arrondissement: arrondissement, firstElected: firstElected.flatMap(LocalDate.init(iso:)),
                represents: represents, location: Self.at(line), keyLocations: ["function": Self.at(line)]))
    }

    mutating func commune(_ code: String, name: String? = nil, arrondissement: String? = nil) {
        communes.append(Commune(code: code, name: name, arrondissement: arrondissement, location: Self.at(50)))
    }

    mutating func venue(_ id: String, commune: String?) {
        venues.append(Venue(id: id, commune: commune, location: Self.at(60 + venues.count)))
    }

    /// Adds an item at a fixed time (one hour after the previous one), on line 200 + 10 × its index; its keys on
    /// the following lines.
    mutating func item(
        _ id: String, kind: ItemKind = .ceremony, venue: String, participants: [String],
        welcome: PeopleList? = nil, speakers: PeopleList? = nil, wreaths: PeopleList? = nil,
        lineup: PeopleList? = nil, aisle: Bool = false, seating: SeatingStyle? = nil, host: String? = nil,
        coHost: String? = nil
    ) {
        let line = 200 + items.count * 10
        let at = LocalTime(hour: 8 + items.count, minute: 0)
        var keys = ["participants": Self.at(line + 1)]
        if welcome != nil { keys["welcome"] = Self.at(line + 2) }
        if speakers != nil { keys["speakers"] = Self.at(line + 3) }
        items.append(
            Item(
                id: id, kind: kind, venue: venue, at: .timeOfDay(at), durationMinutes: 30, participants: participants,
                welcome: welcome, speakers: speakers, wreaths: wreaths, lineup: lineup, aisle: aisle,
                seating: seating, host: host, coHost: coHost, location: Self.at(line), keyLocations: keys))
    }

    var plan: Plan {
        Plan(
            file: Self.file, visit: visit, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
            venues: Dictionary(uniqueKeysWithValues: venues.map { ($0.id, $0) }),
            communes: Dictionary(uniqueKeysWithValues: communes.map { ($0.code, $0) }), programme: items,
            personOrder: people.map(\.id))
    }

    var itinerary: Itinerary { ItineraryBuilder(plan: plan).build() }

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
    static func workedExample(date: String = "2026-12-04", extra: [String] = []) -> ProtocolFixture {
        var f = ProtocolFixture(date: date, kind: .prefect, principal: "prefet")
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
        f.item(
            "ceremonie", venue: "monument",
            participants: [
                "conseiller-dep", "mep", "maire-pap", "president-cd", "president-region", "depute", "prefet",
            ]
                + extra, speakers: .auto, wreaths: .auto)
        return f
    }
}

extension ProtocolFixture {
    /// A minister landing at Les Abymes, then a ceremony in Pointe-à-Pitre.
    static func ministerialVisit(arrival: [String], ceremony: [String]) -> ProtocolFixture {
        var f = ProtocolFixture()
        f.commune("97101", name: "Les Abymes")
        f.commune("97120", name: "Pointe-à-Pitre")
        f.venue("aeroport", commune: "97101")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("maire-abymes", "mayor", commune: "97101")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("adjoint-pap", "deputy-mayor", commune: "97120", represents: "maire-pap")
        f.item("arrivee", kind: .arrival, venue: "aeroport", participants: arrival, welcome: .auto)
        f.item("ceremonie", venue: "monument", participants: ceremony)
        return f
    }
}
