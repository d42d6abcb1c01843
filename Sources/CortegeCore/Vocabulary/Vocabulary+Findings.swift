/// The words findings share (docs/diagnostics.md): their clock times, durations and dates in each language, and
/// the joining of phrases.
extension Vocabulary {
    /// The French words.
    public static let fr = Vocabulary(.fr)
    /// The English words.
    public static let en = Vocabulary(.en)

    /// A clock time of a finding: `09h10`, `09:10`.
    public func clock(_ instant: Instant, in zone: Zone) -> String { time(zone.local(instant).time) }

    /// A duration of a finding: `1 h 30`, `1h30` (the English keeps the notation of plan files).
    public func span(_ minutes: Int) -> String {
        language == .fr ? (minutes < 0 ? "-" : "") + duration(abs(minutes)) : DurationText.format(minutes)
    }

    /// A date of a finding: `jeudi 10 décembre 2026`, `2026-12-10`.
    public func day(_ date: LocalDate) -> String { language == .fr ? longDate(date) : date.description }

    /// A number of things: `1 élément`, `3 items` (French and English plurals alike add an `s`).
    public func count(_ n: Int, _ fr: String, _ en: String) -> String {
        "\(n) " + pick(n > 1 ? fr + "s" : fr, n == 1 ? en : en + "s")
    }
}

extension Phrase {
    /// Text of no language, the same in both: an identifier, a name, a code, a path.
    public init(verbatim text: String) { self.init(fr: text, en: text) }

    /// The sentence built by `text` from the words of each language.
    public init(_ text: (Vocabulary) -> String) { self.init(fr: text(.fr), en: text(.en)) }

    /// `a` then `b`, in each language.
    public static func + (a: Phrase, b: Phrase) -> Phrase { Phrase(fr: a.fr + b.fr, en: a.en + b.en) }

    /// Appends `b` in each language.
    public static func += (a: inout Phrase, b: Phrase) { a = a + b }

    /// The phrases joined by `separator` in each language.
    public static func joined(_ phrases: [Phrase], separator: String) -> Phrase {
        Phrase(
            fr: phrases.map(\.fr).joined(separator: separator), en: phrases.map(\.en).joined(separator: separator))
    }

    /// The sentence with `transform` applied in each language.
    public func map(_ transform: (String) -> String) -> Phrase { Phrase(fr: transform(fr), en: transform(en)) }
}
