import CortegeCore
import Testing

/// The press plan (docs/audiences.md §3); its rules have their suites under Rules/.
struct PressTests {
    typealias F = EscortFixture

    @Test func pressAccessDefaultsByKind() {
        let open: [ItemKind] = [.pressPoint, .photoOp, .interview, .speech, .ceremony, .wreath, .arrival]
        let closed: [ItemKind] = [.meeting, .meal, .private]
        for kind in open { #expect(kind.defaultPressAccess == .open, "\(kind)") }
        for kind in closed { #expect(kind.defaultPressAccess == .closed, "\(kind)") }
    }

    @Test func aConfidentialItemIsAlwaysClosed() {
        let item = F.item("point", .pressPoint, venue: "port", line: 30, press: .open, confidential: true)
        #expect(item.pressAccess == .closed)
        #expect(F.item("x", .meeting, venue: "port", line: 30, press: .pool).pressAccess == .pool)
    }

    @Test func pressSlotsAreTheOpenAndPoolItemsWithTheirPositioningTime() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20, press: .pool),
            F.item("reunion", .meeting, venue: "aeroport", line: 40, duration: 30),
            F.item("point", .pressPoint, venue: "aeroport", line: 50, duration: 15),
        ])
        #expect(a.press.slots.map(\.item) == ["arrivee", "point"])
        #expect(a.press.slots.map(\.access) == [.pool, .open])
        #expect(a.press.slot("arrivee")?.positioning == F.instant(8, 45))
        #expect(a.press.slot("point")?.positioning == F.instant(9, 35))
        #expect(a.press.access["reunion"] == .closed)
    }

    @Test func positioningFollowsTheVisitsPressLead() {
        let plan = F.plan(
            programme: [F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0))], pressLead: 40)
        #expect(Analysis(plan: plan).press.slot("arrivee")?.positioning == F.instant(8, 20))
    }
}
