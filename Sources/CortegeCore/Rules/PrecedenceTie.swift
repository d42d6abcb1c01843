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
                let rule = rules.count == 1 ? rules.first : nil
                let rank = Phrase(
                    fr: "le rang \(tie.rank)" + (rule.map { " (\($0.fr))" } ?? ""),
                    en: "rank \(tie.rank)" + (rule.map { " (\($0.en))" } ?? ""))
                let government = tie.people.allSatisfy { plan.people[$0]?.isGovernment == true }
                let why: Phrase
                let help: Phrase
                if government {
                    why = Phrase(
                        fr: "aucun `government-rank` distinct ne les départage",
                        en: "no distinct `government-rank` tells them apart")
                    help = Phrase(
                        fr: "donner à chaque membre du Gouvernement son `government-rank` (l'ordre fixé par le "
                            + "Président de la République)",
                        en: "give each member of the Government his `government-rank` (the order set by the President)")
                } else if tie.sameFirstElection {
                    let date = plan.people[tie.people[0]]?.firstElected
                    why = Phrase(
                        fr: "ils ont été élus pour la première fois le même jour"
                            + (date.map { " (\(Vocabulary.fr.day($0)))" } ?? ""),
                        en: "they were first elected on the same day" + (date.map { " (\($0))" } ?? ""))
                    help = Phrase(
                        fr: "aucune règle officielle ne va plus loin : fixer l'ordre à la main avec des listes "
                            + "`lineup:` et `speakers:`",
                        en: "no official rule goes further: fix the order by hand with `lineup:` and `speakers:` lists")
                } else if tie.people.contains(where: { RuleText.isElected(plan.people[$0]) }) {
                    let missing = tie.people.filter { plan.people[$0]?.firstElected == nil }
                    why = Phrase(
                        fr: "aucune date `first-elected` ne les départage",
                        en: "no `first-elected` tells them apart")
                    help = Phrase(
                        fr: "ajouter `first-elected:` à \(RuleText.quoted(missing)) (le mandat le plus ancien passe "
                            + "devant)",
                        en: "add `first-elected:` to \(RuleText.quoted(missing)) (the longest mandate comes first)")
                } else {
                    why = Phrase(
                        fr: "le décret n'ordonne pas entre eux les titulaires d'un même rang",
                        en: "the décret does not order the holders of one rank among themselves")
                    help = Phrase(
                        fr: "leur ordre dans le plan (ou le répertoire) est conservé ; écrire des listes `lineup:` ou "
                            + "`speakers:` pour le changer",
                        en: "their order in the plan (or registry) stands; write `lineup:` or `speakers:` lists to "
                            + "change it")
                }
                var notes = tie.people.compactMap { id in
                    plan.people[id].map { DiagnosticNote(.definedHere(id), at: $0.location) }
                }
                if let others = alsoAt[key] {
                    let list = RuleText.cited(others)
                    notes.append(
                        DiagnosticNote(Phrase(fr: "la même égalité à \(list.fr)", en: "the same tie at \(list.en)")))
                }
                let people = RuleText.quoted(tie.people)
                return Diagnostic(
                    .precedenceTie,
                    Phrase(
                        fr:
                            "\(people) partagent \(rank.fr) à « \(item.id) » et \(why.fr) ; ils gardent l'ordre du plan",
                        en: "\(people) share \(rank.en) at \"\(item.id)\" and \(why.en); they keep the plan's order"),
                    at: item.location(of: .participants), subjects: tie.people + [item.id], notes: notes, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PrecedenceTie``.
    public static let precedenceTie = DiagnosticCode("precedence-tie", family: .protocol, severity: .note)
}
