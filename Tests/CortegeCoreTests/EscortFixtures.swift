import CortegeCore
import CortegeTestSupport

/// Plans built in code for the escort, press and audience tests. Every entity gets its own line in a fictitious
/// `plan.yaml`, so that a finding's location says which key it points at.
enum EscortFixture {
    /// `plan.yaml`, column 3: the visit on line 1 (`announce` at column 12), communes on lines 2 to 6, venues on
    /// lines 10 to 14, people on lines 20 to 22; the lines of units, transfers and items are the tests' own. A
    /// unit's keys are one per line below it (`available` +1, `max-duty` +2, `lead` +3), a transfer's too (`escort`
    /// +1, `route` +2, `duration` +3), an item's `at` +1, `press` +2, `participants` +3; keys in column 5 (7 for a
    /// transfer's).
    static let layout = PlanBuilder.Layout(
        file: "plan.yaml", column: 3,
        visitKeys: ["announce": .init(below: 0, column: 12)],
        unitKeys: [
            "id": .init(below: 0, column: 5), "available": .init(below: 1, column: 5),
            "max-duty": .init(below: 2, column: 5), "lead": .init(below: 3, column: 5),
        ],
        transferKeys: [
            "escort": .init(below: 1, column: 7), "route": .init(below: 2, column: 7),
            "duration": .init(below: 3, column: 7),
        ],
        itemKeys: [
            "id": .init(below: 0, column: 5), "at": .init(below: 1, column: 5), "press": .init(below: 2, column: 5),
            "participants": .init(below: 3, column: 5),
        ])
    static let file = layout.file
    static let zone = Zone("America/Guadeloupe") ?? .utc
    static let day = LocalDate(year: 2026, month: 12, day: 4)

    static func loc(_ line: Int, _ column: Int = 3) -> SourceLocation { layout.at(line, column) }

    static func at(_ h: Int, _ m: Int) -> String { LocalTime(hour: h, minute: m).description }

    /// The instant of a wall time on the visit's day in Guadeloupe (UTC−4, no daylight saving time).
    static func instant(_ h: Int, _ m: Int, day: LocalDate = day) -> Instant {
        Instant(seconds: Int64(day.daysSinceEpoch) * 86400 + Int64((h + 4) * 3600 + m * 60))
    }

    /// The minister's visit to Guadeloupe, with its people, venues and communes, and no programme yet.
    static func visit(
        kind: VisitKind = .ministerial,
        announce: LocalDateTime? = LocalDateTime(
            date: LocalDate(year: 2026, month: 12, day: 3),
            time: LocalTime(hour: 18, minute: 0)),
        pressLead: Int = 15
    ) -> PlanBuilder {
        var b = PlanBuilder(
            layout: layout, id: "mi-971-test", title: "Visite du ministre de l'Intérieur", kind: kind,
            principal: "ministre", territory: "971", date: day, zone: zone, announce: announce, pressLead: pressLead)
        b.commune("97101", name: "Les Abymes", securityZone: .police, line: 2)
        b.commune("97120", name: "Pointe-à-Pitre", securityZone: .police, line: 3)
        b.commune("97103", name: "Baie-Mahault", securityZone: .gendarmerie, line: 4)
        b.commune("97105", name: "Basse-Terre", securityZone: .gendarmerie, line: 5)
        b.commune("97999", name: "Commune sans zone", line: 6)
        // Police venues at the airport and in Pointe-à-Pitre; gendarmerie venues at the port (Baie-Mahault) and in
        // Basse-Terre (about an hour's drive away).
        b.venue("aeroport", 16.2653, -61.5318, name: "Aéroport Pôle Caraïbes", commune: "97101", line: 10)
        b.venue("prefecture", 16.2411, -61.5331, name: "Sous-préfecture de Pointe-à-Pitre", commune: "97120", line: 11)
        b.venue("port", 16.2380, -61.5670, name: "Port de Jarry", commune: "97103", line: 12)
        b.venue("basse-terre", 15.9985, -61.7255, name: "Préfecture de Basse-Terre", commune: "97105", line: 13)
        b.venue("heliport", 16.0005, -61.7350, name: "Hélistation de Basse-Terre", commune: "97105", line: 14)
        // People in the order of their ids, as the plans of these tests have always ranked ties.
        b.person("maire", "mayor", name: "Marie Lebon", commune: "97120", phone: "+590 690 00 00 02", line: 22)
        b.person("ministre", "minister", name: "Jeanne Martin", phone: "+33 6 11 22 33 44", line: 20)
        b.person("prefet", "prefect", name: "Paul Durand", phone: "+590 690 00 00 01", line: 21)
        return b
    }

    static let communes = Dictionary(uniqueKeysWithValues: visit().communes.map { ($0.code, $0) })
    static let venues = Dictionary(uniqueKeysWithValues: visit().venues.map { ($0.id, $0) })
    static let people = Dictionary(uniqueKeysWithValues: visit().people.map { ($0.id, $0) })

    static func unit(
        _ id: String, _ force: Force, line: Int, available: String? = nil, maxDuty: Int? = nil, lead: Int = 0
    ) -> EscortUnit {
        var b = visit()
        return b.unit(
            id, force, name: "Unité \(id)", available: available, maxDuty: maxDuty, lead: lead, line: line)
    }

    /// A transfer written at `line`, its `escort:` key one line below.
    static func transfer(
        line: Int, escort: EscortRequest = .auto, mode: TransferMode = .car, duration: Int? = nil,
        route: [String] = [], riders: [String]? = nil
    ) -> TransferSpec {
        visit().transfer(line: line, mode: mode, duration: duration, escort: escort, riders: riders, route: route)
    }

    /// An item written at `line`; its keys on the lines below (`at` +1, `press` +2, `participants` +3), the first
    /// two only when given.
    static func item(
        _ id: String, _ kind: ItemKind, venue: String, line: Int, at: String? = nil, duration: Int = 30,
        participants: [String] = ["ministre", "prefet"], press: PressAccess? = nil, confidential: Bool = false,
        notes: String? = nil, title: String? = nil, before: TransferSpec? = nil
    ) -> Item {
        var b = visit()
        return b.item(
            id, kind: kind, title: title ?? "Séquence \(id)", venue: venue, duration: duration, at: at,
            participants: participants, press: press, confidential: confidential, notes: notes, transfer: before,
            line: line)
    }

    static func plan(
        programme: [Item], units: [EscortUnit] = [], kind: VisitKind = .ministerial,
        announce: LocalDateTime? = LocalDateTime(
            date: LocalDate(year: 2026, month: 12, day: 3),
            time: LocalTime(hour: 18, minute: 0)),
        pressLead: Int = 15
    ) -> Plan {
        var b = visit(kind: kind, announce: announce, pressLead: pressLead)
        b.items = programme
        b.units = units
        return b.plan
    }

    static func analysis(_ programme: [Item], units: [EscortUnit] = []) -> Analysis {
        Analysis(plan: plan(programme: programme, units: units))
    }
}

extension Analysis {
    func findings(_ code: DiagnosticCode) -> [Diagnostic] { findings.filter { $0.code == code } }
}

extension EscortFixture {
    /// The arrival at the préfecture at 09:00 that opens most escort days.
    static let arrival = item("arrivee", .arrival, venue: "prefecture", line: 30, at: at(9, 0), duration: 20)
}
