/// A sentence of the human output written in each language Cortège speaks (docs/diagnostics.md): findings carry
/// their message, help and notes as phrases, so that one analysis prints in French by default and in English with
/// `--lang en`, and a finding's wording never depends on where it was computed.
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public var fr: String
    public var en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    /// The sentence in `language`.
    public func text(_ language: Language) -> String {
        switch language {
        case .fr: fr
        case .en: en
        }
    }

    /// The English sentence (what the code, the tests and the logs of one run compare).
    public var description: String { en }
}
