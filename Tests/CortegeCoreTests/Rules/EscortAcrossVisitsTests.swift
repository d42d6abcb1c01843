import CortegeCore
import Testing

/// The escort rules across plans checked together (docs/diagnostics.md): a unit of a shared registry escorting
/// two visits of one day. Two plans, `a.yaml` (préfecture → port, 09:20-09:35) and `b.yaml` (hélistation →
/// Basse-Terre), share the unit `edsr` (lead 20 minutes, max-duty as given); the port is 50 minutes from the
/// hélistation for a unit alone.
struct EscortAcrossVisitsTests {
    typealias F = EscortFixture

    static func plan(
        _ id: String, first: (String, Int, Int), to venue: String, maxDuty: Int? = nil
    ) -> Analysis {
        var plan = F.plan(
            programme: [
                F.item("arrivee", .arrival, venue: first.0, line: 30, at: F.at(first.1, first.2), duration: 20),
                F.item(
                    "etape", .visit, venue: venue, line: 40, duration: 30,
                    before: F.transfer(line: 35, escort: .units(["edsr"]), duration: 15)),
            ],
            units: [F.unit("edsr", .gendarmerie, line: 60, maxDuty: maxDuty, lead: 20)])
        plan.file = "\(id).yaml"
        plan.visit.id = id
        return Analysis(plan: plan)
    }

    static func conflicts(_ analyses: [Analysis]) -> [Diagnostic] {
        ConflictEngine.check(analyses: analyses, agendas: []).filter { $0.code.family == .escort }
    }

    @Test func aUnitThatCannotReachTheOtherVisitInTimeIsARepositionNamingBothVisits() throws {
        // a: the leg ends at the port at 09:35; b: the leg leaves the hélistation at 10:10, edsr in place 09:50.
        let a = Self.plan("visite-a", first: ("prefecture", 9, 0), to: "port")
        let b = Self.plan("visite-b", first: ("heliport", 9, 50), to: "basse-terre")
        let found = Self.conflicts([a, b])
        #expect(found.map(\.code) == [.escortReposition])
        let d = try #require(found.first)
        #expect(d.message.contains("from visit visite-a to visit visite-b"))
        #expect(d.message.contains("50m of travel"))
        #expect(d.subjects.starts(with: ["edsr", "visite-a", "visite-b"]))
        #expect(d.location == F.loc(36, 7))
        // Each plan alone is fine for this unit.
        #expect(a.findings(.escortReposition).isEmpty && b.findings(.escortReposition).isEmpty)
    }

    @Test func aUnitWithTimeToRepositionIsNotReported() {
        // The leg of b leaves at 11:00: in place at 10:40, the unit arrives at 10:25.
        let a = Self.plan("visite-a", first: ("prefecture", 9, 0), to: "port")
        let b = Self.plan("visite-b", first: ("heliport", 10, 40), to: "basse-terre")
        #expect(Self.conflicts([a, b]).isEmpty)
    }

    @Test func aUnitOnTwoVisitsLegsAtOnceIsAnOverlap() throws {
        let a = Self.plan("visite-a", first: ("prefecture", 9, 0), to: "port")
        let b = Self.plan("visite-b", first: ("heliport", 9, 5), to: "basse-terre")
        let found = Self.conflicts([a, b])
        #expect(found.map(\.code) == [.escortOverlap])
        #expect(found.first?.message.contains("visit visite-a") == true)
        #expect(found.first?.message.contains("visit visite-b") == true)
    }

    @Test func theDutySpanCountsTheLegsOfEveryVisit() throws {
        // a: in place 09:00, b's leg ends at 15:25: 6h25 of duty across the two visits, over a max-duty of 4h.
        let a = Self.plan("visite-a", first: ("prefecture", 9, 0), to: "port", maxDuty: 240)
        let b = Self.plan("visite-b", first: ("heliport", 14, 50), to: "basse-terre", maxDuty: 240)
        let found = Self.conflicts([a, b])
        #expect(found.map(\.code) == [.escortDuty])
        #expect(found.first?.message.contains("across visits visite-a, visite-b") == true)
        #expect(a.findings(.escortDuty).isEmpty && b.findings(.escortDuty).isEmpty)
    }

    @Test func onePlanGivenTwiceIsNotComparedWithItself() {
        let a = Self.plan("visite-a", first: ("prefecture", 9, 0), to: "port")
        #expect(Self.conflicts([a, a]).isEmpty)
    }
}
