import CortegeApp
import CortegeCore
import CortegeTestSupport
import Foundation
import Testing

/// The people's agendas found for a plan and the conflicts found with them (docs/plan-format.md, `agendas:`).
@Suite struct AgendasTests {
    static let calendars = Plans.repository.appendingPathComponent("calendars").path

    @Test func theFolderGivesOneFilePerPersonThatHasOne() throws {
        let plan = try Plans.open(Plans.sample("971-visite-ministre")).plan
        let sources = Agendas.sources(for: [plan, plan], folder: Self.calendars)
        #expect(sources.map(\.person).sorted() == ["maire-pap", "prefet-971"])
        let prefet = try #require(sources.first { $0.person == "prefet-971" })
        #expect(prefet.path == Self.calendars + "/prefet-971.ics")
        #expect(prefet.zone == plan.visit.zone)
    }

    @Test func aFolderWithoutAgendasGivesNone() throws {
        let plan = try Plans.open(Plans.sample("971-visite-ministre")).plan
        let folder = try TemporaryFolder()
        #expect(Agendas.sources(for: [plan], folder: folder.path).isEmpty)
    }

    /// A folder asked for many people is listed once instead of looked up per person: the files found must be
    /// those `FileManager.fileExists` finds, whatever each entry is (file, folder, link, broken link, missing).
    @Test func aLargeFolderGivesTheFilesThatExistAsALookUpPerPersonWould() throws {
        var builder = PlanBuilder(date: LocalDate(iso: "2026-12-10")!, zone: Zone("Europe/Paris")!)
        let ids = (0..<80).map { "p\($0)" }
        for id in ids { builder.person(id, .personality) }
        let folder = try TemporaryFolder()
        let files = FileManager.default
        for (n, id) in ids.enumerated() {
            let path = folder.path + "/\(id).ics"
            switch n % 5 {
            case 0: try "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".write(toFile: path, atomically: true, encoding: .utf8)
            case 1: try files.createDirectory(atPath: path, withIntermediateDirectories: true)
            case 2: try files.createSymbolicLink(atPath: path, withDestinationPath: folder.path + "/p0.ics")
            case 3: try files.createSymbolicLink(atPath: path, withDestinationPath: folder.path + "/nowhere.ics")
            default: break  // no file
            }
        }
        let expected = ids.filter { files.fileExists(atPath: folder.path + "/\($0).ics") }
        #expect(expected.count == 48)
        let found = Agendas.sources(for: [builder.plan], folder: folder.path)
        #expect(found.map(\.person) == expected)
        #expect(found.map(\.path) == expected.map { folder.path + "/\($0).ics" })
    }

    @Test func conflictsWithAnAgendaPointAtItsEvent() throws {
        let analysis = try Plans.open(Plans.sample("971-visite-ministre")).analysis
        let found = Agendas.conflicts([analysis], folder: Self.calendars).map(\.0)
        let mayor = try #require(found.first { $0.code == .personOverlap && $0.subjects.contains("maire-pap") })
        #expect(mayor.notes.first?.location?.file == Self.calendars + "/maire-pap.ics")
        #expect(mayor.notes.first?.location?.line == 8)
        let empty = try TemporaryFolder()
        let without = Agendas.conflicts([analysis], folder: empty.path).map(\.0)
        #expect(!without.contains { $0.subjects.contains("maire-pap") && $0.code == .personOverlap })
    }
}
