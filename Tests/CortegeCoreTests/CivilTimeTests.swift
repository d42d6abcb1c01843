import Testing

@testable import CortegeCore

@Suite struct CivilTimeTests {
    let paris = Zone("Europe/Paris")!

    /// Dates, times and offsets are written as `printf`'s `%0Nd` writes them (Foundation's formatter is the
    /// reference), without calling it.
    @Test func numbersArePaddedAsPrintfPadsThem() {
        for n in [-1234, -100, -12, -9, -1, 0, 1, 7, 9, 10, 42, 99, 100, 999, 1000, 2026, 9999, 12345] {
            for width in [1, 2, 4] {
                #expect(Digits.padded(n, width) == String(format: "%0\(width)d", n), "\(n) on \(width)")
            }
        }
        #expect(LocalDate(year: 987, month: 3, day: 5).description == String(format: "%04d-%02d-%02d", 987, 3, 5))
        #expect(LocalTime(hour: 7, minute: 5).description == "07:05")
        #expect(LocalDateTime(iso: "2026-03-29T03:04")!.description == "2026-03-29T03:04")
        #expect(Zone("America/Guadeloupe")!.iso8601(Instant(seconds: 1_796_375_405)) == "2026-12-04T05:10:05-04:00")
        #expect(paris.iso8601(Instant(seconds: 1_782_898_200)) == "2026-07-01T11:30:00+02:00")
    }

    @Test func zonesAreTheSameWhenTheirNamesAre() {
        #expect(Zone("Europe/Paris") == paris)
        #expect(Set([paris, Zone("Europe/Paris")!, Zone.utc]).count == 2)
        #expect(Zone("CET") == nil)
        #expect(Zone("Nowhere/Atlantis") == nil)
    }

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
