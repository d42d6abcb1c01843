extension Rules {
    /// `escort-duty`: a unit's duty span exceeds its `max-duty` or falls outside its `available` hours.
    public struct EscortDuty: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortDuty] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let time = context.time(_:_:)
            var findings: [Diagnostic] = []
            for span in context.escort.duties {
                guard let unit = plan.escortUnits[span.unit] else { continue }
                let text = Phrase { v in
                    v.pick(
                        "\(v.day(span.day)), \(time(span.start, v))-\(time(span.end, v))",
                        "\(span.day) \(time(span.start, v))-\(time(span.end, v))")
                }
                if let max = unit.maxDutyMinutes, span.minutes > max {
                    findings.append(
                        Diagnostic(
                            .escortDuty,
                            Phrase { v in
                                v.pick(
                                    "\(span.unit) est en service \(v.span(span.minutes)) (\(text.fr), "
                                        + "\(span.legs.count) trajet(s)), au-delà de son `max-duty` de \(v.span(max))",
                                    "\(span.unit) is on duty \(v.span(span.minutes)) (\(text.en), "
                                        + "\(span.legs.count) leg(s)), over its max-duty of \(v.span(max))")
                            },
                            at: unit.location(of: .maxDuty), subjects: [span.unit] + span.legs, start: span.start,
                            end: span.end,
                            help: Phrase(
                                fr:
                                    "relever \(span.unit) par une autre unité de la même force sur les derniers trajets",
                                en: "relieve \(span.unit) with another unit of the same force on the later legs")))
                }
                if let hours = unit.available, !hours.contains(from: span.start, to: span.end, zone: plan.visit.zone) {
                    findings.append(
                        Diagnostic(
                            .escortDuty,
                            Phrase(
                                fr: "\(span.unit) est en service \(text.fr), hors de sa disponibilité (\(hours))",
                                en: "\(span.unit) is on duty \(text.en), outside its availability (\(hours))"),
                            at: unit.location(of: .available), subjects: [span.unit] + span.legs, start: span.start,
                            end: span.end,
                            help: Phrase(
                                fr: "affecter une autre unité aux trajets hors de \(hours), ou élargir `available`",
                                en: "assign another unit to the legs outside \(hours), or widen `available`")))
                }
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortDuty``.
    public static let escortDuty = DiagnosticCode("escort-duty", family: .escort, severity: .warning)
}
