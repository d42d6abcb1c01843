import CortegeICal
import Foundation
import Testing

@testable import CortegePublish

/// What one collection needs (docs/publish.md, "Ce qui est envoyé"), case by case.
@Suite struct PublishPlanTests {
    func wanted(_ uid: String, _ digest: String) -> PublishPlan.Wanted {
        PublishPlan.Wanted(uid: uid, href: "/c/\(uid).ics", text: "text \(digest)", digest: digest)
    }

    func record(_ uid: String, etag: String?, digest: String, cancelled: Bool = false) -> ExportJournal.ServerObject {
        ExportJournal.ServerObject(href: "/c/\(uid).ics", etag: etag, digest: digest, cancelled: cancelled)
    }

    @Test func newObjectsAreCreatedAndUnchangedOnesAreNotSent() {
        let plan = PublishPlan(
            active: ["a": wanted("a", "1"), "b": wanted("b", "2")], cancelled: [:],
            recorded: ["a": record("a", etag: "\"e1\"", digest: "1")], listing: ["/c/a.ics": "\"e1\""])
        #expect(plan.steps == [.create(wanted("b", "2"))])
        #expect(plan.unchanged == ["a"])
    }

    @Test func aChangedObjectIsSentWithIfMatchOfTheServersETag() {
        let plan = PublishPlan(
            active: ["a": wanted("a", "2")], cancelled: [:],
            recorded: ["a": record("a", etag: "\"e1\"", digest: "1")], listing: ["/c/a.ics": "\"e1\""])
        #expect(plan.steps == [.update(wanted("a", "2"), ifMatch: "\"e1\"")])
    }

    @Test func anObjectTheJournalDoesNotKnowOnTheServerIsReadFirst() {
        // Sent by a run stopped before its journal, or edited on the server: compared before anything is sent.
        let edited = PublishPlan(
            active: ["a": wanted("a", "1")], cancelled: [:],
            recorded: ["a": record("a", etag: "\"e1\"", digest: "1")], listing: ["/c/a.ics": "\"e2\""])
        #expect(
            edited.steps == [
                .verify(wanted("a", "1"), serverETag: "\"e2\"", recorded: record("a", etag: "\"e1\"", digest: "1"))
            ])
        let unknown = PublishPlan(
            active: ["a": wanted("a", "1")], cancelled: [:], recorded: [:], listing: ["/c/a.ics": "\"e2\""])
        #expect(unknown.steps == [.verify(wanted("a", "1"), serverETag: "\"e2\"", recorded: nil)])
    }

    @Test func aRemovedEventIsSentCancelledThenDeleted() {
        let cancelled = wanted("a", "c")
        let first = PublishPlan(
            active: [:], cancelled: ["a": cancelled], recorded: ["a": record("a", etag: "\"e1\"", digest: "1")],
            listing: ["/c/a.ics": "\"e1\""])
        #expect(first.steps == [.cancel(cancelled, ifMatch: "\"e1\"")])
        let next = PublishPlan(
            active: [:], cancelled: [:], recorded: ["a": record("a", etag: "\"e2\"", digest: "c", cancelled: true)],
            listing: ["/c/a.ics": "\"e2\""])
        #expect(next.steps == [.delete(uid: "a", href: "/c/a.ics", ifMatch: "\"e2\"")])
    }

    @Test func anObjectGoneFromTheServerIsSentAgainOrForgotten() {
        let plan = PublishPlan(
            active: ["a": wanted("a", "1")], cancelled: [:],
            recorded: ["a": record("a", etag: "\"e1\"", digest: "1"), "b": record("b", etag: "\"e9\"", digest: "9")],
            listing: [:])
        #expect(plan.steps == [.create(wanted("a", "1"))])
        #expect(plan.forgotten == ["b"])
    }
}

/// The multistatus answers of the servers, read with XMLParser.
@Suite struct DAVXMLTests {
    @Test func aSyncCollectionAnswerGivesETagsRemovedMembersAndTheNewToken() throws {
        let xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <multistatus xmlns="DAV:">
              <response><href>/cabinet/v-staff/a%40x.ics</href>
                <propstat><prop><getetag>"e1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat>
              </response>
              <response><href>http://127.0.0.1:5232/cabinet/v-staff/b.ics</href>
                <status>HTTP/1.1 404 Not Found</status></response>
              <sync-token>http://radicale.org/ns/sync/abc</sync-token>
            </multistatus>
            """
        let ms = try DAV.multistatus(Data(xml.utf8))
        #expect(ms.responses.map(\.href) == ["/cabinet/v-staff/a@x.ics", "/cabinet/v-staff/b.ics"])
        #expect(ms.responses[0].etag == "\"e1\"")
        #expect(ms.responses[1].status == 404)
        #expect(ms.syncToken == "http://radicale.org/ns/sync/abc")
    }

    @Test func principalHomeAndReportSetAreRead() throws {
        let xml = """
            <d:multistatus xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:response><d:href>/u/</d:href>
            <d:propstat><d:prop><d:current-user-principal><d:href>/principals/u/</d:href></d:current-user-principal>
            <c:calendar-home-set><d:href>https://h/remote.php/dav/calendars/u/</d:href></c:calendar-home-set>
            <d:resourcetype><d:collection/><c:calendar/></d:resourcetype>
            <d:supported-report-set><d:supported-report><d:report><d:sync-collection/></d:report></d:supported-report>
            </d:supported-report-set></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
            <d:propstat><d:prop><d:sync-token/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
            </d:response></d:multistatus>
            """
        let response = try #require(try DAV.multistatus(Data(xml.utf8)).responses.first)
        #expect(DAV.hrefProperty(response, DAV.dav, "current-user-principal") == "/principals/u/")
        #expect(DAV.hrefProperty(response, DAV.caldav, "calendar-home-set") == "/remote.php/dav/calendars/u/")
        #expect(DAV.isCalendar(response))
        #expect(DAV.offersSync(response))
        #expect(response.property(DAV.dav, "sync-token") == nil)
    }

    @Test func notXMLIsAnError() {
        #expect(throws: DAV.BadXML.self) { try DAV.multistatus(Data("<html><p>Login".utf8)) }
    }

    @Test func requestBodiesEscapeTheirText() {
        let body = DAV.makeCalendar(name: "A & B <C>", description: "d", timezone: "BEGIN:VCALENDAR")
        #expect(body.contains("<d:displayname>A &amp; B &lt;C&gt;</d:displayname>"))
    }

    @Test func slugsKeepLettersDigitsAndDashes() {
        #expect(Publisher.slug("mi-971-2026-12-04") == "mi-971-2026-12-04")
        #expect(Publisher.slug("Préfet 63/Ambert") == "pr-fet-63-ambert")
    }
}

/// The server records travel in the export journal and read back the same (docs/publish.md, "Le journal").
@Suite struct PublishJournalTests {
    @Test func serverRecordsReadBackFromTheJournal() throws {
        var journal = ExportJournal(visit: "v")
        var calendar = ExportJournal.Calendar(name: "Visite — cabinet")
        calendar.servers["https://h/remote.php/dav/"] = ExportJournal.ServerRecord(
            collection: "/remote.php/dav/calendars/u/v-staff/", syncToken: "http://s/ns/sync/1 2",
            objects: [
                "a@x": ExportJournal.ServerObject(
                    href: "/remote.php/dav/calendars/u/v-staff/a@x.ics", etag: "W/\"1; 2\"", digest: "ab"),
                "b@x": ExportJournal.ServerObject(
                    href: "/remote.php/dav/calendars/u/v-staff/b@x.ics", etag: nil, digest: "cd", cancelled: true),
            ])
        journal.calendars["staff.fr"] = calendar
        let text = journal.serialized()
        #expect(text.contains("X-CORTEGE-DAV-OBJECT"))
        let read = try ExportJournal.read(text)
        #expect(read == journal)
    }
}
