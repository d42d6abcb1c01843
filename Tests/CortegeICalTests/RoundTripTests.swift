import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

@Suite struct RoundTripTests {
    /// A calendar with one event, built through libical.
    func calendar(start: Instant, end: Instant, zone: ICalZone) -> ICalComponent {
        let calendar = ICalComponent(kind: .calendar)
        calendar.add(.version)
        calendar.add(.productID("-//Prefecture//Cortege//FR"))
        calendar.add(.calendarScale)
        calendar.add(zone.vtimezoneComponent())
        let event = ICalComponent(kind: .event)
        event.add(.uid("accueil.visite-test@pref.gouv.fr"))
        event.add(.dtstamp(utc(2026, 1, 2, 3, 4)))
        event.add(.start(start, zone))
        event.add(.end(end, zone))
        event.add(.summary("Accueil du ministre à la préfecture, salle des fêtes"))
        event.add(.description(""))
        event.add(.category("Accueil, protocole"))
        event.add(.sequence(2))
        calendar.add(event)
        return calendar
    }

    @Test func eventBuiltThroughLibicalReadsBackToTheSameInstants() throws {
        let zone = try ICalZone("Europe/Paris", fromYear: 2026)
        let text = calendar(start: utc(2026, 3, 29, 7, 30), end: utc(2026, 3, 29, 9, 0), zone: zone).serialized()
        #expect(text.contains("DTSTART;TZID=Europe/Paris:20260329T093000\r\n"))
        #expect(text.contains("TZID:Europe/Paris"))
        #expect(!text.contains("freeassociation"))
        #expect(!text.contains("DESCRIPTION"))
        let reader = AgendaReader(from: utc(2026, 3, 1), to: utc(2026, 4, 1), floatingZone: Zone.utc)
        let read = reader.read(text: text, file: "round-trip.ics", person: "p")
        #expect(read.findings.isEmpty)
        #expect(read.entries.count == 1)
        #expect(read.entries.first?.start == utc(2026, 3, 29, 7, 30))
        #expect(read.entries.first?.end == utc(2026, 3, 29, 9, 0))
        #expect(read.entries.first?.summary == "Accueil du ministre à la préfecture, salle des fêtes")
    }

    @Test func serialisingAParsedCalendarGivesTheSameBytes() throws {
        let zone = try ICalZone("America/Guadeloupe", fromYear: 2026)
        let text = calendar(start: utc(2026, 12, 4, 13, 0), end: utc(2026, 12, 4, 14, 0), zone: zone).serialized()
        let parsed = try #require(ICalComponent.parse(text))
        #expect(parsed.errorCount == 0)
        #expect(parsed.serialized() == text)
        let event = try #require(parsed.children(.event).first)
        #expect(event.uid == "accueil.visite-test@pref.gouv.fr")
        #expect(event.sequence == 2)
        #expect(text.contains("CATEGORIES:Accueil  protocole"))
    }

    @Test func truncatedVTimezoneCarriesNoHistoryBeforeItsStartYear() throws {
        let zone = try ICalZone("Europe/Paris", fromYear: 2026)
        let text = zone.vtimezoneComponent().serialized()
        #expect(!text.contains("DTSTART:19"))
        #expect(text.hasPrefix("BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\n"))
    }

    @Test func unknownZoneCarriesLibicalsFileError() {
        // libical looks the zone up in the system's tzdata: no file of that name sets ICAL_FILE_ERROR.
        #expect {
            try ICalZone("Europe/Atlantis", fromYear: 2026)
        } throws: { error in
            guard let error = error as? ICalError else { return false }
            return error.code == .file && error.code.rawValue == 7
                && error.libicalMessage == "FILE: An operation on a file failed. Check errno for more detail."
                && error.message
                    == "libical has no definition of the time zone Europe/Atlantis: FILE: An operation on a file failed. Check errno for more detail."
        }
    }

    @Test func zoneOfAnExportCalendarIsItsVTimezone() throws {
        let zone = try ICalZone(try #require(Zone("America/Guadeloupe")), fromYear: 2026)
        #expect(zone.vtimezoneComponent().serialized().hasPrefix("BEGIN:VTIMEZONE\r\nTZID:America/Guadeloupe\r\n"))
    }

    @Test func bridgeErrorsCarryNoLibicalCode() {
        let error = ICalError("cannot write the calendar")
        #expect(error.code == .none)
        #expect(error.message == "cannot write the calendar")
    }

    @Test func controlCharactersAreStrippedFromTexts() {
        #expect(calendarText("Salle\u{0007} des\tfêtes\r\n") == "Salle des fêtes")
    }
}
