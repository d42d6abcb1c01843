import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

@Suite struct CalendarWriterTests {
    let visit = "mi-63-2026-03-29"
    let domain = "puy-de-dome.gouv.fr"

    func event(_ id: String, _ start: Instant, minutes: Int = 60, summary: String? = nil) -> ExportEvent {
        ExportEvent(
            uid: ExportEvent.uid(item: id, visit: visit, domain: domain), start: start,
            end: start.adding(minutes: minutes), summary: summary ?? "Séquence \(id)", location: "Préfecture",
            categories: ["Accueil"], relatedTo: ExportEvent.uid(item: "visit", visit: visit, domain: domain))
    }

    func calendar(_ events: [ExportEvent], zone: Zone = paris) -> ExportCalendar {
        ExportCalendar(name: "Visite — cabinet", zone: zone, events: events)
    }

    let stamp = utc(2026, 3, 1, 12, 0)

    /// The VEVENT blocks of a text, by UID.
    func blocks(_ text: String) -> [String: String] {
        var result: [String: String] = [:]
        for part in text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst() {
            let body = part.components(separatedBy: "END:VEVENT\r\n")[0]
            let uid = body.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") }.map {
                String($0.dropFirst(4))
            }
            if let uid { result[uid] = body }
        }
        return result
    }

    @Test func calendarCarriesTheProfileOfSpec8() throws {
        let text = try CalendarWriter(dtstamp: stamp).render(
            calendar([event("accueil", utc(2026, 3, 29, 7, 0)), event("discours", utc(2026, 3, 29, 9, 0))]),
            previous: nil
        ).text
        for line in [
            "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "NAME:Visite — cabinet",
            "X-WR-CALNAME;VALUE=TEXT:Visite — cabinet", "REFRESH-INTERVAL;VALUE=DURATION:PT1H", "X-PUBLISHED-TTL:PT1H",
            "TZID:Europe/Paris", "UID:accueil.mi-63-2026-03-29@puy-de-dome.gouv.fr",
            "RELATED-TO:visit.mi-63-2026-03-29@puy-de-dome.gouv.fr", "DTSTAMP:20260301T120000Z", "SEQUENCE:0",
        ] {
            #expect(text.contains("\r\n" + line + "\r\n"), "missing \(line)")
        }
        #expect(!text.contains("freeassociation"))
        #expect(text.components(separatedBy: "BEGIN:VTIMEZONE").count == 2)
    }

    /// A subscribed feed with one event, or none yet (a press view with every item closed), keeps its name and
    /// refresh interval.
    @Test func calendarOfOneOrNoEventKeepsItsNameAndRefreshInterval() throws {
        for events in [[event("a", utc(2026, 3, 29, 7, 0))], []] {
            let text = try CalendarWriter(dtstamp: stamp).render(calendar(events), previous: nil).text
            #expect(text.contains("\r\nNAME:Visite — cabinet\r\n"))
            #expect(text.contains("\r\nX-WR-CALNAME;VALUE=TEXT:Visite — cabinet\r\n"))
            #expect(text.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n"))
            #expect(text.contains("\r\nX-PUBLISHED-TTL:PT1H\r\n"))
        }
    }

    /// Commas, semicolons and backslashes of the calendar's name are escaped in X-WR-CALNAME as in NAME (TEXT,
    /// RFC 5545 §3.3.11): a reader that splits on commas does not cut the name.
    @Test func calendarNameIsEscapedInXWRCalname() throws {
        var cal = calendar([event("a", utc(2026, 3, 29, 7, 0))])
        cal.name = "Tournée de Thiers, Ambert; Issoire \\ cabinet"
        let text = try CalendarWriter(dtstamp: stamp).render(cal, previous: nil).text
        #expect(text.contains("\r\nNAME:Tournée de Thiers\\, Ambert\\; Issoire \\\\ cabinet\r\n"))
        #expect(text.contains("\r\nX-WR-CALNAME;VALUE=TEXT:Tournée de Thiers\\, Ambert\\; Issoire \\\\ cabinet\r\n"))
    }

    @Test func eventOnTheParisDSTChangeDayKeepsItsWallTimeAndInstant() throws {
        // 29 March 2026: 02:00 becomes 03:00 in Paris. 07:30Z is 09:30 summer time.
        let text = try CalendarWriter(dtstamp: stamp).render(
            calendar([event("a", utc(2026, 3, 29, 7, 30))]),
            previous: nil
        ).text
        #expect(text.contains("DTSTART;TZID=Europe/Paris:20260329T093000\r\n"))
        #expect(text.contains("DTEND;TZID=Europe/Paris:20260329T103000\r\n"))
        let back = AgendaReader(from: utc(2026, 3, 28), to: utc(2026, 3, 31), floatingZone: Zone.utc)
            .read(text: text, file: "x.ics", person: "p")
        #expect(back.entries.map(\.start) == [utc(2026, 3, 29, 7, 30)])
    }

    @Test func guadeloupeVisitCarriesAmericaGuadeloupe() throws {
        let guadeloupe = try #require(Zone("America/Guadeloupe"))
        let text = try CalendarWriter(dtstamp: stamp).render(
            calendar([event("a", utc(2026, 12, 4, 13, 10))], zone: guadeloupe), previous: nil
        ).text
        #expect(text.contains("\r\nTZID:America/Guadeloupe\r\n"))
        #expect(text.contains("DTSTART;TZID=America/Guadeloupe:20261204T091000\r\n"))
        #expect(text.contains("TZOFFSETTO:-0400"))
    }

    @Test func personItemsCarryAThirtyMinuteDisplayAlarm() throws {
        var e = event("a", utc(2026, 3, 29, 7, 0))
        e.alarmMinutesBefore = 30
        let text = try CalendarWriter(dtstamp: stamp).render(calendar([e]), previous: nil).text
        #expect(
            text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT30M\r\nDESCRIPTION:Séquence a\r\nEND:VALARM"))
    }

    @Test func categoriesAreOnePropertyEachAndEmptyTextsAreOmitted() throws {
        var e = event("a", utc(2026, 3, 29, 7, 0))
        e.categories = ["Accueil", "Presse, pool"]
        e.description = " \u{0001} "
        e.location = ""
        let text = try CalendarWriter(dtstamp: stamp).render(calendar([e]), previous: nil).text
        #expect(text.contains("\r\nCATEGORIES:Accueil\r\nCATEGORIES:Presse  pool\r\n"))
        #expect(!text.contains("DESCRIPTION"))
        #expect(!text.contains("LOCATION"))
    }

    @Test func linesAreFoldedAt75OctetsWithoutSplittingUTF8() throws {
        var e = event(
            "a", utc(2026, 3, 29, 7, 0), summary: String(repeating: "Cérémonie à l'Hôtel de préfecture — ", count: 8))
        e.description = String(repeating: "é", count: 300)
        let text = try CalendarWriter(dtstamp: stamp).render(calendar([e]), previous: nil).text
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
            #expect(String(validatingUTF8: Array(line.utf8CString)) != nil)
            #expect(String(bytes: Array(line.utf8), encoding: .utf8) == line)
        }
        let parsed = try #require(ICalComponent.parse(text))
        #expect(parsed.errorCount == 0)
    }

    @Test func exportIsDeterministic() throws {
        let cal = calendar([event("a", utc(2026, 3, 29, 7, 0)), event("b", utc(2026, 3, 29, 9, 0))])
        let one = try CalendarWriter(dtstamp: stamp).render(cal, previous: nil).text
        let two = try CalendarWriter(dtstamp: stamp).render(cal, previous: nil).text
        #expect(one == two)
    }

    @Test func updateBumpsOneSequenceCancelsOneAndKeepsTheOthersBytes() throws {
        let first = calendar([
            event("accueil", utc(2026, 3, 29, 7, 0)), event("discours", utc(2026, 3, 29, 9, 0)),
            event("gerbe", utc(2026, 3, 29, 10, 0)), event("dejeuner", utc(2026, 3, 29, 11, 0)),
        ])
        let before = try CalendarWriter(dtstamp: stamp).render(first, previous: nil).text
        var second = first
        second.events[1].start = utc(2026, 3, 29, 9, 15)
        second.events[1].end = utc(2026, 3, 29, 10, 0)
        second.events.remove(at: 2)
        let later = utc(2026, 3, 10, 8, 0)
        let (after, changes) = try CalendarWriter(dtstamp: later).render(second, previous: before)
        let old = blocks(before)
        let new = blocks(after)
        let uid = { (id: String) in ExportEvent.uid(item: id, visit: visit, domain: domain) }
        #expect(changes.changed == [uid("discours")])
        #expect(changes.cancelled == [uid("gerbe")])
        #expect(changes.unchanged.sorted() == [uid("accueil"), uid("dejeuner")])
        #expect(new[uid("accueil")] == old[uid("accueil")])
        #expect(new[uid("dejeuner")] == old[uid("dejeuner")])
        #expect(new[uid("discours")]?.contains("SEQUENCE:1\r\n") == true)
        #expect(new[uid("discours")]?.contains("DTSTAMP:20260310T080000Z\r\n") == true)
        #expect(new[uid("gerbe")]?.contains("STATUS:CANCELLED\r\n") == true)
        #expect(new[uid("gerbe")]?.contains("SEQUENCE:1\r\n") == true)
        #expect(after.components(separatedBy: "SEQUENCE:1\r\n").count == 3)
        #expect(after.components(separatedBy: "STATUS:CANCELLED").count == 2)

        // A third export with nothing changed: the cancelled item is gone, the rest byte-identical.
        let (third, _) = try CalendarWriter(dtstamp: utc(2026, 3, 20)).render(second, previous: after)
        #expect(blocks(third).count == 3)
        #expect(blocks(third)[uid("discours")] == new[uid("discours")])
    }

    @Test func caldavProfileWritesOneEventPerFileWithoutMethod() throws {
        let cal = calendar([event("a", utc(2026, 3, 29, 7, 0)), event("b", utc(2026, 3, 29, 9, 0))])
        let (files, _) = try CalendarWriter(dtstamp: stamp).renderCalDAV(cal, previous: [])
        #expect(
            files.keys.sorted() == [
                "a.mi-63-2026-03-29@puy-de-dome.gouv.fr.ics",
                "b.mi-63-2026-03-29@puy-de-dome.gouv.fr.ics",
            ])
        for text in files.values {
            #expect(!text.contains("METHOD"))
            #expect(!text.contains("\r\nNAME:"))
            #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(text.contains("BEGIN:VTIMEZONE"))
        }
    }
}
