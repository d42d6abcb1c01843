import Testing

@testable import CortegeCore

/// `escort-duty`: over `max-duty` or outside `available`, at that key of the unit.
@Suite struct EscortDutyTests {
    typealias F = EscortFixture

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
        #expect(duty.first?.phrase.fr.contains("est en service 2 h 30") == true)
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
        #expect(duty.first?.phrase.fr.contains("hors de sa disponibilité (06:00-09:25)") == true)
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
