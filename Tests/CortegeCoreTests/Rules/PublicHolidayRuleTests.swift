import Testing

@testable import CortegeCore

/// `public-holiday`: one warning per day of the visit that is a public holiday of its territory.
@Suite struct PublicHolidayRuleTests {
    typealias F = ConflictFixtures

    @Test func visitOnAPublicHolidayGetsOneWarningPerDay() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-05-27", people: [F.person("prefet-971")],
            items: [
                F.item("a", at: "09:00", 30, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item("b", at: "10:00", 30, people: ["prefet-971"], line: 20, file: "p.yaml"),
                F.item("c", at: "2026-05-28T09:00", 30, people: ["prefet-971"], line: 30, file: "p.yaml"),
            ])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .publicHoliday }
        #expect(findings.count == 1)
        let d = findings.first
        #expect(d?.severity == .warning)
        #expect(d?.subjects == ["a", "b"])
        #expect(d?.location == SourceLocation(file: "p.yaml", line: 13, column: 9))
        #expect(d?.message.contains("Abolition de l'esclavage") == true)
        #expect(d?.phrase.fr.contains("est un jour férié en") == true)
    }

    @Test func sameDayInAnotherTerritoryIsNoHoliday() {
        let plan = F.plan(
            "p-972", file: "p.yaml", date: "2026-05-27", territory: "972", zone: Zone("America/Martinique")!,
            people: [F.person("prefet-972")],
            items: [F.item("a", at: "09:00", 30, people: ["prefet-972"], line: 10, file: "p.yaml")])
        #expect(!Analysis(plan: plan).findings.contains { $0.code == .publicHoliday })
    }

    @Test func goodFridayInMoselle() {
        let moselle = F.plan(
            "p-57", file: "p.yaml", date: "2026-04-03", territory: "57", zone: F.paris,
            people: [F.person("prefet-57")],
            items: [F.item("a", at: "09:00", 30, people: ["prefet-57"], line: 10, file: "p.yaml")])
        var meuse = moselle
        meuse.visit.territory = "55"
        #expect(Analysis(plan: moselle).findings.map(\.code).contains(.publicHoliday))
        #expect(!Analysis(plan: meuse).findings.map(\.code).contains(.publicHoliday))
    }
}
