import CortegeTestSupport

@testable import CortegeCore

/// Small plans built in code for the conflict tests.
enum ConflictFixtures {
    static let guadeloupe = Zone("America/Guadeloupe")!
    static let paris = Zone("Europe/Paris")!

    /// Column 5: the visit on line 2 (column 1, its `date` on line 8, column 9); an item's `venue` two lines below it
    /// (column 12), its `at` three (column 9); venues only named by items on line 1, column 1.
    static func layout(_ file: String) -> PlanBuilder.Layout {
        PlanBuilder.Layout(
            file: file, column: 5, visitLine: 2, visitKeys: ["date": .init(below: 6, column: 9)],
            itemKeys: ["venue": .init(below: 2, column: 12), "at": .init(below: 3, column: 9)])
    }

    /// A person defined on line 1 of `file`.
    static func person(_ id: String, _ functions: [FunctionCode] = [], file: String = "registry.yaml") -> Person {
        var b = PlanBuilder(layout: layout(file), date: LocalDate(year: 2026, month: 12, day: 4), zone: guadeloupe)
        var person = b.person(id, line: 1)
        person.functions = functions
        return person
    }

    static func item(
        _ id: String, at time: String, _ minutes: Int, venue: String = "prefecture", kind: ItemKind = .meeting,
        press: PressAccess? = nil, people: [String], line: Int, file: String,
        transfer: TransferSpec? = nil
    ) -> Item {
        var b = PlanBuilder(layout: layout(file), date: LocalDate(year: 2026, month: 12, day: 4), zone: guadeloupe)
        return b.item(
            id, kind: kind, venue: venue, duration: minutes, at: time, participants: people, press: press,
            transfer: transfer, line: line)
    }

    static func plan(
        _ visitID: String, file: String, date: String = "2026-12-04", territory: String = "971",
        zone: Zone = guadeloupe, kind: VisitKind = .prefect, status: VisitStatus = .confirmed,
        people: [Person], venues: [Venue] = [], items: [Item], reserve: [ReservePeriod] = []
    ) -> Plan {
        var b = PlanBuilder(
            layout: layout(file), id: visitID, title: visitID, kind: kind, principal: people.first?.id ?? "nobody",
            territory: territory, date: LocalDate(iso: date) ?? LocalDate(year: 2026, month: 12, day: 4), zone: zone,
            status: status)
        b.visit.location = b.at(2, 1)
        b.people = people
        b.venues = venues
        for item in items where !b.venues.contains(where: { $0.id == item.venue }) {
            b.venue(item.venue, line: 1)
            b.venues[b.venues.count - 1].location = b.at(1, 1)
        }
        b.reservePeriods = reserve
        b.items = items
        return b.plan
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
