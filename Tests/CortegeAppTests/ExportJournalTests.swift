import CortegeApp
import CortegeCore
import CortegeICal
import Foundation
import Testing

/// The export journal of docs/ical-export.md: the history of a visit's exports travels with the plan, not with
/// the output folder.
@Suite struct ExportJournalTests {
    static let now = "2026-12-10T08:00"

    /// Writes `text` as a plan in `folder` and returns its path.
    func plan(_ text: String, in folder: borrowing TemporaryFolder, name: String = "plan.yaml") throws -> String {
        let path = folder.path + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func fixture(_ name: String) throws -> String {
        try String(contentsOfFile: Plans.fixture(name), encoding: .utf8)
    }

    func export(
        _ path: String, _ selection: ExportRequest.Selection, into folder: String, journal: String?,
        caldav: Bool = false, dtstamp: String = "2026-12-01T09:00"
    ) throws -> RenderedExport {
        let analysis = try Plans.open(path).analysis
        let request = ExportRequest(selection: selection, folder: folder, caldav: caldav, journal: journal)
        return try Exporter(
            analysis: analysis, request: request, now: try Plans.time(Self.now, analysis),
            dtstamp: try Plans.time(dtstamp, analysis)
        ).export().get()
    }

    /// The VEVENT of `uid` in `text`, as written.
    func event(_ uid: String, in text: String) -> String? {
        text.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst()
            .map { $0.components(separatedBy: "END:VEVENT\r\n")[0] }
            .first { $0.contains("\r\nUID:\(uid)\r\n") || $0.hasPrefix("UID:\(uid)\r\n") }
    }

    func line(_ name: String, of block: String?) -> String? {
        block?.components(separatedBy: "\r\n").first { $0.hasPrefix(name + ":") }
    }

    let reunion = "reunion.tournee-63@cortege.invalid"
    let accueil = "accueil.tournee-63@cortege.invalid"

    @Test func anExportIntoANewFolderNeverLowersTheSequenceAndEqualContentGivesEqualBytes() throws {
        let folder = try TemporaryFolder()
        let journal = folder.path + "/plan.cortege-journal"
        let first = try plan(fixture("small-visit"), in: folder, name: "first.yaml")
        let second = try plan(fixture("small-visit-changed"), in: folder, name: "second.yaml")
        _ = try export(first, .audience(.staff), into: folder.path + "/a", journal: journal)
        _ = try export(
            second, .audience(.staff), into: folder.path + "/a", journal: journal, dtstamp: "2026-12-02T09:00")
        let fed = try folder.text("a/staff.ics")
        #expect(line("SEQUENCE", of: event(reunion, in: fed)) == "SEQUENCE:1")
        // The feed's folder is lost: a new folder, the same journal.
        _ = try export(
            second, .audience(.staff), into: folder.path + "/b", journal: journal, dtstamp: "2026-12-03T09:00")
        let fresh = try folder.text("b/staff.ics")
        #expect(line("SEQUENCE", of: event(reunion, in: fresh)) == "SEQUENCE:1")
        #expect(event(reunion, in: fresh) == event(reunion, in: fed))
        #expect(event(accueil, in: fresh) == event(accueil, in: fed))
        // Without the journal the history is lost: this is what the journal is for.
        _ = try export(second, .audience(.staff), into: folder.path + "/c", journal: nil, dtstamp: "2026-12-03T09:00")
        #expect(line("SEQUENCE", of: event(reunion, in: try folder.text("c/staff.ics"))) == "SEQUENCE:0")
        // Once more into yet another folder: the same bytes.
        _ = try export(
            second, .audience(.staff), into: folder.path + "/d", journal: journal, dtstamp: "2026-12-04T09:00")
        #expect(try folder.text("d/staff.ics") == fresh)
    }

    @Test func aChangedEventGetsALaterDtstampEvenWithoutANewRevision() throws {
        let folder = try TemporaryFolder()
        let journal = folder.path + "/plan.cortege-journal"
        let first = try plan(fixture("small-visit"), in: folder, name: "first.yaml")
        let second = try plan(fixture("small-visit-changed"), in: folder, name: "second.yaml")
        _ = try export(first, .audience(.staff), into: folder.path + "/out", journal: journal)
        let before = try folder.text("out/staff.ics")
        #expect(line("DTSTAMP", of: event(reunion, in: before)) == "DTSTAMP:20261201T080000Z")
        // The same DTSTAMP asked for (the plan's revision was not moved on).
        _ = try export(second, .audience(.staff), into: folder.path + "/out", journal: journal)
        let after = try folder.text("out/staff.ics")
        #expect(line("DTSTAMP", of: event(reunion, in: after)) == "DTSTAMP:20261201T080001Z")
        #expect(
            line("DTSTAMP", of: event("visite.tournee-63@cortege.invalid", in: after)) == "DTSTAMP:20261201T080001Z")
        #expect(event(accueil, in: after) == event(accueil, in: before))
    }

    @Test(arguments: [false, true])
    func aPersonWhoLeftTheVisitGetsTheirCalendarCancelledOnceThenDropped(caldav: Bool) throws {
        let folder = try TemporaryFolder()
        let journal = folder.path + "/plan.cortege-journal"
        let out = folder.path + "/out"
        let with = try plan(fixture("small-visit"), in: folder, name: "with.yaml")
        let without = try plan(
            fixture("small-visit").replacingOccurrences(of: "[prefet-63, maire-thiers]", with: "[prefet-63]"),
            in: folder, name: "without.yaml")
        _ = try export(with, .all, into: out, journal: journal, caldav: caldav)
        let name = caldav ? "person-maire-thiers" : "person-maire-thiers.ics"
        #expect(folder.names("out").contains(name))

        let left = try export(without, .all, into: out, journal: journal, caldav: caldav)
        let mayor = try #require(left.calendars.first { Exporter.fileStem($0.audience) == "person-maire-thiers" })
        #expect(mayor.changes.cancelled.count == 2)
        #expect(mayor.changes.added.isEmpty && mayor.changes.changed.isEmpty && mayor.changes.unchanged.isEmpty)
        let texts =
            caldav
            ? try folder.names("out/" + name).map { try folder.text("out/\(name)/\($0)") }
            : [try folder.text("out/" + name)]
        let events = texts.flatMap { $0.components(separatedBy: "BEGIN:VEVENT").dropFirst() }
        #expect(events.count == 2)
        #expect(events.allSatisfy { $0.contains("\r\nSTATUS:CANCELLED\r\n") && $0.contains("\r\nSEQUENCE:1\r\n") })

        let after = try export(without, .all, into: out, journal: journal, caldav: caldav)
        #expect(!folder.names("out").contains(name))
        #expect(after.calendars.contains { Exporter.fileStem($0.audience) == "person-maire-thiers" && $0.dropped })
        let again = try export(without, .all, into: out, journal: journal, caldav: caldav)
        #expect(!again.calendars.contains { Exporter.fileStem($0.audience) == "person-maire-thiers" })
        #expect(!folder.names("out").contains(name))
    }

    @Test func cancelledCalDAVObjectsAreRemovedByTheExportAfter() throws {
        let folder = try TemporaryFolder()
        let journal = folder.path + "/plan.cortege-journal"
        let first = try plan(fixture("small-visit"), in: folder, name: "first.yaml")
        let second = try plan(fixture("small-visit-changed"), in: folder, name: "second.yaml")
        let object = "visite.tournee-63@cortege.invalid.ics"
        _ = try export(first, .audience(.staff), into: folder.path + "/dav", journal: journal, caldav: true)
        #expect(folder.names("dav/staff").contains(object))
        let cancelling = try export(
            second, .audience(.staff), into: folder.path + "/dav", journal: journal, caldav: true)
        #expect(cancelling.calendars.first?.changes.cancelled == ["visite.tournee-63@cortege.invalid"])
        #expect(try folder.text("dav/staff/" + object).contains("\r\nSTATUS:CANCELLED\r\n"))
        let next = try export(second, .audience(.staff), into: folder.path + "/dav", journal: journal, caldav: true)
        #expect(next.calendars.first?.removals == [object])
        #expect(!folder.names("dav/staff").contains(object))
        #expect(folder.names("dav/staff").count == 2)
    }

    @Test func theJournalIsWrittenAtomicallyBesideThePlanAndReadBackTheSame() throws {
        let folder = try TemporaryFolder()
        let path = try plan(fixture("small-visit"), in: folder)
        let journal = ExportRequest.journal(besidePlan: path)
        #expect(journal == folder.path + "/plan.cortege-journal")
        _ = try export(path, .all, into: folder.path + "/out", journal: journal)
        let text = try String(contentsOfFile: journal, encoding: .utf8)
        let read = try ExportJournal.read(text)
        #expect(read.visit == "tournee-63")
        #expect(read.calendars.keys.sorted().first == "person-maire-thiers.fr")
        #expect(read.calendars["staff.fr"]?.events.count == 3)
        #expect(read.serialized() == text)
        #expect(!folder.names().contains { $0.hasPrefix(".") })
    }

    @Test func anUnreadableJournalStopsTheExportAndWritesNothing() throws {
        let folder = try TemporaryFolder()
        let path = try plan(fixture("small-visit"), in: folder)
        let journal = folder.path + "/plan.cortege-journal"
        try "not a journal at all".write(toFile: journal, atomically: true, encoding: .utf8)
        let analysis = try Plans.open(path).analysis
        let request = ExportRequest(selection: .all, folder: folder.path + "/out", journal: journal)
        let result = Exporter(
            analysis: analysis, request: request, now: try Plans.time(Self.now, analysis),
            dtstamp: try Plans.time("2026-12-01T09:00", analysis)
        ).export()
        guard case .failure(.badJournal(let where_, _)) = result else {
            Issue.record("expected a journal error, got \(result)")
            return
        }
        #expect(where_ == journal)
        #expect(!FileManager.default.fileExists(atPath: folder.path + "/out"))
    }
}
