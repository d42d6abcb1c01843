extension Rules {
    /// `press-without-principal`: a press slot the principal does not attend.
    public struct PressWithoutPrincipal: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.pressWithoutPrincipal] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let principal = context.plan.visit.principal
            return context.press.slots.compactMap { slot in
                guard let s = context.itinerary.item(slot.item),
                    !s.item.people(principal: principal).contains(principal)
                else { return nil }
                return Diagnostic(
                    .pressWithoutPrincipal,
                    Phrase(
                        fr:
                            "la séquence \(s.id) est \(slot.access == .open ? "ouverte à la presse" : "ouverte à un pool de presse") "
                            + "mais \(principal) n'y assiste pas",
                        en: "\(s.id) is \(slot.access.rawValue) to the press but \(principal) does not attend it"),
                    at: s.item.keyLocation(.participants) ?? PressClosed.slotLocation(s.item),
                    subjects: [s.id, principal],
                    start: s.start, end: s.end,
                    help: Phrase(
                        fr:
                            "ajouter \(principal) aux participants, ou fermer la séquence à la presse (`press: closed`)",
                        en: "add \(principal) to the participants, or close the item (`press: closed`)"))
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PressWithoutPrincipal``.
    public static let pressWithoutPrincipal = DiagnosticCode(
        "press-without-principal", family: .press, severity: .warning)
}
