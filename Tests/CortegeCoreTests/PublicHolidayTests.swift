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
}
