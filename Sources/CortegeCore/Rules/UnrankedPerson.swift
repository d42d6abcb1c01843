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
                        .unrankedPerson, "\(why): the \(everyone.count) participant(s) are left unranked",
                        at: plan.visit.location(of: .territory), subjects: everyone,
                        help: "the orders follow the plan's order; write `welcome:`, `speakers:` and `lineup:` lists "
                            + "by hand")
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
                var help: String?
                for reason in key.reasons {
                    switch reason {
                    case .noFunction:
                        location = person.location
                        help = "give \(person.id) a `function:` (docs/protocol.md §2) if the person holds one"
                    case .notInList:
                        location =
                            person.keyLocation(.function) ?? person.keyLocation(.functions) ?? person.location
                    case .noRankOfItsOwn(let function) where FunctionCode(function) != .personality:
                        help =
                            help ?? "add `represents: <id of the office holder>` to \(person.id) if he stands in for "
                            + "the mayor or the council president (art. 14)"
                    default:
                        break
                    }
                }
                var notes: [DiagnosticNote] = []
                if let others = alsoAt[key] {
                    notes.append(
                        DiagnosticNote(
                            "unranked for the same reason at "
                                + others.map { "\"\($0)\"" }.joined(separator: ", ")))
                }
                return Diagnostic(
                    .unrankedPerson,
                    "\(person.id) has no rank at \"\(item.id)\": \(key.reasons.map(\.text).joined(separator: "; ")); "
                        + "placed after the ranked authorities",
                    at: location, subjects: [person.id, item.id], notes: notes, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/UnrankedPerson``.
    public static let unrankedPerson = DiagnosticCode("unranked-person", family: .protocol, severity: .note)
}
