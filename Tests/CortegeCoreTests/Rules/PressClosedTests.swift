import Testing

@testable import CortegeCore

/// `press-closed`: a press slot during a closed item of the same people.
@Suite struct PressClosedTests {
    typealias F = EscortFixture

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
        #expect(found.first?.phrase.fr.contains("pendant la séquence confidentielle reunion") == true)
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
}
