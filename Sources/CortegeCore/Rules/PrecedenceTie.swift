extension Rules {
    /// `precedence-tie`: two people of one rank that nothing tells apart: reported once per group, at the first
    /// item where it shows.
    public struct PrecedenceTie: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.precedenceTie] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            var firstSeen: [[String]: (Item, CortegeCore.PrecedenceTie, ItemPrecedence)] = [:]
            var alsoAt: [[String]: [String]] = [:]
            var order: [[String]] = []
            for (index, scheduled) in context.itinerary.items.enumerated() {
                let precedence = context.orders(at: index).precedence
                for tie in precedence.ties {
                    let key = tie.people.sorted()
                    if firstSeen[key] == nil {
                        firstSeen[key] = (scheduled.item, tie, precedence)
                        order.append(key)
                    } else {
                        alsoAt[key, default: []].append(scheduled.item.id)
                    }
                }
            }
            return order.compactMap { key in
                guard let (item, tie, precedence) = firstSeen[key] else { return nil }
                let rules = Set(tie.people.compactMap { precedence.placed($0)?.rule })
                let rank = rules.count == 1 ? "rank \(tie.rank) (\(rules.first ?? ""))" : "rank \(tie.rank)"
                let government = tie.people.allSatisfy { plan.people[$0]?.isGovernment == true }
                let why: String
                let help: String
                if government {
                    why = "no distinct `government-rank` tells them apart"
                    help =
                        "give each member of the Government his `government-rank` (the order set by the President)"
                } else if tie.sameFirstElection {
                    let date = plan.people[tie.people[0]]?.firstElected.map { " (\($0))" } ?? ""
                    why = "they were first elected on the same day\(date)"
                    help = "no official rule goes further: fix the order by hand with `lineup:` and `speakers:` lists"
                } else if tie.people.contains(where: { RuleText.isElected(plan.people[$0]) }) {
                    let missing = tie.people.filter { plan.people[$0]?.firstElected == nil }
                    why = "no `first-elected` tells them apart"
                    help = "add `first-elected:` to \(RuleText.quoted(missing)) (the longest mandate comes first)"
                } else {
                    why = "the décret does not order the holders of one rank among themselves"
                    help =
                        "their order in the plan (or registry) stands; write `lineup:` or `speakers:` lists to change "
                        + "it"
                }
                var notes = tie.people.compactMap { id in
                    plan.people[id].map { DiagnosticNote("\(id) is defined here", at: $0.location) }
                }
                if let others = alsoAt[key] {
                    notes.append(
                        DiagnosticNote("the same tie at \(others.map { "\"\($0)\"" }.joined(separator: ", "))"))
                }
                return Diagnostic(
                    .precedenceTie,
                    "\(RuleText.quoted(tie.people)) share \(rank) at \"\(item.id)\" and \(why); "
                        + "they keep the plan's order",
                    at: item.location(of: .participants), subjects: tie.people + [item.id], notes: notes, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PrecedenceTie``.
    public static let precedenceTie = DiagnosticCode("precedence-tie", family: .protocol, severity: .note)
}
