/// The public holidays (*jours fériés*) of a territory (docs/protocol.md §6).
///
/// The national list of the Code du travail (L. 3133-1); in Alsace-Moselle (57, 67, 68) also 26 December
/// and Good Friday (L. 3134-13); overseas, the day of the abolition of slavery (loi 83-550, décret 83-1003).
/// The collectivités of the Pacific (986, 987, 988) have local labour codes and holidays of their own that
/// docs/protocol.md does not list: they get the national list only.
public struct PublicHoliday: Hashable, Sendable {
    public var date: LocalDate
    /// The French name of the day, e.g. `Lundi de Pâques`.
    public var name: String

    public init(date: LocalDate, name: String) {
        self.date = date
        self.name = name
    }
}

public enum PublicHolidays {
    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher).
    public static func easter(_ year: Int) -> LocalDate {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return LocalDate(year: year, month: month, day: day)
    }

    /// The day of the abolition of slavery, by territory code (Saint-Martin: 28 May, observed since 2018).
    static let abolitionOfSlavery: [String: (month: Int, day: Int)] = [
        "976": (4, 27),  // Mayotte
        "972": (5, 22),  // Martinique
        "971": (5, 27),  // Guadeloupe
        "978": (5, 28),  // Saint-Martin
        "973": (6, 10),  // Guyane
        "977": (10, 9),  // Saint-Barthélemy
        "974": (12, 20),  // La Réunion
    ]

    static let alsaceMoselle: Set<String> = ["57", "67", "68"]

    /// Every public holiday of a year in a territory, in date order.
    public static func holidays(year: Int, territory: String) -> [PublicHoliday] {
        let easter = easter(year)
        func on(_ month: Int, _ day: Int, _ name: String) -> PublicHoliday {
            PublicHoliday(date: LocalDate(year: year, month: month, day: day), name: name)
        }
        var days = [
            on(1, 1, "Jour de l'an"),
            PublicHoliday(date: easter.adding(days: 1), name: "Lundi de Pâques"),
            on(5, 1, "Fête du Travail"),
            on(5, 8, "Victoire 1945"),
            PublicHoliday(date: easter.adding(days: 39), name: "Ascension"),
            PublicHoliday(date: easter.adding(days: 50), name: "Lundi de Pentecôte"),
            on(7, 14, "Fête nationale"),
            on(8, 15, "Assomption"),
            on(11, 1, "Toussaint"),
            on(11, 11, "Armistice 1918"),
            on(12, 25, "Noël"),
        ]
        if alsaceMoselle.contains(territory) {
            days.append(PublicHoliday(date: easter.adding(days: -2), name: "Vendredi saint"))
            days.append(on(12, 26, "Saint-Étienne"))
        }
        if let (month, day) = abolitionOfSlavery[territory] {
            days.append(on(month, day, "Abolition de l'esclavage"))
        }
        return days.sorted { $0.date < $1.date }
    }

    /// The public holiday on a date in a territory, if any.
    public static func holiday(on date: LocalDate, territory: String) -> PublicHoliday? {
        holidays(year: date.year, territory: territory).first { $0.date == date }
    }
}
