import CortegeCore
import CortegeTestSupport
import Foundation
import Testing

@testable import CortegePlan

/// Plan files are read with every value's location; every problem of a file is reported in one run.
@Suite struct PlanLoaderTests {
    static let fixtures = Fixtures(bundle: .module)

    static func fixture(_ name: String) -> String { fixtures.path(name) }

    /// Writes a plan to a temporary file and loads it.
    static func load(_ text: String, name: String = "plan.yaml") -> LoadedPlan { Fixtures.load(text: text, name: name) }

    /// The smallest valid plan; most tests below load one textual variant of it.
    static let minimal = fixtures.text("minimal.yaml")

    @Test func validPlanWithIncludeLoadsEverything() throws {
        let loaded = PlanLoader().load(path: Self.fixture("valid.yaml"))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let plan = try #require(loaded.plan)
        #expect(plan.visit.zone.identifier == "Europe/Paris")
        #expect(plan.people["prefet-63"]?.name == "Hélène Rousseau")
        #expect(plan.communes["63430"]?.securityZone == .gendarmerie)
        #expect(plan.programme.map(\.id) == ["depart", "mairie"])
        #expect(plan.programme[1].transferBefore?.route == ["63113", "63430"])
        #expect(plan.programme[1].durationMinutes == 90)
        #expect(plan.visit.announce == LocalDateTime(iso: "2026-12-09T18:00"))
    }

    @Test func unicodeTitlesAreKeptIntact() throws {
        let plan = try #require(PlanLoader().load(path: Self.fixture("valid.yaml")).plan)
        #expect(plan.visit.title == "Tournée du préfet à Thiers — « coutellerie » 刀")
    }

    @Test func valuesRememberFileLineAndColumn() throws {
        let plan = try #require(PlanLoader().load(path: Self.fixture("valid.yaml")).plan)
        let item = try #require(plan.programme.first)
        #expect(item.location(of: "at").line == 22)
        #expect(item.location(of: "at").column == 5)
        #expect(item.location.file.hasSuffix("valid.yaml"))
        let prefet = try #require(plan.people["prefet-63"])
        #expect(prefet.location.file.hasSuffix("registry.yaml"), "registry values point into the registry")
        #expect(prefet.location(of: "function").line == 7)
    }

    @Test func unknownKeySuggestsTheNearest() {
        let loaded = Self.load(Self.minimal.replacingOccurrences(of: "participants:", with: "partcipants:"))
        let f = loaded.findings.first { $0.code == .planSchema }
        #expect(f?.help == "did you mean `participants`?")
        #expect(f?.location?.line == 14)
    }

    @Test func unknownReferenceSuggestsTheNearestID() {
        let loaded = Self.load(
            Self.minimal.replacingOccurrences(of: "participants: [prefet]", with: "participants: [prefe]"))
        let f = loaded.findings.first { $0.code == .unknownRef }
        #expect(f?.help == "did you mean `prefet`?")
        #expect(f?.location?.line == 14)
    }

    @Test func severalProblemsAreAllReportedInOneRun() {
        let text = Self.minimal
            .replacingOccurrences(of: "at: \"09:00\"", with: "at: \"25:61\"")
            .replacingOccurrences(of: "duration: 30m", with: "duration: -5m")
            .replacingOccurrences(of: "kind: prefect", with: "kind: prefet")
        let codes = Set(Self.load(text).findings.map(\.code))
        #expect(codes == [.badTime, .planSchema])
        #expect(Self.load(text).findings.count == 3)
    }

    @Test func duplicateIDPointsAtTheSecondDefinition() {
        let text = Self.minimal.replacingOccurrences(
            of: "  - { id: a, geo: [45.7772, 3.0870] }", with: "  - { id: a, geo: [45.7772, 3.0870] }\n  - { id: a }")
        let f = Self.load(text).findings.first { $0.code == .duplicateID }
        #expect(f?.location?.line == 13)
        #expect(f?.notes.first?.location?.line == 12)
    }

    @Test func nonexistentTimeZoneIsABadTime() {
        let text = Self.minimal.replacingOccurrences(
            of: "date: 2026-12-10", with: "date: 2026-12-10\n  timezone: Europe/Atlantis")
        let f = Self.load(text).findings.first { $0.code == .badTime }
        #expect(f?.location?.line == 9)
    }

    @Test func emptyFileCannotBeRead() {
        let loaded = Self.load("")
        #expect(loaded.unreadable)
        #expect(loaded.findings.map(\.code) == [.planSyntax])
    }

    @Test func binaryGarbageCannotBeRead() {
        let loaded = Self.load(String(decoding: [0xFF, 0x00, 0xFE, 0x01, 0x80, 0x81], as: UTF8.self))
        #expect(loaded.unreadable)
        #expect(loaded.findings.map(\.code) == [.planSyntax])
    }

    @Test func listWhereAMappingIsExpected() {
        let loaded = Self.load("- a\n- b\n")
        #expect(loaded.unreadable)
        #expect(loaded.findings.map(\.code) == [.planSchema])
    }

    @Test func syntaxErrorPointsAtItsLine() {
        let loaded = Self.load("cortege: 1\nvisit:\n  id: \"unclosed\n  title: x\n")
        #expect(loaded.unreadable)
        #expect(loaded.findings.first?.code == .planSyntax)
        #expect((loaded.findings.first?.location?.line ?? 0) >= 3)
    }

    @Test func missingIncludeIsReportedAtTheIncludeLine() {
        let text = Self.minimal.replacingOccurrences(of: "people:", with: "include: [nowhere.yaml]\npeople:")
        let f = Self.load(text).findings.first { $0.code == .planSchema }
        #expect(f?.location?.line == 9)
        #expect(f?.message.contains("nowhere.yaml") == true)
    }

    @Test func includeCycleIsReportedNotFollowed() {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-cycle-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let a = Self.minimal.replacingOccurrences(of: "people:", with: "include: [b.yaml]\npeople:")
        FileManager.default.createFile(atPath: dir.appendingPathComponent("a.yaml").path, contents: Data(a.utf8))
        FileManager.default.createFile(
            atPath: dir.appendingPathComponent("b.yaml").path, contents: Data("include: [a.yaml]\n".utf8))
        let loaded = PlanLoader().load(path: dir.appendingPathComponent("a.yaml").path)
        let f = loaded.findings.first { $0.code == .planSchema }
        #expect(f?.message.contains("include cycle") == true)
        #expect(f?.location?.file.hasSuffix("b.yaml") == true)
    }

    @Test func oversizedPlanIsRefusedWithoutReadingIt() {
        let big = String(repeating: "# padding line for size\n", count: 2_200_000)  // ~52 MB
        let loaded = Self.load(big)
        #expect(loaded.unreadable)
        #expect(loaded.findings.first?.message.contains("limited to 8 MiB") == true)
    }
}

/// `handover-points` (docs/plan-format.md §9a).
@Suite struct HandOverPointLoaderTests {
    static let plan = """
        cortege: 1
        visit: { id: v, title: Visite, kind: prefect, principal: prefet, territory: "63", date: 2026-12-10 }
        communes:
          - { code: "63113", name: Clermont-Ferrand, security-zone: police }
        handover-points:
          - { id: rp-nord, name: Rond-point nord, joins: ["63113", gendarmerie], geo: [45.80, 3.10] }
        people:
          - { id: prefet, function: prefect }
        venues:
          - { id: a, geo: [45.7772, 3.0870] }
        programme:
          - { id: one, kind: meeting, venue: a, at: "09:00", duration: 30m, participants: [prefet] }
        """

    @Test func aHandOverPointIsRead() throws {
        let loaded = Fixtures.load(text: Self.plan, name: "plan.yaml")
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let point = try #require(loaded.plan?.handOverPoints["rp-nord"])
        #expect(point.name == "Rond-point nord")
        #expect(point.joins == ["63113", "gendarmerie"])
        #expect(point.geo == GeoPoint(latitude: 45.80, longitude: 3.10))
    }

    @Test func aSideThatIsNeitherACommuneNorAZoneIsAnUnknownReference() {
        let loaded = Fixtures.load(
            text: Self.plan.replacingOccurrences(of: "\"63113\", gendarmerie", with: "\"63999\", gendarmerie"),
            name: "plan.yaml")
        let finding = loaded.findings.first { $0.code == .unknownRef }
        #expect(finding?.message.contains("63999") == true)
        #expect(finding?.location?.line == 6)
    }

    @Test func joinsMustNameTwoSides() {
        let loaded = Fixtures.load(
            text: Self.plan.replacingOccurrences(of: "\"63113\", gendarmerie", with: "police"), name: "plan.yaml")
        let finding = loaded.findings.first { $0.code == .planSchema }
        #expect(finding?.message.contains("two different sides") == true)
        #expect(finding?.location?.line == 6)
    }
}
