/// Wording shared by the findings of several rules.
enum RuleText {
    /// `` `a`, `b` ``
    static func quoted(_ ids: [String]) -> String { ids.map { "`\($0)`" }.joined(separator: ", ") }

    /// Where to point a finding about a list of people at an item: the list if written, else the participants.
    static func listLocation(_ item: Item, key: PlanKey) -> SourceLocation {
        item.keyLocation(key) ?? item.location(of: .participants)
    }

    static func isPrefect(_ person: Person?) -> Bool { person?.isPrefect == true }

    static func isElected(_ person: Person?) -> Bool { person?.functions.contains(where: \.isElected) == true }
}

extension RuleText {
    /// `« a », « b »` and `"a", "b"`: item ids cited in a sentence.
    static func cited(_ ids: [String]) -> Phrase {
        Phrase(
            fr: ids.map { "« \($0) »" }.joined(separator: ", "), en: ids.map { "\"\($0)\"" }.joined(separator: ", "))
    }
}

extension Phrase {
    /// `did you mean `x`?`
    public static func didYouMean(_ suggestion: String) -> Phrase {
        Phrase(fr: "vouliez-vous dire `\(suggestion)` ?", en: "did you mean `\(suggestion)`?")
    }

    /// `x is defined here`
    public static func definedHere(_ id: String) -> Phrase {
        Phrase(fr: "\(id) est défini ici", en: "\(id) is defined here")
    }
}

extension RuleText {
    /// `unit: why it could not be assigned`
    static func rejection(_ r: EscortRejection) -> Phrase {
        Phrase(fr: "\(r.unit) : \(r.reason.fr)", en: "\(r.unit): \(r.reason.en)")
    }
}
