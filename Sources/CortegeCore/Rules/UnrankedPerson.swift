extension Rules {
    /// `unranked-person`: a participant without a rank in the list in force: reported once per person and
    /// reason.
    public struct UnrankedPerson: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.unrankedPerson] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let itinerary = context.itinerary
            if case .unavailable(let why) = context.protocolOrders.choice {
                var everyone: [String] = []
                for item in itinerary.items.map(\.item) {
                    for id in plan.attendees(of: item)
                    where !everyone.contains(id) && plan.people[id]?.isStaff == false {
                        everyone.append(id)
                    }
                }
                guard !everyone.isEmpty else { return [] }
                return [
                    Diagnostic(
                        .unrankedPerson,
                        Phrase(
                            fr: "\(why.fr) : les \(everyone.count) participant(s) restent sans rang",
                            en: "\(why.en): the \(everyone.count) participant(s) are left unranked"),
                        at: plan.visit.location(of: .territory), subjects: everyone,
                        help: Phrase(
                            fr: "les ordres suivent l'ordre du plan ; écrire à la main les listes `welcome:`, "
                                + "`speakers:` et `lineup:`",
                            en: "the orders follow the plan's order; write `welcome:`, `speakers:` and `lineup:` "
                                + "lists by hand"))
                ]
            }
            struct Key: Hashable {
                var person: String
                var reasons: [UnrankedReason]
            }
            var firstSeen: [Key: Item] = [:]
            var alsoAt: [Key: [String]] = [:]
            var order: [Key] = []
            for (index, scheduled) in itinerary.items.enumerated() {
                let precedence = context.orders(at: index).precedence
                for placed in precedence.order where placed.rank == nil {
                    let key = Key(person: placed.id, reasons: placed.unranked)
                    if firstSeen[key] == nil {
                        firstSeen[key] = scheduled.item
                        order.append(key)
                    } else {
                        alsoAt[key, default: []].append(scheduled.item.id)
                    }
                }
            }
            return order.compactMap { key in
                guard let item = firstSeen[key], let person = plan.people[key.person] else { return nil }
                var location = item.location(of: .participants)
                var help: Phrase?
                for reason in key.reasons {
                    switch reason {
                    case .noFunction:
                        location = person.location
                        help = Phrase(
                            fr:
                                "donner à \(person.id) une `function:` (docs/protocol.md §2) si la personne en exerce une",
                            en: "give \(person.id) a `function:` (docs/protocol.md §2) if the person holds one")
                    case .notInList:
                        location =
                            person.keyLocation(.function) ?? person.keyLocation(.functions) ?? person.location
                    case .noRankOfItsOwn(let function) where FunctionCode(function) != .personality:
                        help =
                            help
                            ?? Phrase(
                                fr: "ajouter `represents: <id du titulaire>` à \(person.id) s'il remplace le maire ou "
                                    + "le président du conseil (art. 14)",
                                en: "add `represents: <id of the office holder>` to \(person.id) if he stands in for "
                                    + "the mayor or the council president (art. 14)")
                    default:
                        break
                    }
                }
                var notes: [DiagnosticNote] = []
                if let others = alsoAt[key] {
                    let list = RuleText.cited(others)
                    notes.append(
                        DiagnosticNote(
                            Phrase(
                                fr: "sans rang pour la même raison à \(list.fr)",
                                en: "unranked for the same reason at \(list.en)")))
                }
                let reasons = key.reasons.map(\.phrase)
                return Diagnostic(
                    .unrankedPerson,
                    Phrase(
                        fr: "\(person.id) n'a pas de rang à « \(item.id) » : "
                            + reasons.map(\.fr).joined(separator: " ; ")
                            + " ; placé après les autorités qui ont un rang",
                        en: "\(person.id) has no rank at \"\(item.id)\": \(reasons.map(\.en).joined(separator: "; ")); "
                            + "placed after the ranked authorities"),
                    at: location, subjects: [person.id, item.id], notes: notes, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/UnrankedPerson``.
    public static let unrankedPerson = DiagnosticCode("unranked-person", family: .protocol, severity: .note)
}
