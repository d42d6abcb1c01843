import CortegeApp
import CortegeCore
import Foundation
import Testing

/// `--all` writes the set aside and switches it in at once; what an interrupted run left is cleaned by the next
/// (docs/ical-export.md, "Interrupted exports").
@Suite struct InterruptedExportTests {
    func exportAll(into folder: String) throws -> Result<RenderedExport, ExportError> {
        let analysis = try Plans.open(Plans.fixture("small-visit")).analysis
        return Exporter(
            analysis: analysis, request: ExportRequest(selection: .all, folder: folder),
            now: try Plans.time("2026-12-10T08:00", analysis), dtstamp: try Plans.time("2026-12-01T09:00", analysis)
        ).export()
    }

    /// The pid of a process that has ended.
    func deadPID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func leftoversOfAnInterruptedExportAreCleanedByTheNext() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/out"
        _ = try exportAll(into: out).get()
        let complete = folder.names("out")
        let dead = try deadPID()
        let fm = FileManager.default
        // What a run killed while writing leaves: its temporary files, Foundation's, its half-built version.
        fm.createFile(atPath: out + "/.staff.ics.tmp-\(dead)", contents: Data("BEGIN:VCAL".utf8))
        fm.createFile(atPath: out + "/.dat.nosync12ab.XyZ", contents: Data("old".utf8))
        try fm.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: out + "/.dat.nosync12ab.XyZ")
        try fm.createDirectory(atPath: folder.path + "/.out.cortege-new-\(dead)", withIntermediateDirectories: true)
        fm.createFile(atPath: folder.path + "/.out.cortege-new-\(dead)/staff.ics", contents: Data("half".utf8))
        try fm.createDirectory(atPath: folder.path + "/.out.cortege-old-\(dead)", withIntermediateDirectories: true)

        _ = try exportAll(into: out).get()
        #expect(folder.names() == ["out"])
        #expect(folder.names("out") == complete)
        #expect(!folder.names("out").contains { $0.hasPrefix(".") })
    }

    @Test func aFolderMissingAfterAnInterruptedSwitchGetsItsCompleteVersionBack() throws {
        let folder = try TemporaryFolder()
        let out = folder.path + "/out"
        _ = try exportAll(into: out).get()
        let staff = try folder.text("out/staff.ics")
        let dead = try deadPID()
        // Killed between the two renames of a switch without exchange: the complete version waits beside.
        #expect(rename(out, folder.path + "/.out.cortege-ready-\(dead)") == 0)
        let again = try exportAll(into: out).get()
        #expect(folder.names() == ["out"])
        #expect(try folder.text("out/staff.ics") == staff)
        #expect(again.calendars.allSatisfy { $0.changes.added.isEmpty && $0.changes.changed.isEmpty })
    }

    @Test func allRefusesAFolderThatHoldsMoreThanCalendars() throws {
        let folder = try TemporaryFolder()
        FileManager.default.createFile(atPath: folder.path + "/notes.txt", contents: Data("mine".utf8))
        let result = try exportAll(into: folder.path)
        guard case .failure(.notACalendarFolder(_, let entry)) = result else {
            Issue.record("expected a refusal, got \(result)")
            return
        }
        #expect(entry == "notes.txt")
        #expect(folder.names() == ["notes.txt"])
    }
}
