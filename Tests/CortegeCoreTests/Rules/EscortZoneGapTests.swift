import Testing

@testable import CortegeCore

/// `escort-zone-gap`, at the transfer.
@Suite struct EscortZoneGapTests {
    typealias F = EscortFixture

    @Test func aPoliceUnitAloneOnALegIntoAGendarmerieZoneLeavesAZoneGap() {
        let a = F.analysis(
            [F.arrival, F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35))],
            units: [F.unit("motards", .police, line: 60)])
        #expect(a.escort.leg(to: "visite-port")?.units == ["motards"])
        let gaps = a.findings(.escortZoneGap)
        #expect(gaps.count == 1)
        #expect(gaps.first?.severity == .error)
        #expect(gaps.first?.location == F.loc(36, 7))  // the transfer's `escort:` key
        #expect(gaps.first?.message.contains("gendarmerie zone (Port de Jarry)") == true)
        #expect(gaps.first?.phrase.fr.contains("traverse la zone gendarmerie (Port de Jarry)") == true)
        #expect(gaps.first?.subjects.contains("motards") == true)
        #expect(a.findings(.escortMissing).isEmpty)
    }

    @Test func anExplicitPoliceUnitOnALegIntoAGendarmerieZoneLeavesAZoneGap() {
        let a = F.analysis(
            [
                F.arrival,
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, escort: .units(["motards"]))),
            ], units: [F.unit("motards", .police, line: 60), F.unit("edsr", .gendarmerie, line: 65)])
        let gaps = a.findings(.escortZoneGap)
        #expect(gaps.count == 1)
        #expect(gaps.first?.location == F.loc(36, 7))
        #expect(gaps.first?.help?.contains("`escort:` list") == true)
    }

    @Test func aRouteThroughAGendarmerieCommuneBetweenTwoPoliceVenuesNeedsAGendarme() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
                F.item(
                    "reunion", .meeting, venue: "prefecture", line: 40,
                    before: F.transfer(line: 35, route: ["97103"])),
            ], units: [F.unit("motards", .police, line: 60)])
        let gaps = a.findings(.escortZoneGap)
        #expect(gaps.count == 1)
        #expect(gaps.first?.message.contains("Baie-Mahault") == true)
        #expect(a.escort.leg(to: "reunion")?.handOvers.count == 2)
    }
}
