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
