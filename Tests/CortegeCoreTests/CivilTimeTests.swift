import Testing

@testable import CortegeCore

@Suite struct CivilTimeTests {
    let paris = Zone("Europe/Paris")!

    @Test func springForwardGapIsDetected() {
        // 2026-03-29: clocks go from 02:00 to 03:00 in Europe/Paris.
        let local = LocalDateTime(iso: "2026-03-29T02:30")!
        guard case .skipped = paris.resolve(local) else {
            Issue.record("02:30 on 2026-03-29 should not exist in Europe/Paris")
            return
        }
    }

    @Test func fallBackFoldIsDetectedWithBothReadings() {
        // 2026-10-25: clocks go from 03:00 back to 02:00; 02:30 happens at 00:30Z and at 01:30Z.
        let local = LocalDateTime(iso: "2026-10-25T02:30")!
        guard case .repeated(let earlier, let later) = paris.resolve(local) else {
            Issue.record("02:30 on 2026-10-25 should occur twice")
            return
        }
        #expect(earlier.seconds == 1_792_888_200)  // 2026-10-25T00:30:00Z
        #expect(later.seconds == 1_792_891_800)  // 2026-10-25T01:30:00Z
    }

    @Test func ordinaryTimeResolvesToOneInstant() {
        // 2026-12-04 09:10 in Guadeloupe (UTC-4) is 13:10Z.
        let zone = Zone("America/Guadeloupe")!
        let resolved = zone.resolve(LocalDateTime(iso: "2026-12-04T09:10")!)
        #expect(resolved == .unique(Instant(seconds: 1_796_389_800)))
        #expect(zone.iso8601(resolved.instant) == "2026-12-04T09:10:00-04:00")
    }

    @Test func localAndBackAgree() {
        let instant = Instant(seconds: 1_781_000_000)
        #expect(paris.resolve(paris.local(instant)) == .unique(instant))
    }

    @Test func everyTerritoryResolvesToItsZone() {
        let expected = [
            "971": "America/Guadeloupe", "972": "America/Martinique", "973": "America/Cayenne",
            "974": "Indian/Reunion", "975": "America/Miquelon", "976": "Indian/Mayotte",
            "977": "America/St_Barthelemy", "978": "America/Marigot", "986": "Pacific/Wallis",
            "987": "Pacific/Tahiti", "988": "Pacific/Noumea", "63": "Europe/Paris", "2A": "Europe/Paris",
            "55": "Europe/Paris", "77": "Europe/Paris", "75": "Europe/Paris",
        ]
        for (code, zone) in expected {
            #expect(Territory(code: code)?.zoneIdentifier == zone, "territory \(code)")
            #expect(Territory(code: code)?.zone != nil, "zone of \(code) must exist in tzdata")
        }
        #expect(Territory(code: "99") == nil)
        #expect(Territory(code: "20") == nil)
    }

    @Test func unknownZoneIsRefused() {
        #expect(Zone("Europe/Atlantis") == nil)
        #expect(Zone("CEST") == nil)
        #expect(Zone("") == nil)
    }

    @Test func durationsAsWrittenInPlans() {
        #expect(DurationText.minutes("45m") == 45)
        #expect(DurationText.minutes("1h30") == 90)
        #expect(DurationText.minutes("1h30m") == 90)
        #expect(DurationText.minutes("90m") == 90)
        #expect(DurationText.minutes("2h") == 120)
        #expect(DurationText.minutes("-5m") == nil)
        #expect(DurationText.minutes("5") == nil)
        #expect(DurationText.minutes("1h75") == nil)
        #expect(DurationText.minutes("h") == nil)
        #expect(DurationText.minutes("") == nil)
    }

    @Test func timesOutOfRangeAreRefused() {
        #expect(LocalTime(text: "25:61") == nil)
        #expect(LocalTime(text: "24:00") == nil)
        #expect(LocalTime(text: "9:05") == LocalTime(hour: 9, minute: 5))
        #expect(LocalDate(iso: "2026-02-29") == nil)
        #expect(LocalDate(iso: "2028-02-29") != nil)
    }

    @Test func weekdaysAreRight() {
        #expect(LocalDate(iso: "2026-12-04")!.isoWeekday == 5)  // a Friday
        #expect(LocalDate(iso: "1970-01-01")!.isoWeekday == 4)  // a Thursday
    }
}
