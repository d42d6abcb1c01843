import Testing

@testable import CortegeCore

/// `escort-missing`, at the transfer (or the item it leads to).
@Suite struct EscortMissingTests {
    typealias F = EscortFixture

    @Test func aMinisterWithNoUnitDefinedHasNoEscort() {
        let a = F.analysis([
            F.arrival, F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35)),
        ])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.location == F.loc(36, 7))
        #expect(missing.first?.subjects.contains("visite-port") == true)
        #expect(missing.first?.start == F.instant(9, 20))
    }

    @Test func anEstimatedTransferWithoutEscortPointsAtTheItemItLeadsTo() {
        let a = F.analysis([F.arrival, F.item("visite-port", .visit, venue: "port", line: 40)])
        #expect(a.findings(.escortMissing).map(\.location) == [F.loc(40)])
    }

    @Test func escortNoneOnTheMinistersCarIsReported() {
        let a = F.analysis(
            [
                F.arrival,
                F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35, escort: .none)),
            ],
            units: [F.unit("edsr", .gendarmerie, line: 65)])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.location == F.loc(36, 7))
        #expect(missing.first?.message.contains("`escort: none`") == true)
        #expect(missing.first?.phrase.fr.contains("mais n'a pas d'escorte : `escort: none` est écrit") == true)
    }

    @Test func escortNoneOnAWalkIsAccepted() {
        let a = F.analysis(
            [
                F.arrival,
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, escort: .none, mode: .foot, duration: 20)),
            ])
        #expect(a.findings(.escortMissing).isEmpty)
        #expect(a.escort.legs.isEmpty)
    }

    @Test func whenNoUnitIsUsableEachRejectionIsANote() {
        let a = F.analysis(
            [F.arrival, F.item("reunion", .meeting, venue: "aeroport", line: 40, before: F.transfer(line: 35))],
            units: [F.unit("motards", .police, line: 60, available: "14:00-18:00")])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.notes.count == 1)
        #expect(missing.first?.notes.first?.location == F.loc(60))
        #expect(missing.first?.notes.first?.message.hasPrefix("motards: available 14:00-18:00") == true)
        #expect(
            missing.first?.notes.first?.phrase.fr.hasPrefix("motards : disponible seulement sur 14:00-18:00") == true)
    }
}
