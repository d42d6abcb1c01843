extension Rules {
    /// `press-closed`: a press slot during a closed (or confidential) item of the same people.
    public struct PressClosed: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.pressClosed] }

        /// Where a finding about an item's press slot points: its `press:`, else its `at:`, else the item.
        static func slotLocation(_ item: Item) -> SourceLocation {
            item.keyLocation(.press) ?? item.keyLocation(.at) ?? item.location
        }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let itinerary = context.itinerary
            let time = context.time(_:_:)
            var findings: [Diagnostic] = []
            let principal = context.plan.visit.principal
            for slot in context.press.slots {
                guard let s = itinerary.item(slot.item) else { continue }
                let people = Set(s.item.people(principal: principal))
                for c in itinerary.items where c.id != s.id && c.item.pressAccess == .closed {
                    guard c.start < s.end && s.start < c.end else { continue }
                    let shared = c.item.people(principal: principal).filter { people.contains($0) }
                    guard !shared.isEmpty else { continue }
                    let what = c.item.confidential ? "confidential" : "closed"
                    let quoi = c.item.confidential ? "confidentielle" : "fermée à la presse"
                    let access = slot.access == .open ? "ouverte à la presse" : "ouverte à un pool de presse"
                    let who = shared.joined(separator: ", ")
                    findings.append(
                        Diagnostic(
                            .pressClosed,
                            Phrase { v in
                                v.pick(
                                    "la séquence \(slot.item) (\(access), \(time(s.start, v))-\(time(s.end, v))) a lieu "
                                        + "pendant la séquence \(quoi) \(c.id) (\(time(c.start, v))-\(time(c.end, v))) de \(who)",
                                    "\(slot.item) (\(slot.access.rawValue) to the press, "
                                        + "\(time(s.start, v))-\(time(s.end, v))) takes place during the \(what) item "
                                        + "\(c.id) (\(time(c.start, v))-\(time(c.end, v))) of \(who)")
                            },
                            at: Self.slotLocation(s.item), subjects: [s.id, c.id] + shared,
                            start: max(s.start, c.start), end: min(s.end, c.end),
                            notes: [
                                DiagnosticNote(
                                    Phrase(fr: "la séquence \(quoi)", en: "the \(what) item"), at: c.item.location)
                            ],
                            help: Phrase { v in
                                v.pick(
                                    "déplacer « \(s.id) » après \(time(c.end, v)), ou la fermer à la presse "
                                        + "(`press: closed`)",
                                    "move \"\(s.id)\" after \(time(c.end, v)), or close it to the press (`press: closed`)"
                                )
                            }))
                }
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PressClosed``.
    public static let pressClosed = DiagnosticCode("press-closed", family: .press, severity: .error)
}
