import Testing

@testable import CortegeCore

/// `escort-overlap`: one unit on two transfers at once.
@Suite struct EscortOverlapTests {
    typealias F = EscortFixture

    @Test func oneUnitOnTwoTransfersAtOnceIsAnOverlap() {
        // Leg 1 runs 09:20-09:50 (given 30m); "court" is fixed at 09:30 for 5 minutes, so leg 2 runs 09:35-09:45.
        let a = F.analysis(
            [
                F.arrival,
                F.item(
                    "court", .visit, venue: "aeroport", line: 40, at: F.at(9, 30), duration: 5,
                    before: F.transfer(line: 35, escort: .units(["motards"]), duration: 30)),
                F.item(
                    "reunion", .meeting, venue: "prefecture", line: 50,
                    before: F.transfer(line: 45, escort: .units(["motards"]))),
            ], units: [F.unit("motards", .police, line: 60)])
        let overlaps = a.findings(.escortOverlap)
        #expect(overlaps.count == 1)
        #expect(overlaps.first?.location == F.loc(46, 7))
        #expect(overlaps.first?.subjects == ["motards", "court", "reunion"])
        #expect(overlaps.first?.start == F.instant(9, 35))
        #expect(overlaps.first?.end == F.instant(9, 45))
    }

    @Test func autoNeverPutsOneUnitOnTwoTransfersAtOnce() {
        let a = F.analysis(
            [
                F.arrival,
                F.item(
                    "court", .visit, venue: "aeroport", line: 40, at: F.at(9, 30), duration: 5,
                    before: F.transfer(line: 35, duration: 30)),
                F.item("reunion", .meeting, venue: "prefecture", line: 50, before: F.transfer(line: 45)),
            ], units: [F.unit("motards-a", .police, line: 60), F.unit("motards-b", .police, line: 65)])
        #expect(a.escort.leg(to: "court")?.units == ["motards-a"])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-b"])
        #expect(a.findings(.escortOverlap).isEmpty)
    }
}
