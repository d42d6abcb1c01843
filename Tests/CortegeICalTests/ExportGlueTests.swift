import CortegeCore
import CortegePlan
import Foundation
import Testing

@testable import CortegeICal

/// The mapping from an audience view to an `ExportCalendar` (docs/ical-export.md), on a small plan: a public
/// welcome with notes, a confidential meeting, an escorted transfer and a pool speech, 10 June 2026 in Paris.
@Suite struct ExportGlueTests {
    let domain = "puy-de-dome.gouv.fr"
    let afterAnnounce = utc(2026, 6, 9, 12, 0)

    func analysis() throws -> Analysis {
        let loaded = fixtures.load("glue-plan.yaml")
        let plan = try #require(loaded.plan, "the fixture loads: \(loaded.findings)")
        return Analysis(plan: plan)
    }

    func calendar(_ audience: Audience, _ language: Language = .fr) throws -> ExportCalendar {
        let view = try analysis().view(for: audience, now: afterAnnounce).get()
        return ExportCalendar(view: view, language: language)
    }

    func event(_ calendar: ExportCalendar, _ id: String) throws -> ExportEvent {
        try #require(calendar.events.first { $0.uid == "\(id).v-63@\(domain)" }, "no event \(id)")
    }

    @Test func itemCarriesEveryFieldOfTheTable() throws {
        let cal = try calendar(.principal)
        let e = try event(cal, "accueil")
        #expect(e.start == utc(2026, 6, 10, 7, 0))
        #expect(e.end == utc(2026, 6, 10, 7, 30))
        #expect(e.summary == "Accueil en préfecture")
        #expect(e.location == "Préfecture, 18 boulevard Desaix")
        #expect(e.geo == GeoPoint(latitude: 45.7772, longitude: 3.0870))
        #expect(e.categories == ["Accueil"])
        #expect(e.classification == .publicItem)
        #expect(e.status == .confirmed)
        #expect(e.description == "Entrée par la cour\nPresse : ouverte\nMise en place de la presse à 08:45")
        #expect(e.organizer?.uri == "mailto:cab@puy-de-dome.gouv.fr")
        #expect(e.organizer?.name == "Cabinet")
        #expect(e.relatedTo == nil)
        #expect(e.alarmMinutesBefore == nil)
        #expect(cal.zone == paris)
        #expect(cal.name == "Visite de test — autorité")
        // A venue without an address is its name alone.
        #expect(try event(cal, "discours").location == "Hôtel de ville")
    }

    /// Only items, busy blocks and transfers are events: the visit has no event spanning the view (which would
    /// be busy time over the gaps and nights, and a different span under one UID in each calendar).
    @Test func onlyItemsAndTransfersAreEventsTheVisitHasNoSpanEvent() throws {
        for audience in [Audience.principal, .staff, .security, .press, .public, .person("maire")] {
            let cal = try calendar(audience)
            #expect(!cal.events.contains { $0.uid.hasPrefix("visit.") }, "\(audience)")
            #expect(!cal.events.contains { $0.summary == "Visite de test" }, "\(audience)")
        }
        let cal = try calendar(.principal)
        #expect(cal.events.count == 4, "three items, one transfer")
        let transfer = try event(cal, "transfer-reunion-secrete-discours")
        #expect(transfer.summary == "Trajet vers l'hôtel de ville")
        #expect(transfer.start == utc(2026, 6, 10, 8, 15))
        #expect(transfer.relatedTo == nil)
        #expect(transfer.location == nil && transfer.description == nil)
    }

    /// RFC 5546 §3.2.1: every VEVENT of a published calendar names the organizer, transfers and busy blocks too.
    @Test func everyEventNamesTheOrganizer() throws {
        for audience in [Audience.principal, .staff, .security, .press, .public, .person("maire")] {
            let cal = try calendar(audience)
            #expect(!cal.events.isEmpty)
            for e in cal.events {
                #expect(e.organizer?.uri == "mailto:cab@puy-de-dome.gouv.fr", "\(audience) \(e.uid)")
                #expect(e.organizer?.name == "Cabinet", "\(audience) \(e.uid)")
            }
        }
    }

    @Test func staffSeeConfidentialItemsAsBusyBlocksOnly() throws {
        let cal = try calendar(.staff)
        let busy = cal.events.filter { $0.summary == "Occupé" }
        #expect(busy.count == 1)
        let block = try #require(busy.first)
        #expect(block.classification == .confidential)
        #expect(block.start == utc(2026, 6, 10, 7, 30) && block.end == utc(2026, 6, 10, 8, 15))
        #expect(block.location == nil && block.geo == nil && block.description == nil)
        #expect(block.categories.isEmpty && block.relatedTo == nil)
        #expect(block.organizer?.uri == "mailto:cab@puy-de-dome.gouv.fr")
        #expect(!block.uid.contains("reunion"))
        // The transfer out of the confidential item is not in the staff view either.
        #expect(!cal.events.contains { $0.uid.hasPrefix("transfer-") })
        #expect(!"\(cal)".contains("secrète"))
    }

    @Test func pressCalendarHoldsNoNotesNoConfidentialItemNoTransfer() throws {
        let cal = try calendar(.press)
        let uids = Set(cal.events.map(\.uid))
        #expect(uids == ["accueil.v-63@\(domain)", "discours.v-63@\(domain)"])
        let text = "\(cal)"
        for secret in ["Entrée par la cour", "secrète", "motards", "+33", "Clermont-Ferrand"] {
            #expect(!text.contains(secret), "leak of \(secret)")
        }
        #expect(try event(cal, "discours").description == "Presse : pool\nMise en place de la presse à 10:10")
        #expect(cal.name == "Visite de test — presse")
    }

    @Test func publicCalendarHasNoPositioningTime() throws {
        let cal = try calendar(.public)
        #expect(Set(cal.events.map(\.uid)) == ["accueil.v-63@\(domain)"])
        #expect(try event(cal, "accueil").description == "Presse : ouverte")
    }

    @Test func personCalendarHasAlarmsOnItemsAndIsNamedAfterThePerson() throws {
        let cal = try calendar(.person("maire"))
        #expect(cal.name == "Visite de test — Marc Maire")
        #expect(try event(cal, "accueil").alarmMinutesBefore == 30)
        #expect(try event(cal, "discours").alarmMinutesBefore == 30)
        #expect(try event(cal, "transfer-reunion-secrete-discours").alarmMinutesBefore == nil)
        #expect(!cal.events.contains { $0.uid.hasPrefix("reunion-secrete.") })
    }

    @Test func englishTexts() throws {
        let cal = try calendar(.principal, .en)
        let e = try event(cal, "discours")
        #expect(e.categories == ["Speech"])
        #expect(e.description == "Press: pool\nPress in place by 10:10")
        #expect(try event(cal, "transfer-reunion-secrete-discours").summary == "Transfer to Hôtel de ville")
        #expect(cal.name == "Visite de test — principal")
    }

    /// Without an organizer e-mail, every event names the fallback organizer `organizer@cortege.invalid`.
    @Test func tentativeVisitAndNoOrganizerEmailNameTheFallbackOrganizer() throws {
        var plan = try analysis().plan
        plan.visit.status = .tentative
        plan.visit.organizer = Organizer(name: "Cabinet", email: nil)
        let view = try Analysis(plan: plan).view(for: .principal, now: afterAnnounce).get()
        let cal = ExportCalendar(view: view)
        #expect(cal.events.allSatisfy { $0.uid.hasSuffix("@cortege.invalid") })
        #expect(!cal.events.isEmpty)
        #expect(cal.events.allSatisfy { $0.status == .tentative })
        #expect(cal.events.allSatisfy { $0.organizer?.uri == "mailto:organizer@cortege.invalid" })
        #expect(cal.events.allSatisfy { $0.organizer?.name == "Cabinet" })
    }

    @Test func emptyViewGivesNoEvent() throws {
        var plan = try analysis().plan
        plan.visit.announce = LocalDateTime(iso: "2026-06-10T23:00")
        let view = try Analysis(plan: plan).view(for: .press, now: utc(2026, 6, 11)).get()
        #expect(ExportCalendar(view: view).events.isEmpty)
    }

    @Test func gluedCalendarGoesThroughLibical() throws {
        let text = try CalendarWriter(dtstamp: utc(2026, 6, 1, 7, 0)).render(try calendar(.security), previous: nil)
            .text
        #expect(text.contains("\r\nLOCATION:Préfecture\\, 18 boulevard Desaix\r\n"))
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20260610T090000\r\n"))
        #expect(text.contains("\r\nORGANIZER;CN=Cabinet:mailto:cab@puy-de-dome.gouv.fr\r\n"))
        // The items and transfers, and the escort's duty spans once, as an event of their own.
        #expect(text.components(separatedBy: "BEGIN:VEVENT").count == 6)
        #expect(text.contains("\r\nUID:escort-duties."))
    }

    /// Outlook and Google hide the details of a shared calendar's event for CLASS:PRIVATE only: a confidential
    /// item is PRIVATE in the principal's, security's and a person's calendars.
    @Test func confidentialItemsArePrivateInEveryCalendarThatHoldsThem() throws {
        for audience in [Audience.principal, .security, .person("prefet")] {
            let cal = try calendar(audience)
            let secret = try event(cal, "reunion-secrete")
            #expect(secret.classification == .confidential)
            let text = try CalendarWriter(dtstamp: utc(2026, 6, 1, 7, 0)).render(cal, previous: nil).text
            let block = try #require(
                text.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("UID:reunion-secrete.") })
            #expect(block.contains("\r\nCLASS:PRIVATE\r\n"), "\(audience)")
            #expect(!text.contains("CLASS:CONFIDENTIAL"), "\(audience)")
        }
    }
}

@Suite struct PreviousScopeTests {
    @Test func previousEventsOfAnotherVisitAreNotCarriedOver() throws {
        let start = utc(2026, 6, 10, 7, 0)
        let mine = ExportEvent(uid: "a.v-1@d", start: start, end: start.adding(minutes: 30), summary: "A")
        let other = ExportEvent(uid: "b.v-2@d", start: start, end: start.adding(minutes: 30), summary: "B")
        let writer = CalendarWriter(dtstamp: utc(2026, 6, 1), previousUIDSuffix: ".v-1@d")
        let before = try CalendarWriter(dtstamp: utc(2026, 6, 1)).render(
            ExportCalendar(name: "x", zone: paris, events: [other]), previous: nil
        ).text
        let (text, changes) = try writer.render(
            ExportCalendar(name: "x", zone: paris, events: [mine]), previous: before)
        #expect(changes.cancelled.isEmpty)
        #expect(changes.added == ["a.v-1@d"])
        #expect(!text.contains("b.v-2@d"))
        // Without the scope, the other visit's event is cancelled into this file (the writer's default).
        let merged = try CalendarWriter(dtstamp: utc(2026, 6, 1)).render(
            ExportCalendar(name: "x", zone: paris, events: [mine]), previous: before)
        #expect(merged.changes.cancelled == ["b.v-2@d"])
    }
}

@Suite struct RepeatedHourTests {
    /// 25 October 2026 in Paris: 03:00 CEST becomes 02:00 CET, so 02:00-03:00 happens twice. 01:00Z is 02:00 on
    /// the second pass; a TZID time 02:00 would be read as 00:00Z (the first pass).
    @Test func secondReadingOfARepeatedHourIsWrittenInUTC() throws {
        let start = utc(2026, 10, 24, 23, 30)  // 01:30 CEST
        let event = ExportEvent(uid: "nuit.v@d", start: start, end: utc(2026, 10, 25, 1, 0), summary: "Nuit")
        let text = try CalendarWriter(dtstamp: utc(2026, 10, 1)).render(
            ExportCalendar(name: "x", zone: paris, events: [event]), previous: nil
        ).text
        #expect(text.contains("\r\nDTSTART;TZID=Europe/Paris:20261025T013000\r\n"))
        #expect(text.contains("\r\nDTEND:20261025T010000Z\r\n"))
        // The first pass of the same wall time keeps its TZID.
        let first = ExportEvent(
            uid: "a.v@d", start: utc(2026, 10, 25, 0, 0), end: utc(2026, 10, 25, 0, 30),
            summary: "A")
        let firstText = try CalendarWriter(dtstamp: utc(2026, 10, 1)).render(
            ExportCalendar(name: "x", zone: paris, events: [first]), previous: nil
        ).text
        #expect(firstText.contains("\r\nDTSTART;TZID=Europe/Paris:20261025T020000\r\n"))
        let back = AgendaReader(from: utc(2026, 10, 24), to: utc(2026, 10, 26), floatingZone: Zone.utc)
            .read(text: text, file: "x.ics", person: "p")
        #expect(back.entries.map(\.start) == [start])
        #expect(back.entries.map(\.end) == [utc(2026, 10, 25, 1, 0)])
    }
}

extension ExportGlueTests {
    @Test func cancelledVisitCancelsEveryEvent() throws {
        var a = try analysis()
        a.plan.visit.status = .cancelled
        let view = try a.view(for: .staff, now: afterAnnounce).get()
        let cal = ExportCalendar(view: view, language: .fr)
        #expect(!cal.events.isEmpty)
        #expect(cal.events.allSatisfy { $0.status == .cancelled })
        let text = try CalendarWriter(dtstamp: afterAnnounce).render(cal, previous: nil).text
        #expect(text.contains("STATUS:CANCELLED"))
        #expect(!text.contains("STATUS:CONFIRMED"))
    }
}

extension ExportGlueTests {
    @Test func attendeesCarryTheirAddressOnlyWhereContactDetailsAreShown() throws {
        let principal = try calendar(.principal)
        let accueil = try event(principal, "accueil")
        #expect(accueil.attendees.contains { $0.uri == "mailto:anne.prefete@puy-de-dome.gouv.fr" && $0.role == .chair })
        for audience: Audience in [.press, .public, .staff] {
            let text = try CalendarWriter(dtstamp: afterAnnounce).render(try calendar(audience), previous: nil).text
            #expect(!text.contains("ATTENDEE"), "\(audience)")
            #expect(!text.contains("@puy-de-dome.gouv.fr:") && !text.contains("anne.prefete"), "\(audience)")
        }
    }
}
