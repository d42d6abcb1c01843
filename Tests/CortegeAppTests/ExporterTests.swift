import CortegeApp
import CortegeCore
import CortegeICal
import Foundation
import Testing

/// The exporter of docs/ical-export.md: the set `--all` writes, the CalDAV folders, updates, UID clashes, the
/// embargo, and a folder left as it was when something fails.
@Suite struct ExporterTests {
    static let afterAnnounce = "2026-12-10T08:00"
    static let beforeAnnounce = "2026-12-01T08:00"

    func exporter(
        _ path: String, _ selection: ExportRequest.Selection, into folder: String, caldav: Bool = false,
        now: String = afterAnnounce, dtstamp: String = "2026-12-01T09:00"
    ) throws -> Exporter {
        let analysis = try Plans.open(path).analysis
        return Exporter(
            analysis: analysis, request: ExportRequest(selection: selection, folder: folder, caldav: caldav),
            now: try Plans.time(now, analysis), dtstamp: try Plans.time(dtstamp, analysis))
    }

    @Test func allWritesEveryAudienceThenOneCalendarPerPerson() throws {
        let folder = try TemporaryFolder()
        let exported = try exporter(Plans.fixture("small-visit"), .all, into: folder.path).export().get()
        #expect(exported.refusals.isEmpty)
        #expect(
            folder.names() == [
                "person-maire-thiers.ics", "person-prefet-63.ics", "press.ics", "principal.ics", "public.ics",
                "security.ics", "staff.ics",
            ])
        #expect(
            exported.calendars.map { Exporter.summary($0, folder: folder.path, language: .en) } == [
                "principal.ics: 3 event(s): 3 new, 0 changed, 0 cancelled, 0 unchanged",
                "staff.ics: 3 event(s): 3 new, 0 changed, 0 cancelled, 0 unchanged",
                "security.ics: 3 event(s): 3 new, 0 changed, 0 cancelled, 0 unchanged",
                "press.ics: 1 event(s): 1 new, 0 changed, 0 cancelled, 0 unchanged",
                "public.ics: 1 event(s): 1 new, 0 changed, 0 cancelled, 0 unchanged",
                "person-maire-thiers.ics: 2 event(s): 2 new, 0 changed, 0 cancelled, 0 unchanged",
                "person-prefet-63.ics: 3 event(s): 3 new, 0 changed, 0 cancelled, 0 unchanged",
            ])
        let staff = try folder.text("staff.ics")
        #expect(staff.contains("UID:reunion.tournee-63@cortege.invalid"))
        #expect(staff.contains("METHOD:PUBLISH"))
    }

    @Test func allCoversThePrincipalTheParticipantsAndTheRidersOfTheSample() throws {
        let analysis = try Plans.open(Plans.sample("971-visite-ministre")).analysis
        let audiences = Exporter.everyAudience(of: analysis)
        #expect(Array(audiences.prefix(5)) == [.principal, .staff, .security, .press, .public])
        let stems = audiences.dropFirst(5).map(Exporter.fileStem).filter { $0.hasPrefix("person-") }
        #expect(stems == stems.sorted())
        #expect(stems.contains("person-ministre-interieur"))
        #expect(stems.contains("person-prefet-971"))
        #expect(stems.count == 21)
        // Then one calendar per escort unit of the plan, by id.
        let units = audiences.dropFirst(5 + 21).map(Exporter.fileStem)
        #expect(units == analysis.plan.escortUnits.keys.sorted().map { "unit-" + $0 })
        #expect(units.count == 4)
    }

    @Test func caldavWritesOneEventPerFileInAFolderPerAudience() throws {
        let folder = try TemporaryFolder()
        let exported = try exporter(
            Plans.fixture("small-visit"), .audience(.person("maire-thiers")), into: folder.path, caldav: true
        ).export().get()
        #expect(folder.names() == ["person-maire-thiers"])
        #expect(
            folder.names("person-maire-thiers") == [
                "accueil.tournee-63@cortege.invalid.ics", "reunion.tournee-63@cortege.invalid.ics",
            ])
        #expect(
            exported.calendars.map { Exporter.summary($0, folder: folder.path, language: .en) } == [
                "person-maire-thiers: 2 event(s): 2 new, 0 changed, 0 cancelled, 0 unchanged"
            ])
        let object = try folder.text("person-maire-thiers/reunion.tournee-63@cortege.invalid.ics")
        #expect(!object.contains("METHOD"))
        #expect(object.components(separatedBy: "BEGIN:VEVENT").count == 2)
    }

    @Test func anUpdateRaisesTheSequenceAndCancelsTheRemovedEvent() throws {
        let folder = try TemporaryFolder()
        _ = try exporter(Plans.fixture("small-visit"), .audience(.staff), into: folder.path).export().get()
        let first = try folder.text("staff.ics")
        let exported = try exporter(
            Plans.fixture("small-visit-changed"), .audience(.staff), into: folder.path, dtstamp: "2026-12-02T09:00"
        ).export().get()
        let changes = try #require(exported.calendars.first?.changes)
        #expect(changes.changed.contains("reunion.tournee-63@cortege.invalid"))
        #expect(changes.cancelled == ["visite.tournee-63@cortege.invalid"])
        #expect(changes.unchanged == ["accueil.tournee-63@cortege.invalid"])
        let second = try folder.text("staff.ics")
        let reunion = try #require(Self.event("reunion.tournee-63@cortege.invalid", in: second))
        #expect(reunion.contains("SEQUENCE:1"))
        #expect(reunion.contains("Réunion avec les élus et les associations"))
        let visite = try #require(Self.event("visite.tournee-63@cortege.invalid", in: second))
        #expect(visite.contains("STATUS:CANCELLED"))
        #expect(
            Self.event("accueil.tournee-63@cortege.invalid", in: second)
                == Self.event(
                    "accueil.tournee-63@cortege.invalid", in: first))
        #expect(folder.names() == ["staff.ics"])
    }

    @Test func anUnchangedExportWritesNothing() throws {
        let folder = try TemporaryFolder()
        let export = try exporter(Plans.fixture("small-visit"), .audience(.staff), into: folder.path)
        _ = try export.export().get()
        let again = try export.render().get()
        #expect(again.calendars.map(\.files) == [[:]])
        #expect(again.calendars.first?.changes.unchanged.count == 3)
    }

    @Test func twoEventsWithOneUIDRefuseTheCalendar() throws {
        let folder = try TemporaryFolder()
        let exported = try exporter(Plans.fixture("uid-clash"), .audience(.staff), into: folder.path).export().get()
        #expect(exported.calendars.isEmpty)
        let clash = try #require(exported.refusals.first)
        #expect(clash.code == .duplicateID)
        #expect(
            clash.message
                == "two events of the calendar would share the UID transfer-accueil-reunion.tournee-63@cortege.invalid")
        #expect(clash.subjects == ["transfer-accueil-reunion"])
        #expect(clash.location?.line == 44)
        #expect(folder.names().isEmpty)
    }

    @Test func theEmbargoRefusesThePressAndWritesNoFile() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/out"
        let exported = try exporter(
            Plans.fixture("small-visit"), .audience(.press), into: output, now: Self.beforeAnnounce
        ).export().get()
        #expect(exported.calendars.isEmpty)
        #expect(exported.refusals.map(\.code) == [.embargo])
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func allBeforeTheAnnounceWritesTheOthersAndRefusesPressAndPublic() throws {
        let folder = try TemporaryFolder()
        let exported = try exporter(Plans.fixture("small-visit"), .all, into: folder.path, now: Self.beforeAnnounce)
            .export().get()
        #expect(exported.refusals.map(\.code) == [.embargo, .embargo])
        #expect(!folder.names().contains("press.ics"))
        #expect(!folder.names().contains("public.ics"))
        #expect(folder.names().contains("staff.ics"))
    }

    @Test func aFileInPlaceOfTheFolderStopsTheExportAndIsLeftAsItWas() throws {
        let folder = try TemporaryFolder()
        let output = folder.path + "/calendars"
        try "not a folder".write(toFile: output, atomically: true, encoding: .utf8)
        let result = try exporter(Plans.fixture("small-visit"), .all, into: output).export()
        #expect(throws: ExportError.outputIsAFile(output)) { try result.get() }
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "not a folder")
        #expect(folder.names() == ["calendars"])
    }

    @Test func theCommandReportsTheSummaryThenTheRefusals() throws {
        let folder = try TemporaryFolder()
        let result = Exporter.run(
            path: Plans.fixture("small-visit"), request: ExportRequest(selection: .all, folder: folder.path),
            now: Self.beforeAnnounce, dtstamp: "2026-12-01T09:00")
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("principal.ics : 3 évènement(s) : 3 nouveau(x)"))
        #expect(result.standardError.contains("erreur[embargo] : "))
        #expect(result.output.last.map { if case .standardError = $0 { true } else { false } } == true)
        let wrong = Exporter.run(
            path: Plans.fixture("small-visit"), request: ExportRequest(selection: .all, folder: folder.path),
            now: "tomorrow", dtstamp: nil)
        #expect(wrong.status == 2)
        #expect(
            wrong.standardError
                == "erreur : --now « tomorrow » n’est pas une date et heure ISO 8601 (par exemple 2026-12-03T18:30)\n")
    }

    @Test func dtstampIsTheRevisionElseTheFileTime() throws {
        let sample = try Plans.open(Plans.sample("971-visite-ministre")).analysis
        #expect(Exporter.dtstamp(of: sample.plan) == (try Plans.time("2026-11-20T17:00", sample)))
        let folder = try TemporaryFolder()
        let copy = folder.path + "/plan.yaml"
        try FileManager.default.copyItem(atPath: Plans.fixture("small-visit"), toPath: copy)
        let time = Date(timeIntervalSince1970: 1_796_000_000)
        try FileManager.default.setAttributes([.modificationDate: time], ofItemAtPath: copy)
        let plan = try Plans.open(copy).plan
        #expect(Exporter.dtstamp(of: plan) == Instant(seconds: 1_796_000_000))
    }

    @Test func atomicWritesLeaveNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        try AtomicFile.write("first", to: folder.path + "/staff.ics")
        try AtomicFile.write("second", to: folder.path + "/staff.ics")
        #expect(folder.names() == ["staff.ics"])
        #expect(try folder.text("staff.ics") == "second")
        #expect(throws: AtomicFile.WriteError.self) { try AtomicFile.write("x", to: folder.path + "/none/staff.ics") }
    }

    /// The lines of the event with `uid`, from BEGIN:VEVENT to END:VEVENT.
    static func event(_ uid: String, in text: String) -> String? {
        text.components(separatedBy: "BEGIN:VEVENT").dropFirst().first { $0.contains("UID:\(uid)\r\n") }
            .map { $0.components(separatedBy: "END:VEVENT")[0] }
    }
}
