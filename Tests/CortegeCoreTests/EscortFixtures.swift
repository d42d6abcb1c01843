import CortegeCore

/// Plans built in code for the escort, press and audience tests. Every entity gets its own line in a fictitious
/// `plan.yaml`, so that a finding's location says which key it points at.
enum EscortFixture {
    static let file = "plan.yaml"
    static let zone = Zone("America/Guadeloupe")!
    static let day = LocalDate(year: 2026, month: 12, day: 4)

    static func loc(_ line: Int, _ column: Int = 3) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func at(_ h: Int, _ m: Int) -> TimeSpec { .timeOfDay(LocalTime(hour: h, minute: m)) }

    /// The instant of a wall time on the visit's day in Guadeloupe (UTC−4, no daylight saving time).
    static func instant(_ h: Int, _ m: Int, day: LocalDate = day) -> Instant {
        Instant(seconds: Int64(day.daysSinceEpoch) * 86400 + Int64((h + 4) * 3600 + m * 60))
    }

    static let communes: [String: Commune] = [
        "97101": Commune(code: "97101", name: "Les Abymes", securityZone: .police, location: loc(2)),
        "97120": Commune(code: "97120", name: "Pointe-à-Pitre", securityZone: .police, location: loc(3)),
        "97103": Commune(code: "97103", name: "Baie-Mahault", securityZone: .gendarmerie, location: loc(4)),
        "97105": Commune(code: "97105", name: "Basse-Terre", securityZone: .gendarmerie, location: loc(5)),
        "97999": Commune(code: "97999", name: "Commune sans zone", location: loc(6)),
    ]

    /// Police venues at the airport and in Pointe-à-Pitre; gendarmerie venues at the port (Baie-Mahault) and in
    /// Basse-Terre (about an hour's drive away).
    static let venues: [String: Venue] = [
        "aeroport": Venue(
            id: "aeroport", name: "Aéroport Pôle Caraïbes", commune: "97101",
            geo: GeoPoint(latitude: 16.2653, longitude: -61.5318), location: loc(10)),
        "prefecture": Venue(
            id: "prefecture", name: "Sous-préfecture de Pointe-à-Pitre", commune: "97120",
            geo: GeoPoint(latitude: 16.2411, longitude: -61.5331), location: loc(11)),
        "port": Venue(
            id: "port", name: "Port de Jarry", commune: "97103",
            geo: GeoPoint(latitude: 16.2380, longitude: -61.5670), location: loc(12)),
        "basse-terre": Venue(
            id: "basse-terre", name: "Préfecture de Basse-Terre", commune: "97105",
            geo: GeoPoint(latitude: 15.9985, longitude: -61.7255), location: loc(13)),
        "heliport": Venue(
            id: "heliport", name: "Hélistation de Basse-Terre", commune: "97105",
            geo: GeoPoint(latitude: 16.0005, longitude: -61.7350), location: loc(14)),
    ]

    static func unit(
        _ id: String, _ force: Force, line: Int, available: String? = nil, maxDuty: Int? = nil, lead: Int = 0
    ) -> EscortUnit {
        EscortUnit(
            id: id, name: "Unité \(id)", force: force, available: available.flatMap { DailyHours(text: $0) },
            maxDutyMinutes: maxDuty, leadMinutes: lead, location: loc(line),
            keyLocations: [
                "id": loc(line, 5), "available": loc(line + 1, 5), "max-duty": loc(line + 2, 5),
                "lead": loc(line + 3, 5),
            ])
    }

    static let people: [String: Person] = [
        "ministre": Person(
            id: "ministre", name: "Jeanne Martin", functions: ["minister"], phone: "+33 6 11 22 33 44",
            location: loc(20)),
        "prefet": Person(
            id: "prefet", name: "Paul Durand", functions: ["prefect"], phone: "+590 690 00 00 01", location: loc(21)),
        "maire": Person(
            id: "maire", name: "Marie Lebon", functions: ["mayor"], commune: "97120", phone: "+590 690 00 00 02",
            location: loc(22)),
    ]

    /// A transfer written at `line`, its `escort:` key one line below.
    static func transfer(
        line: Int, escort: EscortRequest = .auto, mode: TransferMode = .car, duration: Int? = nil,
        route: [String] = [], riders: [String]? = nil
    ) -> TransferSpec {
        TransferSpec(
            mode: mode, durationMinutes: duration, escort: escort, riders: riders, route: route, location: loc(line),
            keyLocations: ["escort": loc(line + 1, 7), "route": loc(line + 2, 7), "duration": loc(line + 3, 7)])
    }

    /// An item written at `line`; its keys on the lines below (`at` +1, `press` +2, `participants` +3), the first
    /// two only when given.
    static func item(
        _ id: String, _ kind: ItemKind, venue: String, line: Int, at: TimeSpec? = nil, duration: Int = 30,
        participants: [String] = ["ministre", "prefet"], press: PressAccess? = nil, confidential: Bool = false,
        notes: String? = nil, title: String? = nil, before: TransferSpec? = nil
    ) -> Item {
        var keys = ["id": loc(line, 5), "participants": loc(line + 3, 5)]
        if at != nil { keys["at"] = loc(line + 1, 5) }
        if press != nil { keys["press"] = loc(line + 2, 5) }
        return Item(
            id: id, kind: kind, title: title ?? "Séquence \(id)", venue: venue, at: at, durationMinutes: duration,
            participants: participants, press: press, confidential: confidential, notes: notes,
            transferBefore: before, location: loc(line), keyLocations: keys)
    }

    static func plan(
        programme: [Item], units: [EscortUnit] = [], kind: VisitKind = .ministerial,
        announce: LocalDateTime? = LocalDateTime(
            date: LocalDate(year: 2026, month: 12, day: 3),
            time: LocalTime(hour: 18, minute: 0)),
        pressLead: Int = 15
    ) -> Plan {
        let visit = Visit(
            id: "mi-971-test", title: "Visite du ministre de l'Intérieur", kind: kind, principal: "ministre",
            territory: "971", date: day, zone: zone, announce: announce, pressLeadMinutes: pressLead,
            location: loc(1), keyLocations: ["announce": loc(1, 12)])
        return Plan(
            file: file, visit: visit, people: people, venues: venues,
            escortUnits: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) }), communes: communes,
            programme: programme)
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
