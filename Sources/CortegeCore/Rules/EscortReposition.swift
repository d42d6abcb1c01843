extension Rules {
    /// `escort-reposition`: a unit cannot get from the end of one leg to the start of the next (and be in place
    /// `lead` before it) in time.
    public struct EscortReposition: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortReposition] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let time = context.time(_:_:)
            var findings: [Diagnostic] = []
            for unitID in plan.escortUnits.keys.sorted() {
                guard let unit = plan.escortUnits[unitID] else { continue }
                let legs = context.escort.legs(of: unitID).sorted { $0.start < $1.start }
                for (a, b) in zip(legs, legs.dropFirst()) where a.end <= b.start {
                    let from = a.transfer.toVenue
                    let to = b.transfer.fromVenue
                    guard from != to, let need = EscortPlanner.repositionMinutes(in: plan, from: from, to: to) else {
                        continue
                    }
                    let gap = a.end.minutes(until: b.start)
                    let required = need + unit.leadMinutes
                    guard gap < required else { continue }
                    findings.append(
                        Diagnostic(
                            .escortReposition,
                            Phrase { v in
                                v.pick(
                                    "\(unitID) ne peut pas se repositionner à temps : elle termine le trajet vers \(a.id) "
                                        + "à \(from) à \(time(a.end, v)) et doit être à \(to) \(v.span(unit.leadMinutes)) "
                                        + "avant \(time(b.start, v)) ; il lui faut \(v.span(need)) de route, il manque "
                                        + v.span(required - gap),
                                    "\(unitID) cannot reposition in time: it ends the transfer to \(a.id) at \(from) at "
                                        + "\(time(a.end, v)) and must be at \(to) \(v.span(unit.leadMinutes)) "
                                        + "before \(time(b.start, v)); it needs \(v.span(need)) of travel, "
                                        + "\(v.span(required - gap)) are missing")
                            },
                            at: b.location, subjects: [unitID, a.id, b.id], start: a.end, end: b.start,
                            notes: [
                                DiagnosticNote(
                                    Phrase(
                                        fr: "le trajet précédent de \(unitID)", en: "the previous leg of \(unitID)"),
                                    at: a.location)
                            ],
                            help: Phrase { v in
                                v.pick(
                                    "confier le trajet vers \(b.id) à une autre unité, ou laisser "
                                        + "\(v.span(required - gap)) de plus entre les deux trajets",
                                    "give the transfer to \(b.id) another unit, or leave "
                                        + "\(v.span(required - gap)) more between the two legs")
                            }))
                }
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortReposition``.
    public static let escortReposition = DiagnosticCode("escort-reposition", family: .escort, severity: .error)
}
