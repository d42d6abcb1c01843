/// Every word Cortège prints, in one language: the calendars, the printed programme and the reports read their
/// words here, so one term is spelled once per language.
///
/// Dates and times are formatted here by hand, so the output does not depend on the locales installed on the
/// machine. The words are grouped by subject in the extensions of this type (dates, the visit and its items,
/// audiences, calendars); a module may add the words only it prints in an extension of its own.
public struct Vocabulary: Hashable, Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    /// The French or the English word, after the language.
    public func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }
}
