import CortegeCore
import Testing

/// `escort-missing`, `escort-zone-gap`, `escort-overlap`, `escort-reposition`, `escort-duty`, each at its location.
struct EscortChecksTests {
    typealias F = EscortFixture

    static let arrival = F.item("arrivee", .arrival, venue: "prefecture", line: 30, at: F.at(9, 0), duration: 20)

    // MARK: escort-zone-gap

    @Test func aPoliceUnitAloneOnALegIntoAGendarmerieZoneLeavesAZoneGap() {
        let a = F.analysis(
            [Self.arrival, F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35))],
            units: [F.unit("motards", .police, line: 60)])
        #expect(a.escort.leg(to: "visite-port")?.units == ["motards"])
        let gaps = a.findings(.escortZoneGap)
        #expect(gaps.count == 1)
        #expect(gaps.first?.severity == .error)
        #expect(gaps.first?.location == F.loc(36, 7))  // the transfer's `escort:` key
        #expect(gaps.first?.message.contains("gendarmerie zone (Port de Jarry)") == true)
        #expect(gaps.first?.subjects.contains("motards") == true)
        #expect(a.findings(.escortMissing).isEmpty)
    }

    @Test func anExplicitPoliceUnitOnALegIntoAGendarmerieZoneLeavesAZoneGap() {
        let a = F.analysis(
            [
                Self.arrival,
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

    // MARK: escort-missing

    @Test func aMinisterWithNoUnitDefinedHasNoEscort() {
        let a = F.analysis([
            Self.arrival, F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35)),
        ])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.location == F.loc(36, 7))
        #expect(missing.first?.subjects.contains("visite-port") == true)
        #expect(missing.first?.start == F.instant(9, 20))
    }

    @Test func anEstimatedTransferWithoutEscortPointsAtTheItemItLeadsTo() {
        let a = F.analysis([Self.arrival, F.item("visite-port", .visit, venue: "port", line: 40)])
        #expect(a.findings(.escortMissing).map(\.location) == [F.loc(40)])
    }

    @Test func escortNoneOnTheMinistersCarIsReported() {
        let a = F.analysis(
            [
                Self.arrival,
                F.item("visite-port", .visit, venue: "port", line: 40, before: F.transfer(line: 35, escort: .none)),
            ],
            units: [F.unit("edsr", .gendarmerie, line: 65)])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.location == F.loc(36, 7))
        #expect(missing.first?.message.contains("`escort: none`") == true)
    }

    @Test func escortNoneOnAWalkIsAccepted() {
        let a = F.analysis(
            [
                Self.arrival,
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, escort: .none, mode: .foot, duration: 20)),
            ])
        #expect(a.findings(.escortMissing).isEmpty)
        #expect(a.escort.legs.isEmpty)
    }

    @Test func whenNoUnitIsUsableEachRejectionIsANote() {
        let a = F.analysis(
            [Self.arrival, F.item("reunion", .meeting, venue: "aeroport", line: 40, before: F.transfer(line: 35))],
            units: [F.unit("motards", .police, line: 60, available: "14:00-18:00")])
        let missing = a.findings(.escortMissing)
        #expect(missing.count == 1)
        #expect(missing.first?.notes.count == 1)
        #expect(missing.first?.notes.first?.location == F.loc(60))
        #expect(missing.first?.notes.first?.message.hasPrefix("motards: available 14:00-18:00") == true)
    }

    // MARK: escort-overlap

    @Test func oneUnitOnTwoTransfersAtOnceIsAnOverlap() {
        // Leg 1 runs 09:20-09:50 (given 30m); "court" is fixed at 09:30 for 5 minutes, so leg 2 runs 09:35-09:45.
        let a = F.analysis(
            [
                Self.arrival,
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
                Self.arrival,
                F.item(
                    "court", .visit, venue: "aeroport", line: 40, at: F.at(9, 30), duration: 5,
                    before: F.transfer(line: 35, duration: 30)),
                F.item("reunion", .meeting, venue: "prefecture", line: 50, before: F.transfer(line: 45)),
            ], units: [F.unit("motards-a", .police, line: 60), F.unit("motards-b", .police, line: 65)])
        #expect(a.escort.leg(to: "court")?.units == ["motards-a"])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-b"])
        #expect(a.findings(.escortOverlap).isEmpty)
    }

    // MARK: escort-reposition

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

    // MARK: escort-duty

    @Test func aDutySpanOverMaxDutyIsAWarningAtTheUnitsMaxDuty() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 120),
                F.item(
                    "depart", .departure, venue: "aeroport", line: 50, duration: 10,
                    before: F.transfer(line: 45, escort: .units(["motards"]))),
            ], units: [F.unit("motards", .police, line: 60, maxDuty: 90, lead: 10)])
        let duty = a.findings(.escortDuty)
        #expect(duty.count == 1)
        #expect(duty.first?.severity == .warning)
        #expect(duty.first?.location == F.loc(62, 5))
        // In place 09:10, last leg ends 11:40: 2h30 against 1h30.
        #expect(duty.first?.message.contains("on duty 2h30") == true)
        #expect(duty.first?.start == F.instant(9, 10))
        #expect(duty.first?.end == F.instant(11, 40))
    }

    @Test func aDutySpanOutsideTheUnitsAvailabilityIsAWarningAtAvailable() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item(
                    "reunion", .meeting, venue: "prefecture", line: 40,
                    before: F.transfer(line: 35, escort: .units(["motards"]))),
            ], units: [F.unit("motards", .police, line: 60, available: "06:00-09:25")])
        let duty = a.findings(.escortDuty)
        #expect(duty.count == 1)
        #expect(duty.first?.location == F.loc(61, 5))
        #expect(duty.first?.message.contains("outside its availability (06:00-09:25)") == true)
    }

    @Test func availabilityPastMidnightCoversTheEarlyHours() {
        let night = DailyHours(text: "22:00-06:00")
        #expect(
            night?.contains(from: F.instant(23, 0), to: F.instant(5, 0, day: F.day.adding(days: 1)), zone: F.zone)
                == true)
        #expect(night?.contains(from: F.instant(2, 0), to: F.instant(5, 0), zone: F.zone) == true)
        #expect(night?.contains(from: F.instant(5, 0), to: F.instant(7, 0), zone: F.zone) == false)
    }
}
