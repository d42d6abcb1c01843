/// The national commemoration days (*journées nationales*), on which the ceremony of the day is held
/// (docs/protocol.md §6). A ceremony on its day is the reason for the date, never a holiday conflict.
///
/// Fixed days and the two movable ones set by their texts: the last Sunday of April (deportation) and 16 July
/// when a Sunday, else the Sunday after (loi n° 2000-644). Overseas, the day of the abolition of slavery of each
/// territory is both a public holiday and the commemoration of the day (loi n° 83-550). The second Sunday of May
/// (Joan of Arc) and 11 March (victims of terrorism) are not held until checked against their texts.
public enum Commemorations {
    /// Fixed national days: (month, day, name).
    static let fixed: [(Int, Int, String)] = [
        (
            3, 19,
            "Journée nationale du souvenir des victimes civiles et militaires de la guerre d'Algérie et des "
                + "combats en Tunisie et au Maroc"
        ),
        (5, 8, "Victoire 1945"),
        (5, 10, "Journée nationale des mémoires de la traite, de l'esclavage et de leurs abolitions"),
        (5, 27, "Journée nationale de la Résistance"),
        (6, 8, "Journée nationale d'hommage aux morts pour la France en Indochine"),
        (6, 18, "Appel du 18 juin 1940"),
        (7, 14, "Fête nationale"),
        (9, 25, "Journée nationale d'hommage aux harkis"),
        (11, 11, "Armistice 1918"),
        (
            12, 5,
            "Journée nationale d'hommage aux morts pour la France pendant la guerre d'Algérie et les combats "
                + "du Maroc et de la Tunisie"
        ),
    ]

    /// The commemoration held on `date` in `territory`, if any.
    public static func day(on date: LocalDate, territory: String) -> String? {
        if let (_, _, name) = fixed.first(where: { $0.0 == date.month && $0.1 == date.day }) { return name }
        if date.month == 4, date.isoWeekday == 7, date.adding(days: 7).month == 5 {
            return "Journée nationale du souvenir des victimes et des héros de la déportation"
        }
        if date == victimsOfRacistCrimes(year: date.year) {
            return "Journée nationale à la mémoire des victimes des crimes racistes et antisémites de l'État français "
                + "et d'hommage aux Justes de France"
        }
        if let (month, day) = PublicHolidays.abolitionOfSlavery[territory], date.month == month, date.day == day {
            return "Abolition de l'esclavage"
        }
        return nil
    }

    /// 16 July if it is a Sunday, else the Sunday after (loi n° 2000-644).
    static func victimsOfRacistCrimes(year: Int) -> LocalDate {
        let sixteenth = LocalDate(year: year, month: 7, day: 16)
        return sixteenth.adding(days: (7 - sixteenth.isoWeekday) % 7)
    }
}
