import Testing

@testable import CortegeCore

@Suite struct PublicHolidayTests {
    typealias F = ConflictFixtures

    func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    @Test(arguments: [
        (2000, "2000-04-23"), (2011, "2011-04-24"), (2019, "2019-04-21"), (2024, "2024-03-31"),
        (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2028, "2028-04-16"),
        (2038, "2038-04-25"), (2285, "2285-03-22"),
    ])
    func easterSundayMatchesThePublishedDates(year: Int, expected: String) {
        #expect(PublicHolidays.easter(year) == date(expected))
    }

    @Test func movableHolidaysOf2026FollowEaster() {
        let names = Dictionary(
            PublicHolidays.holidays(year: 2026, territory: "63").map { ($0.date, $0.name) },
            uniquingKeysWith: { a, _ in a })
        #expect(names[date("2026-04-06")] == "Lundi de Pâques")
        #expect(names[date("2026-05-14")] == "Ascension")
        #expect(names[date("2026-05-25")] == "Lundi de Pentecôte")
        #expect(names.count == 11)
        #expect(names[date("2026-04-03")] == nil)  // Good Friday is not a holiday outside Alsace-Moselle
    }

    @Test func alsaceMoselleAddsGoodFridayAndSaintStephen() {
        for code in ["57", "67", "68"] {
            #expect(PublicHolidays.holiday(on: date("2026-04-03"), territory: code)?.name == "Vendredi saint")
            #expect(PublicHolidays.holiday(on: date("2026-12-26"), territory: code)?.name == "Saint-Étienne")
            #expect(PublicHolidays.holidays(year: 2026, territory: code).count == 13)
        }
        #expect(PublicHolidays.holiday(on: date("2026-12-26"), territory: "55") == nil)
    }

    @Test(arguments: [
        ("971", "2026-05-27"), ("972", "2026-05-22"), ("973", "2026-06-10"), ("974", "2026-12-20"),
        ("976", "2026-04-27"), ("977", "2026-10-09"), ("978", "2026-05-28"),
    ])
    func abolitionOfSlaveryIsAHolidayOfItsTerritoryOnly(territory: String, day: String) {
        #expect(PublicHolidays.holiday(on: date(day), territory: territory)?.name == "Abolition de l'esclavage")
        #expect(PublicHolidays.holiday(on: date(day), territory: "75") == nil)
    }

    @Test func guadeloupeDoesNotKeepMartiniqueDay() {
        #expect(PublicHolidays.holiday(on: date("2026-05-22"), territory: "971") == nil)
    }

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

@Suite struct ElectionReserveTests {
    typealias F = ConflictFixtures

    let municipales = ReservePeriod(
        label: "Élections municipales 2026", start: LocalDate(iso: "2026-02-23")!, end: LocalDate(iso: "2026-03-22")!,
        location: SourceLocation(file: "registry/971.yaml", line: 50, column: 5))

    @Test func ministerialVisitDuringAReservePeriod() {
        let plan = F.plan(
            "mi-971", file: "p.yaml", date: "2026-03-22", kind: .ministerial,
            people: [F.person("ministre", ["minister"])],
            items: [F.item("a", at: "09:00", 30, kind: .meeting, press: .closed, people: ["ministre"], line: 10,
                file: "p.yaml")],
            reserve: [municipales])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .electionReserve }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location == SourceLocation(file: "p.yaml", line: 8, column: 9))
        #expect(findings.first?.subjects == ["mi-971", "ministre"])
        #expect(findings.first?.notes.first?.location == municipales.location)
    }

    @Test func ministerialVisitTheDayAfterTheWindowIsFine() {
        let plan = F.plan(
            "mi-971", file: "p.yaml", date: "2026-03-23", kind: .ministerial,
            people: [F.person("ministre", ["minister"])],
            items: [F.item("a", at: "09:00", 30, people: ["ministre"], line: 10, file: "p.yaml")],
            reserve: [municipales])
        #expect(!Analysis(plan: plan).findings.contains { $0.code == .electionReserve })
    }

    @Test func prefectInPublicDuringAReservePeriod() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-03-01", kind: .prefect,
            people: [F.person("prefet-971", ["prefect"]), F.person("maire", ["mayor"])],
            items: [
                F.item("reunion", at: "09:00", 60, kind: .meeting, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item("ceremonie", at: "11:00", 60, kind: .ceremony, people: ["maire", "prefet-971"], line: 20,
                    file: "p.yaml"),
            ],
            reserve: [municipales])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .electionReserve }
        #expect(findings.count == 1)
        #expect(findings.first?.subjects == ["prefet-971", "ceremonie"])
        #expect(findings.first?.location == SourceLocation(file: "p.yaml", line: 20, column: 5))
    }

    @Test func prefectBehindClosedDoorsIsNotInPublic() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-03-01", kind: .prefect,
            people: [F.person("prefet-971", ["prefect"]), F.person("maire", ["mayor"])],
            items: [
                F.item("reunion", at: "09:00", 60, kind: .meeting, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item("visite", at: "11:00", 60, kind: .visit, press: .closed, people: ["prefet-971"], line: 20,
                    file: "p.yaml"),
                F.item("ceremonie", at: "14:00", 60, kind: .ceremony, people: ["maire"], line: 30, file: "p.yaml"),
            ],
            reserve: [municipales])
        #expect(!Analysis(plan: plan).findings.contains { $0.code == .electionReserve })
    }
}
