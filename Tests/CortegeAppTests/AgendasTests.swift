import CortegeApp
import CortegeCore
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
