import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

@Suite struct AgendaReaderTests {
    func entry(_ result: AgendaImport, _ summary: String) -> AgendaEntry? {
        result.entries.first { $0.summary == summary }
    }

    @Test func zonedTimesReadThroughTheFilesVTimezone() {
        let r = aprilReader().read(path: fixture("times.ics"), person: "prefet-63")
        let e = entry(r, "Comité de direction")
        #expect(e?.start == utc(2026, 4, 15, 8, 0))
        #expect(e?.end == utc(2026, 4, 15, 9, 30))
        #expect(e?.person == "prefet-63")
        #expect(e?.busy == true)
    }

    @Test func durationGivesTheEnd() {
        let r = aprilReader().read(path: fixture("times.ics"), person: "p")
        let e = entry(r, "Entretien")
        #expect(e?.start == utc(2026, 4, 15, 12, 0))
        #expect(e?.end == utc(2026, 4, 15, 12, 45))
    }

    @Test func utcTimesAreUTC() {
        let r = aprilReader().read(path: fixture("times.ics"), person: "p")
        let e = entry(r, "Visio avec Paris")
        #expect(e?.start == utc(2026, 4, 15, 16, 0))
        #expect(e?.end == utc(2026, 4, 15, 17, 0))
    }

    @Test func floatingTimesAreReadInTheVisitsZone() {
        let inParis = entry(aprilReader().read(path: fixture("times.ics"), person: "p"), "Conseil municipal")
        #expect(inParis?.start == utc(2026, 4, 15, 16, 30))
        let guadeloupe = Zone("America/Guadeloupe")!
        let inGuadeloupe = entry(
            aprilReader(zone: guadeloupe).read(path: fixture("times.ics"), person: "p"), "Conseil municipal")
        #expect(inGuadeloupe?.start == utc(2026, 4, 15, 22, 30))
    }

    @Test func tzidWithoutVTimezoneResolvesThroughLibicalBuiltins() {
        let r = aprilReader().read(path: fixture("times.ics"), person: "p")
        let e = entry(r, "Appel avec la préfecture de région")
        #expect(e?.start == utc(2026, 4, 16, 13, 0))
        #expect(r.findings.isEmpty)
    }

    @Test func eventsOutsideTheWindowAreLeftOut() {
        let r = aprilReader().read(path: fixture("times.ics"), person: "p")
        #expect(entry(r, "Hors fenêtre") == nil)
        #expect(r.entries.count == 5)
        #expect(r.eventCount == 6)
    }

    @Test func everyEntryPointsAtItsBeginVEventLine() {
        let path = fixture("times.ics")
        let r = aprilReader().read(path: path, person: "p")
        // Lines of BEGIN:VEVENT in times.ics (VTIMEZONE of 17 lines after 3 header lines).
        #expect(entry(r, "Comité de direction")?.location == SourceLocation(file: path, line: 21))
        #expect(entry(r, "Entretien")?.location == SourceLocation(file: path, line: 28))
        #expect(entry(r, "Appel avec la préfecture de région")?.location == SourceLocation(file: path, line: 49))
    }

    @Test func allDayEventsAreNotesWithAnExclusiveEnd() {
        let r = aprilReader().read(path: fixture("allday.ics"), person: "p")
        let note = entry(r, "Anniversaire du directeur")
        #expect(note?.allDay == true)
        #expect(note?.busy == false)
        #expect(note?.start == utc(2026, 4, 14, 22, 0))
        #expect(note?.end == utc(2026, 4, 15, 22, 0))
    }

    @Test func allDayEventsAreBusyOnlyWithExplicitOpaque() {
        let r = aprilReader().read(path: fixture("allday.ics"), person: "p")
        let congress = entry(r, "Congrès des maires")
        #expect(congress?.busy == true)
        #expect(congress?.start == utc(2026, 4, 15, 22, 0))
        #expect(congress?.end == utc(2026, 4, 17, 22, 0))
        let noEnd = entry(r, "Journée sans fin donnée")
        #expect(noEnd?.busy == false)
        #expect(noEnd?.end == utc(2026, 4, 20, 22, 0))
    }

    let fromMarch30 = AgendaReader(from: utc(2026, 3, 30), to: utc(2026, 5, 1), floatingZone: paris)

    @Test func recurrenceAppliesRRuleRDateAndExDate() {
        let r = fromMarch30.read(path: fixture("recurring.ics"), person: "p")
        let starts = r.entries.filter { $0.summary == "Réunion de sécurité" }.map(\.start)
        // COUNT=6 from 17 March: 17, 24, 31 March, 7 (excluded), 14 (moved), 21 (cancelled) April; RDATE 9 April.
        #expect(starts == [utc(2026, 3, 31, 7, 0), utc(2026, 4, 9, 13, 0)])
    }

    @Test func recurrenceIdOverrideReplacesItsOccurrence() {
        let path = fixture("recurring.ics")
        let r = fromMarch30.read(path: path, person: "p")
        let moved = r.entries.filter { $0.summary == "Réunion de sécurité (déplacée)" }
        #expect(moved.count == 1)
        #expect(moved.first?.start == utc(2026, 4, 14, 9, 30))
        #expect(moved.first?.location.line == 31)
        #expect(!r.entries.contains { $0.start == utc(2026, 4, 14, 7, 0) })
    }

    @Test func cancelledOverrideRemovesItsOccurrence() {
        let r = fromMarch30.read(path: fixture("recurring.ics"), person: "p")
        #expect(!r.entries.contains { $0.start == utc(2026, 4, 21, 7, 0) })
        #expect(r.entries.count == 3)
    }

    @Test func weeklyRecurrenceKeepsItsLocalTimeAcrossTheDSTChange() {
        let reader = AgendaReader(from: utc(2026, 3, 20), to: utc(2026, 4, 4), floatingZone: paris)
        let r = reader.read(path: fixture("dst-weekly.ics"), person: "p")
        // 09:00 in Paris: UTC+1 before 29 March 2026, UTC+2 after.
        #expect(r.entries.map(\.start) == [utc(2026, 3, 24, 8, 0), utc(2026, 3, 31, 7, 0)])
        #expect(r.entries.map(\.end) == [utc(2026, 3, 24, 9, 0), utc(2026, 3, 31, 8, 0)])
    }

    @Test func anOccurrenceFallingExactlyOnAUTCUntilIsKept() {
        // RFC 5545 §3.3.10: UNTIL is inclusive. 09:30 in Paris on 30 December 2026 is 08:30 UTC, the UNTIL.
        let reader = AgendaReader(from: utc(2026, 12, 1), to: utc(2027, 1, 1), floatingZone: paris)
        let r = reader.read(path: fixture("until.ics"), person: "p")
        let starts = r.entries.filter { $0.summary == "Point hebdomadaire (hiver)" }.map(\.start)
        #expect(
            starts == [
                utc(2026, 12, 2, 8, 30), utc(2026, 12, 9, 8, 30), utc(2026, 12, 16, 8, 30),
                utc(2026, 12, 23, 8, 30), utc(2026, 12, 30, 8, 30),
            ])
    }

    @Test func anOccurrenceOnAUTCUntilInSummerTimeIsKept() {
        // 14:00 in Paris on 29 July 2026 is 12:00 UTC (UTC+2), the UNTIL.
        let reader = AgendaReader(from: utc(2026, 7, 1), to: utc(2026, 8, 1), floatingZone: paris)
        let r = reader.read(path: fixture("until.ics"), person: "p")
        let starts = r.entries.filter { $0.summary == "Point hebdomadaire (été)" }.map(\.start)
        #expect(
            starts == [
                utc(2026, 7, 1, 12), utc(2026, 7, 8, 12), utc(2026, 7, 15, 12), utc(2026, 7, 22, 12),
                utc(2026, 7, 29, 12),
            ])
    }

    @Test func anAllDayOccurrenceOnADateUntilIsKept() {
        let reader = AgendaReader(from: utc(2026, 6, 1), to: utc(2026, 8, 1), floatingZone: paris)
        let r = reader.read(path: fixture("until.ics"), person: "p")
        let days = r.entries.filter { $0.summary == "Permanence (journée)" }
        // Mondays 1 to 29 June (the UNTIL), midnight in Paris (UTC+2).
        #expect(
            days.map(\.start) == [
                utc(2026, 5, 31, 22), utc(2026, 6, 7, 22), utc(2026, 6, 14, 22), utc(2026, 6, 21, 22),
                utc(2026, 6, 28, 22),
            ])
    }

    @Test func aVTimezoneOfTheSameNameButOtherRulesIsNotTakenFromAnEarlierFile() {
        // times.ics defines Europe/Paris as it is (UTC+2 in April); tzid-redefined.ics gives the same TZID a
        // fixed UTC+3. Each file's times follow its own definition, in whatever order the files are read.
        let paris = entry(aprilReader().read(path: fixture("times.ics"), person: "p"), "Comité de direction")
        let redefined = entry(
            aprilReader().read(path: fixture("tzid-redefined.ics"), person: "p"), "Comité de direction")
        let parisAgain = entry(aprilReader().read(path: fixture("times.ics"), person: "p"), "Comité de direction")
        #expect(paris?.start == utc(2026, 4, 15, 8, 0))
        #expect(redefined?.start == utc(2026, 4, 15, 7, 0))
        #expect(redefined?.end == utc(2026, 4, 15, 8, 30))
        #expect(parisAgain?.start == utc(2026, 4, 15, 8, 0))
    }

    @Test func filesWithTheSameVTimezoneReadTheSameInstants() {
        // recurring.ics and dst-weekly.ics both carry a Europe/Paris VTIMEZONE; reading one after the other
        // (and again) gives the instants of the zone's own rules each time.
        let reader = AgendaReader(from: utc(2026, 3, 20), to: utc(2026, 4, 4), floatingZone: paris)
        for _ in 0..<2 {
            let dst = reader.read(path: fixture("dst-weekly.ics"), person: "p")
            #expect(dst.entries.map(\.start) == [utc(2026, 3, 24, 8, 0), utc(2026, 3, 31, 7, 0)])
            let weekly = fromMarch30.read(path: fixture("recurring.ics"), person: "p")
            #expect(
                weekly.entries.filter { $0.summary == "Réunion de sécurité" }.map(\.start)
                    == [utc(2026, 3, 31, 7, 0), utc(2026, 4, 9, 13, 0)])
        }
    }

    @Test func linesAreFoundWithLowerCaseNamesFoldedUIDsAndBareLineFeeds() {
        let path = fixture("lines.ics")
        let r = aprilReader().read(path: path, person: "p")
        #expect(entry(r, "Premier")?.location.line == 4)
        #expect(r.entries.filter { $0.summary == "Hebdomadaire" }.map(\.location.line) == [11, 11])
        #expect(entry(r, "Autre")?.location.line == 20)
        #expect(entry(r, "Hebdomadaire (déplacée)")?.location.line == 27)
        #expect(entry(r, "Hebdomadaire (déplacée)")?.start == utc(2026, 4, 14, 12, 0))
    }

    @Test func unboundedRecurrenceIsBoundedByTheWindowAndTheCount() {
        let reader = AgendaReader(from: utc(2026, 1, 1), to: utc(2126, 1, 1), floatingZone: paris, maxOccurrences: 50)
        let r = reader.read(path: fixture("dst-weekly.ics"), person: "p")
        #expect(r.entries.count == 50)
    }

    @Test func cancelledEventsAreDroppedAndTransparentOnesAreNotBusy() {
        let r = aprilReader().read(path: fixture("status.ics"), person: "p")
        #expect(entry(r, "Annulé") == nil)
        #expect(entry(r, "Disponible")?.busy == false)
        #expect(entry(r, "Occupé")?.busy == true)
    }

    @Test func outlookRomanceStandardTimeYieldsParisInstants() {
        let r = aprilReader().read(path: fixture("outlook.ics"), person: "p")
        let e = entry(r, "Comité départemental de sécurité")
        #expect(e?.start == utc(2026, 4, 15, 8, 0))
        #expect(e?.end == utc(2026, 4, 15, 9, 30))
    }

    @Test func windowsZoneNamesWithoutVTimezoneMapThroughCLDR() {
        let reader = AgendaReader(from: utc(2026, 10, 1), to: utc(2027, 1, 1), floatingZone: paris)
        let r = reader.read(path: fixture("outlook.ics"), person: "p")
        // SA Western Standard Time = UTC-4 all year (America/La_Paz in CLDR 001).
        #expect(entry(r, "Réunion à Basse-Terre")?.start == utc(2026, 12, 4, 13, 0))
        // W. Europe Standard Time = Europe/Berlin: 27 October 2026 is after the change back to UTC+1.
        #expect(entry(r, "Réunion à Berlin")?.start == utc(2026, 10, 27, 8, 0))
        #expect(r.findings.isEmpty)
    }

    @Test func windowsTableMapsTheNamesOutlookWrites() {
        #expect(WindowsZones.iana(for: "Romance Standard Time") == "Europe/Paris")
        #expect(WindowsZones.iana(for: "W. Europe Standard Time") == "Europe/Berlin")
        #expect(WindowsZones.iana(for: "SA Western Standard Time") == "America/La_Paz")
        #expect(WindowsZones.iana(for: "Eastern Standard Time") == "America/New_York")
        #expect(WindowsZones.ianaByWindowsName.count > 130)
    }

    @Test func rejectedLineIsAnIcsSyntaxWarningAndTheRestIsRead() {
        let path = fixture("errors.ics")
        let r = aprilReader().read(path: path, person: "p")
        #expect(r.findings.count == 1)
        #expect(r.findings.first?.code == .icsSyntax)
        #expect(r.findings.first?.severity == .warning)
        #expect(r.findings.first?.location?.file == path)
        #expect(r.findings.first?.location?.line == 16)
        #expect(r.entries.map(\.summary) == ["Avant l'erreur", "Ligne rejetée", "Après l'erreur"])
    }

    @Test func emptyFileIsOneIcsSyntaxFinding() {
        let r = aprilReader().read(path: fixture("empty.ics"), person: "p")
        #expect(r.entries.isEmpty)
        #expect(r.findings.map(\.code) == [.icsSyntax])
        #expect(r.findings.first?.location?.line == 1)
    }

    @Test func plainTextIsOneIcsSyntaxFinding() {
        let r = aprilReader().read(path: fixture("notes.txt"), person: "p")
        #expect(r.entries.isEmpty)
        #expect(r.findings.map(\.code) == [.icsSyntax])
    }

    @Test func missingFileIsOneIcsSyntaxFinding() {
        let r = aprilReader().read(path: "/nonexistent/agenda.ics", person: "p")
        #expect(r.findings.map(\.code) == [.icsSyntax])
    }

    // MARK: Zones recognised across files by their text (SharedZones)

    /// A VTIMEZONE `Bureau` at a fixed offset.
    private func bureau(_ offset: String) -> String {
        """
        BEGIN:VTIMEZONE\r
        TZID:Bureau\r
        BEGIN:STANDARD\r
        TZOFFSETFROM:\(offset)\r
        TZOFFSETTO:\(offset)\r
        DTSTART:19700101T000000\r
        END:STANDARD\r
        END:VTIMEZONE\r

        """
    }

    private func event(_ summary: String) -> String {
        """
        BEGIN:VEVENT\r
        UID:\(summary)@test\r
        DTSTAMP:20260101T000000Z\r
        DTSTART;TZID=Bureau:20260415T100000\r
        DTEND;TZID=Bureau:20260415T110000\r
        SUMMARY:\(summary)\r
        END:VEVENT\r

        """
    }

    private let header = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Cortege fixtures//FR\r\n"
    private let footer = "END:VCALENDAR\r\n"

    @Test func zonesOfTheSameTextInOtherCalendarsOfAFileAreNotTakenForOneAnother() {
        // One file holds two definitions of `Bureau` (UTC+3, then UTC+1) in one calendar; another holds the
        // same two blocks, same text, same order, but each in a calendar of its own, with an event in each.
        // The text of the blocks is the same in both files: it must not name the zone of the second file's
        // calendars, where each event finds the definition of its own calendar.
        let oneCalendar = header + bureau("+0300") + bureau("+0100") + event("Un") + footer
        let twoCalendars =
            header + bureau("+0300") + event("Trois") + footer + header + bureau("+0100") + event("Une") + footer
        let reader = aprilReader()
        for _ in 0..<2 {
            let first = reader.read(text: oneCalendar, file: "un.ics", person: "p")
            #expect(first.findings.isEmpty)
            let second = reader.read(text: twoCalendars, file: "deux.ics", person: "p")
            #expect(second.findings.isEmpty)
            #expect(entry(second, "Trois")?.start == utc(2026, 4, 15, 7, 0))
            #expect(entry(second, "Une")?.start == utc(2026, 4, 15, 9, 0))
        }
    }

    @Test func filesWhoseZoneTextDiffersReadTheirOwnOffsets() {
        // Same TZID, other rules: the first file read must not lend its zone to the second.
        let reader = aprilReader()
        let plus3 = reader.read(text: header + bureau("+0300") + event("A") + footer, file: "a.ics", person: "p")
        let plus1 = reader.read(text: header + bureau("+0100") + event("A") + footer, file: "b.ics", person: "p")
        let plus3Again = reader.read(
            text: header + bureau("+0300") + event("A") + footer, file: "c.ics", person: "p")
        #expect(entry(plus3, "A")?.start == utc(2026, 4, 15, 7, 0))
        #expect(entry(plus1, "A")?.start == utc(2026, 4, 15, 9, 0))
        #expect(entry(plus3Again, "A")?.start == utc(2026, 4, 15, 7, 0))
    }

    @Test func zoneBlocksAreTheVTimezoneTextWhenEachBlockIsClosed() {
        var closed = header + bureau("+0300") + bureau("+0100") + event("A") + footer
        let blocks = EventLines(text: &closed).zoneBlocks
        #expect(blocks?.count == 2)
        #expect(blocks.map { String(decoding: $0.text, as: UTF8.self) } == bureau("+0300") + bureau("+0100"))
        // Lower-case names and bare line feeds are still blocks.
        var lower = "begin:vcalendar\nbegin:vtimezone\ntzid:X\nend:vtimezone\nend:vcalendar\n"
        #expect(EventLines(text: &lower).zoneBlocks?.count == 1)
        // Nested, unclosed or stray blocks cannot name a zone.
        var nested = header + "BEGIN:VTIMEZONE\r\n" + bureau("+0300") + "END:VTIMEZONE\r\n" + footer
        #expect(EventLines(text: &nested).zoneBlocks == nil)
        var unclosed = header + "BEGIN:VTIMEZONE\r\nTZID:Bureau\r\n" + event("A") + footer
        #expect(EventLines(text: &unclosed).zoneBlocks == nil)
        var stray = header + "END:VTIMEZONE\r\n" + event("A") + footer
        #expect(EventLines(text: &stray).zoneBlocks == nil)
    }
}
