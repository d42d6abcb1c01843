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

    @Test func aCommemorationOnItsNationalDayIsNoHolidayConflict() {
        for date in ["2026-11-11", "2026-05-08", "2026-07-14"] {
            let plan = F.plan(
                "p-29", file: "p.yaml", date: date, territory: "29", zone: F.paris, people: [F.person("prefet-29")],
                items: [
                    F.item("accueil", at: "09:00", 30, people: ["prefet-29"], line: 10, file: "p.yaml"),
                    F.item(
                        "monument", at: "10:00", 45, kind: .ceremony, people: ["prefet-29"], line: 20, file: "p.yaml"),
                ])
            #expect(!Analysis(plan: plan).findings.contains { $0.code == .publicHoliday }, "\(date)")
        }
    }

    @Test func theSameDayWithoutACeremonyIsStillAHolidayConflict() {
        let plan = F.plan(
            "p-29", file: "p.yaml", date: "2026-11-11", territory: "29", zone: F.paris, people: [F.person("prefet-29")],
            items: [F.item("reunion", at: "09:00", 30, people: ["prefet-29"], line: 10, file: "p.yaml")])
        #expect(Analysis(plan: plan).findings.contains { $0.code == .publicHoliday })
    }

    @Test func aCeremonyOnAHolidayThatCommemoratesNothingIsStillAConflict() {
        let plan = F.plan(
            "p-29", file: "p.yaml", date: "2026-08-15", territory: "29", zone: F.paris, people: [F.person("prefet-29")],
            items: [
                F.item("monument", at: "10:00", 45, kind: .ceremony, people: ["prefet-29"], line: 10, file: "p.yaml")
            ])
        #expect(Analysis(plan: plan).findings.contains { $0.code == .publicHoliday })
    }

    @Test func theFindingNamesTheDepartementWithItsCode() {
        let plan = F.plan(
            "p-29", file: "p.yaml", date: "2026-08-15", territory: "29", zone: F.paris, people: [F.person("prefet-29")],
            items: [F.item("reunion", at: "09:00", 30, people: ["prefet-29"], line: 10, file: "p.yaml")])
        let message = Analysis(plan: plan).findings.first { $0.code == .publicHoliday }?.message ?? ""
        #expect(message.contains("Finistère (29)"))
        #expect(!message.contains("Département 29"))
    }

    @Test func everyDepartementHasItsName() {
        #expect(Territory(code: "29")?.name == "Finistère")
        #expect(Territory(code: "2A")?.name == "Corse-du-Sud")
        #expect(Territory(code: "13")?.nameAndCode == "Bouches-du-Rhône (13)")
        #expect(Territory(code: "971")?.nameAndCode == "Guadeloupe (971)")
        let departements = Territory.knownCodes.compactMap { Territory(code: $0) }
        #expect(departements.allSatisfy { !$0.name.hasPrefix("Département") })
        // 96 metropolitan départements and the 5 overseas ones (971–974, 976).
        let overseasDepartements = ["971", "972", "973", "974", "976"]
        #expect(departements.filter { $0.zoneIdentifier == "Europe/Paris" }.count + overseasDepartements.count == 101)
    }

    @Test func theMovableCommemorationsFallOnTheirSunday() {
        #expect(Commemorations.day(on: LocalDate(year: 2026, month: 4, day: 26), territory: "29") != nil)
        #expect(Commemorations.day(on: LocalDate(year: 2026, month: 4, day: 19), territory: "29") == nil)
        // 16 July 2026 is a Thursday: the day is Sunday 19 July.
        #expect(Commemorations.day(on: LocalDate(year: 2026, month: 7, day: 19), territory: "29") != nil)
        #expect(Commemorations.day(on: LocalDate(year: 2026, month: 7, day: 16), territory: "29") == nil)
    }
}
