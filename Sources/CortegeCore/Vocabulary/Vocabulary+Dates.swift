/// Weekdays, months, dates, times and durations.
extension Vocabulary {
    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `vendredi`, `Friday`.
    public func weekday(_ d: LocalDate) -> String {
        (language == .fr ? Self.frenchWeekdays : Self.englishWeekdays)[d.isoWeekday - 1]
    }

    /// `décembre`, `December`.
    public func month(_ d: LocalDate) -> String {
        (language == .fr ? Self.frenchMonths : Self.englishMonths)[d.month - 1]
    }

    /// `vendredi 4 décembre 2026`, `Friday 4 December 2026`.
    public func longDate(_ d: LocalDate) -> String {
        let day = language == .fr && d.day == 1 ? "1er" : String(d.day)
        return "\(weekday(d)) \(day) \(month(d)) \(d.year)"
    }

    /// `04/12/2026`, `2026-12-04`.
    public func shortDate(_ d: LocalDate) -> String {
        language == .fr ? "\(pad(d.day))/\(pad(d.month))/\(d.year)" : d.description
    }

    /// `09h10`, `09:10`.
    public func time(_ t: LocalTime) -> String {
        language == .fr ? "\(pad(t.hour))h\(pad(t.minute))" : t.description
    }

    /// `04/12/2026 à 17h00`, `2026-12-04 at 17:00`.
    public func dateTime(_ dt: LocalDateTime) -> String {
        "\(shortDate(dt.date)) \(pick("à", "at")) \(time(dt.time))"
    }

    /// `1 h 30`, `45 min`.
    public func duration(_ minutes: Int) -> String {
        let m = max(0, minutes)
        if m < 60 { return "\(m) min" }
        return m % 60 == 0 ? "\(m / 60) h" : "\(m / 60) h \(pad(m % 60))"
    }

    /// `1 jour`, `3 days`.
    public func days(_ n: Int) -> String {
        language == .fr ? (n > 1 ? "\(n) jours" : "1 jour") : (n > 1 ? "\(n) days" : "1 day")
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
