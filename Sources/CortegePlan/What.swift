import CortegeCore

/// What a reader reads, as the loader's findings name it (docs/diagnostics.md): a plan key in backticks, the same
/// in both languages (`` "`title`" ``, written as a string literal), or a phrase in French and English
/// (`a person's `id``).
public struct What: Sendable, ExpressibleByStringLiteral {
    public let phrase: Phrase

    /// A plan key in backticks: words of no language.
    public init(stringLiteral key: String) { phrase = Phrase(verbatim: key) }

    public init(fr: String, en: String) { phrase = Phrase(fr: fr, en: en) }

    /// `` `key` ``, for a key known only at run time.
    public init(key: String) { phrase = Phrase(verbatim: "`\(key)`") }

    public var fr: String { phrase.fr }
    public var en: String { phrase.en }

    /// `an entry of `people``
    static func entry(of what: What) -> What { What(fr: "un élément de \(what.fr)", en: "an entry of \(what.en)") }
}
