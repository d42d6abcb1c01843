import CortegeTestSupport

@testable import CortegeCore

/// The préfet's day in Puy-de-Dôme that the itinerary tests build on.
extension PlanBuilder {
    /// `test.yaml`, column 1: the visit on line 1, the préfet on line 2, venues from line 100, items from line 200
    /// (ten lines each) with `at` one line below, `not-before` two, `not-after` three, `venue` four, `duration` five.
    static let itineraryLayout = Layout(
        file: "test.yaml", column: 1, peopleLine: 2, venueLine: 100, itemLine: 200,
        itemKeys: [
            "at": .init(below: 1), "not-before": .init(below: 2), "not-after": .init(below: 3),
            "venue": .init(below: 4), "duration": .init(below: 5),
        ])

    /// A préfet's visit in Puy-de-Dôme on `date` (ISO), in Paris time; the préfet is its only person.
    static func prefectsDay(date: String = "2026-12-10") -> PlanBuilder {
        var plan = PlanBuilder(
            layout: itineraryLayout, date: LocalDate(iso: date) ?? LocalDate(year: 2026, month: 12, day: 10),
            zone: Zone("Europe/Paris") ?? .utc)
        plan.person("prefet", "prefect")
        return plan
    }

    /// Local wall time of an instant, "HH:MM".
    func hm(_ instant: Instant) -> String { visit.zone.local(instant).time.description }
}
