@testable import CortegeCore

/// Builds small plans in code for tests.
struct TestPlan {
    static let file = "test.yaml"
    var visit: Visit
    var people: [Person] = []
    var venues: [Venue] = []
    var units: [EscortUnit] = []
    var communes: [Commune] = []
    var items: [Item] = []

    init(
        date: String = "2026-12-10", zone: String = "Europe/Paris", kind: VisitKind = .prefect,
        principal: String = "prefet", territory: String = "63"
    ) {
        visit = Visit(
            id: "v", title: "Visite", kind: kind, principal: principal, territory: territory,
            date: LocalDate(iso: date)!, zone: Zone(zone)!, location: Self.at(1))
        people = [Person(id: principal, functions: ["prefect"], location: Self.at(2))]
    }

    static func at(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: 1) }

    mutating func venue(_ id: String, _ lat: Double, _ lon: Double, hours: String? = nil) {
        venues.append(
            Venue(
                id: id, geo: GeoPoint(latitude: lat, longitude: lon), hours: hours.flatMap(DailyHours.init(text:)),
                location: Self.at(100 + venues.count)))
    }

    /// Adds an item on line 200 + its index, with `at`, `not-before`, `not-after` on the following lines' keys.
    mutating func item(
        _ id: String, venue: String, duration: Int, at: String? = nil, notBefore: String? = nil,
        notAfter: String? = nil, transfer: TransferSpec? = nil, kind: ItemKind = .visit,
        participants: [String]? = nil
    ) {
        let line = 200 + items.count * 10
        func spec(_ s: String?) -> TimeSpec? {
            guard let s else { return nil }
            if let t = LocalTime(text: s) { return .timeOfDay(t) }
            return LocalDateTime(iso: s).map { .dateTime($0) }
        }
        items.append(
            Item(
                id: id, kind: kind, venue: venue, at: spec(at), durationMinutes: duration, notBefore: spec(notBefore),
                notAfter: spec(notAfter), participants: participants ?? [visit.principal], transferBefore: transfer,
                location: Self.at(line),
                keyLocations: [
                    "at": Self.at(line + 1), "not-before": Self.at(line + 2), "not-after": Self.at(line + 3),
                    "venue": Self.at(line + 4), "duration": Self.at(line + 5),
                ]))
    }

    var plan: Plan {
        Plan(
            file: Self.file, visit: visit, people: Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) }),
            venues: Dictionary(uniqueKeysWithValues: venues.map { ($0.id, $0) }),
            escortUnits: Dictionary(uniqueKeysWithValues: units.map { ($0.id, $0) }),
            communes: Dictionary(uniqueKeysWithValues: communes.map { ($0.code, $0) }), programme: items,
            personOrder: people.map(\.id))
    }

    var itinerary: Itinerary { ItineraryBuilder(plan: plan).build() }

    /// Local wall time of an instant, "HH:MM".
    func hm(_ instant: Instant) -> String { visit.zone.local(instant).time.description }
}
