import CortegeApp
import CortegeCore
import CortegeICal
import Foundation
import Testing

/// Every calendar Cortège exports passes libical's `icalrestriction_check` (RFC 5545 and RFC 5546 property
/// counts, ORGANIZER under `METHOD:PUBLISH` included), and the organizer fallback is reported at its line
/// (docs/ical-export.md).
@Suite struct ExportConformanceTests {
    static let samples = ["55-agenda-president", "63-tournee-prefet", "77-seveso-tour", "971-visite-ministre"]

    func export(_ path: String, into folder: String, caldav: Bool) throws -> RenderedExport {
        let analysis = try Plans.open(path).analysis
        return try Exporter(
            analysis: analysis, request: ExportRequest(selection: .all, folder: folder, caldav: caldav),
            now: try Plans.time("2030-01-01T00:00", analysis), dtstamp: try Plans.time("2026-11-01T12:00", analysis)
        ).export().get()
    }

    /// The `.ics` files under `folder`, recursively.
    func calendars(in folder: String) -> [String] {
        let names = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []
        return names.filter { $0.hasSuffix(".ics") }.sorted().map { folder + "/" + $0 }
    }

    @Test(arguments: samples, [false, true])
    func everyExportedCalendarPassesLibicalsRestrictionCheck(sample: String, caldav: Bool) throws {
        let folder = try TemporaryFolder()
        _ = try export(Plans.sample(sample), into: folder.path, caldav: caldav)
        let files = calendars(in: folder.path)
        #expect(files.count > (caldav ? 20 : 5))
        var failures: [String] = []
        for file in files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let calendar = try #require(ICalComponent.parse(text), "\(file) does not parse")
            failures += calendar.restrictionFindings().map { "\(file): \($0)" }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, first: \(failures.prefix(3))")
    }

    @Test func aPlanWithoutOrganizerEmailIsWarnedAtTheOrganizerLine() throws {
        let folder = try TemporaryFolder()
        let exported = try export(Plans.fixture("small-visit"), into: folder.path, caldav: false)
        let warning = try #require(exported.warnings.first)
        #expect(exported.warnings.count == 1)
        #expect(warning.code == .organizerEmail)
        #expect(warning.severity == .warning)
        let plan = try String(contentsOfFile: Plans.fixture("small-visit"), encoding: .utf8)
        let organizerLine = try #require(
            plan.components(separatedBy: "\n").firstIndex {
                $0.trimmingCharacters(in: .whitespaces).hasPrefix("organizer:")
            })
        #expect(warning.location?.line == organizerLine + 1)
        let staff = try folder.text("staff.ics")
        #expect(staff.contains("ORGANIZER"))
        #expect(staff.contains("mailto:organizer@cortege.invalid"))
    }

    @Test func aPlanWithAnOrganizerEmailIsNotWarned() throws {
        let folder = try TemporaryFolder()
        let exported = try export(Plans.sample("63-tournee-prefet"), into: folder.path, caldav: false)
        #expect(exported.warnings.isEmpty)
    }
}
