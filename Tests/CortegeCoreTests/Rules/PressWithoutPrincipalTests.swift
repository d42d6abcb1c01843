import Testing

@testable import CortegeCore

/// `press-without-principal`: a press slot the principal does not attend.
@Suite struct PressWithoutPrincipalTests {
    typealias F = EscortFixture

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
        #expect(found.first?.phrase.fr.contains("mais ministre n'y assiste pas") == true)
    }

    @Test func aClosedItemWithoutThePrincipalIsNoPressSlot() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
            F.item("travail", .meeting, venue: "aeroport", line: 40, participants: ["prefet"]),
        ])
        #expect(a.findings(.pressWithoutPrincipal).isEmpty)
    }
}
