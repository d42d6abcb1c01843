import Testing

@testable import CortegeCore

/// `escort-reposition`: a unit that cannot reach its next leg in time.
@Suite struct EscortRepositionTests {
    typealias F = EscortFixture

    /// motards escorts aeroport → port (09:20-09:35), the visit goes on by helicopter to the heliport, then the
    /// motorcade leaves the heliport at 10:30. Alone, the unit needs 50m from the port to the heliport, plus 30m of
    /// lead: in place at 10:55, 25 minutes late.
    static let helicopterDay = [
        F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
        F.item(
            "visite-port", .visit, venue: "port", line: 40, duration: 20,
            before: F.transfer(line: 35, escort: .units(["edsr"]))),
        F.item(
            "accueil-bt", .welcome, venue: "heliport", line: 50, duration: 20,
            before: F.transfer(line: 45, escort: .none, mode: .helicopter, duration: 15)),
        F.item(
            "prefecture-bt", .meeting, venue: "basse-terre", line: 60, duration: 30,
            before: F.transfer(line: 55, escort: .units(["edsr"]))),
    ]

    @Test func aUnitOnTwoLegsWhoseGapIsShorterThanItsRepositioningIsReported() {
        let a = F.analysis(Self.helicopterDay, units: [F.unit("edsr", .gendarmerie, line: 70, lead: 30)])
        let found = a.findings(.escortReposition)
        #expect(found.count == 1)
        #expect(found.first?.severity == .error)
        #expect(found.first?.location == F.loc(56, 7))
        #expect(found.first?.subjects == ["edsr", "visite-port", "prefecture-bt"])
        #expect(found.first?.message.contains("needs 50m of travel, 25m are missing") == true)
        #expect(found.first?.start == F.instant(9, 35))
        #expect(found.first?.end == F.instant(10, 30))
    }

    @Test func aUnitWithEnoughTimeToRepositionIsNotReported() {
        // Without lead the unit is at the heliport at 10:25, before 10:30.
        let a = F.analysis(Self.helicopterDay, units: [F.unit("edsr", .gendarmerie, line: 70, lead: 0)])
        #expect(a.findings(.escortReposition).isEmpty)
    }

    @Test func aUnitStayingWithTheMotorcadeNeedsNoRepositioning() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 5),
                F.item("depart", .departure, venue: "aeroport", line: 50, duration: 10),
            ], units: [F.unit("motards", .police, line: 60, lead: 30)])
        #expect(a.escort.leg(to: "depart")?.units == ["motards"])
        #expect(a.findings(.escortReposition).isEmpty)
    }
}
