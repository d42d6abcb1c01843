extension Rules {
    /// `press-lead`: journalists travel without escort; between two open items at different venues they need
    /// the estimated transfer plus `press-lead` to be in place.
    public struct PressLead: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.pressLead] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let itinerary = context.itinerary
            let press = context.press
            let time = context.time(_:_:)
            var findings: [Diagnostic] = []
            let open = press.slots.filter { $0.access == .open }
            for (a, b) in zip(open, open.dropFirst()) where a.venue != b.venue {
                let adjacent = itinerary.transfer(to: b.item).flatMap { $0.fromItem == a.item ? $0.minutes : nil }
                guard
                    let travel = plan.estimateMinutes(from: a.venue, to: b.venue, mode: .car, escorted: false)
                        ?? adjacent,
                    let item = itinerary.item(b.item)
                else { continue }
                let ready = a.end.adding(minutes: travel + press.leadMinutes)
                guard ready > b.start else { continue }
                let short = b.start.minutes(until: ready)
                findings.append(
                    Diagnostic(
                        .pressLead,
                        Phrase { v in
                            v.pick(
                                "les journalistes ne peuvent pas être en place à \(b.venue) \(v.span(press.leadMinutes)) "
                                    + "avant \(b.item) (\(time(b.start, v))) : ils quittent \(a.item) à "
                                    + "\(time(a.end, v)) et ont besoin de \(v.span(travel)) de trajet, il manque "
                                    + v.span(short),
                                "journalists cannot be in place at \(b.venue) \(v.span(press.leadMinutes)) "
                                    + "before \(b.item) (\(time(b.start, v))): they leave \(a.item) at \(time(a.end, v)) "
                                    + "and need \(v.span(travel)) to travel, \(v.span(short)) short")
                        },
                        at: item.item.keyLocation(.at) ?? item.item.location, subjects: [a.item, b.item],
                        start: a.end, end: b.start,
                        help: Phrase { v in
                            v.pick(
                                "laisser \(v.span(short)) de plus entre « \(a.item) » et « \(b.item) », ou n'admettre "
                                    + "qu'un pool à « \(b.item) » (`press: pool`, le pool voyage avec le cortège)",
                                "leave \(v.span(short)) more between \"\(a.item)\" and \"\(b.item)\", or "
                                    + "admit only a pool to \"\(b.item)\" (`press: pool`, the pool travels with the "
                                    + "motorcade)")
                        })
                )
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PressLead``.
    public static let pressLead = DiagnosticCode("press-lead", family: .press, severity: .warning)
}
