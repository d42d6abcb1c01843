import CortegeCore
import Testing

/// The press plan (SPEC §5.4) and `press-closed`, `press-without-principal`, `press-lead`.
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

    // MARK: press-closed

    @Test func aPressPointDuringAConfidentialMeetingOfThePrincipalIsPressClosed() {
        let a = F.analysis([
            F.item(
                "reunion", .meeting, venue: "prefecture", line: 30, at: F.at(10, 0), duration: 60,
                participants: ["ministre", "prefet"], confidential: true),
            F.item(
                "point", .pressPoint, venue: "prefecture", line: 40, at: F.at(10, 30), duration: 15,
                participants: ["ministre"]),
        ])
        let found = a.findings(.pressClosed)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location == F.loc(41, 5))  // the press point's `at`
        #expect(found.first?.subjects == ["point", "reunion", "ministre"])
        #expect(found.first?.message.contains("confidential item reunion") == true)
        #expect(found.first?.start == F.instant(10, 30))
        #expect(found.first?.end == F.instant(10, 45))
    }

    @Test func aPressSlotDuringAClosedItemOfOtherPeopleIsFine() {
        let a = F.analysis([
            F.item(
                "reunion", .meeting, venue: "prefecture", line: 30, at: F.at(10, 0), duration: 60,
                participants: ["prefet"]),
            F.item(
                "point", .pressPoint, venue: "port", line: 40, at: F.at(10, 30), duration: 15,
                participants: ["ministre"]),
        ])
        #expect(a.findings(.pressClosed).isEmpty)
    }

    @Test func aPressSlotAfterTheClosedItemIsFine() {
        let a = F.analysis([
            F.item(
                "reunion", .meeting, venue: "prefecture", line: 30, at: F.at(10, 0), duration: 30, confidential: true),
            F.item("point", .pressPoint, venue: "prefecture", line: 40, duration: 15),
        ])
        #expect(a.findings(.pressClosed).isEmpty)
    }

    // MARK: press-without-principal

    @Test func aPressSlotWithoutThePrincipalIsAWarningAtItsParticipants() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
            F.item("gerbe", .wreath, venue: "aeroport", line: 40, participants: ["prefet", "maire"]),
        ])
        let found = a.findings(.pressWithoutPrincipal)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == F.loc(43, 5))
        #expect(found.first?.subjects == ["gerbe", "ministre"])
    }

    @Test func aClosedItemWithoutThePrincipalIsNoPressSlot() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
            F.item("travail", .meeting, venue: "aeroport", line: 40, participants: ["prefet"]),
        ])
        #expect(a.findings(.pressWithoutPrincipal).isEmpty)
    }

    // MARK: press-lead

    @Test func journalistsWithoutEscortNeedTheEstimatePlusTheLeadBetweenTwoOpenItems() {
        // The motorcade takes 15m (10m + boarding) from the airport to the port; journalists need 10m + 15m.
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, duration: 20),
        ])
        let found = a.findings(.pressLead)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == F.loc(40))
        #expect(found.first?.subjects == ["arrivee", "discours"])
        #expect(found.first?.message.contains("need 10m to travel, 10m short") == true)
    }

    @Test func enoughTimeBetweenTwoOpenItemsIsFine() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, at: F.at(9, 45), duration: 20),
        ])
        #expect(a.findings(.pressLead).isEmpty)
    }

    @Test func thePoolTravelsWithTheMotorcadeSoPoolItemsAreNotChecked() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, duration: 20, press: .pool),
        ])
        #expect(a.findings(.pressLead).isEmpty)
    }

    @Test func pressLeadIsConfigurable() {
        let plan = F.plan(
            programme: [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("discours", .speech, venue: "port", line: 40, duration: 20),
            ], pressLead: 5)
        #expect(Analysis(plan: plan).findings(.pressLead).isEmpty)
    }
}
