@testable import CortegeCore

/// Small plans built in code for the conflict tests.
enum ConflictFixtures {
    static let guadeloupe = Zone("America/Guadeloupe")!
    static let paris = Zone("Europe/Paris")!

    static func person(_ id: String, _ functions: [FunctionCode] = [], file: String = "registry.yaml") -> Person {
        Person(id: id, functions: functions, location: SourceLocation(file: file, line: 1, column: 5))
    }

    static func item(
        _ id: String, at time: String, _ minutes: Int, venue: String = "prefecture", kind: ItemKind = .meeting,
        press: PressAccess? = nil, people: [String], line: Int, file: String,
        transfer: TransferSpec? = nil
    ) -> Item {
        let at: TimeSpec =
            time.contains("T") ? .dateTime(LocalDateTime(iso: time)!) : .timeOfDay(LocalTime(text: time)!)
        let location = SourceLocation(file: file, line: line, column: 5)
        return Item(
            id: id, kind: kind, venue: venue, at: at, durationMinutes: minutes, participants: people, press: press,
            transferBefore: transfer, location: location,
            keyLocations: [
                "at": SourceLocation(file: file, line: line + 3, column: 9),
                "venue": SourceLocation(file: file, line: line + 2, column: 12),
            ])
    }

    static func plan(
        _ visitID: String, file: String, date: String = "2026-12-04", territory: String = "971",
        zone: Zone = guadeloupe, kind: VisitKind = .prefect, status: VisitStatus = .confirmed,
        people: [Person], venues: [Venue] = [], items: [Item], reserve: [ReservePeriod] = []
    ) -> Plan {
        let visit = Visit(
            id: visitID, title: visitID, kind: kind, principal: people.first?.id ?? "nobody", territory: territory,
            date: LocalDate(iso: date)!, zone: zone, status: status,
            location: SourceLocation(file: file, line: 2, column: 1),
            keyLocations: ["date": SourceLocation(file: file, line: 8, column: 9)])
        var allVenues = Dictionary(uniqueKeysWithValues: venues.map { ($0.id, $0) })
        for i in items where allVenues[i.venue] == nil {
            allVenues[i.venue] = Venue(id: i.venue, location: SourceLocation(file: file, line: 1, column: 1))
        }
        return Plan(
            file: file, visit: visit, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
            venues: allVenues, reservePeriods: reserve, programme: items, personOrder: people.map(\.id))
    }

    /// A local wall time in a zone, as an instant (the test states the expected UTC in comments).
    static func instant(_ iso: String, _ zone: Zone = guadeloupe) -> Instant {
        zone.resolve(LocalDateTime(iso: iso)!).instant
    }

    static func entry(
        _ person: String, _ start: String, _ end: String, _ summary: String, line: Int,
        zone: Zone = guadeloupe, allDay: Bool = false, busy: Bool = true
    ) -> AgendaEntry {
        AgendaEntry(
            person: person, start: instant(start, zone), end: instant(end, zone), summary: summary, allDay: allDay,
            busy: busy, location: SourceLocation(file: "calendars/\(person).ics", line: line, column: 1))
    }
}

extension ConflictFixtures {
    /// 2026-12-04T00:00:00Z; Guadeloupe is UTC-4 all year.
    static let midnightUTC: Int64 = 1_796_342_400

    static func at(_ hour: Int, _ minute: Int) -> Instant {
        // Local Guadeloupe time on 2026-12-04 = UTC - 4 h.
        Instant(seconds: midnightUTC + Int64((hour + 4) * 3600 + minute * 60))
    }
}
