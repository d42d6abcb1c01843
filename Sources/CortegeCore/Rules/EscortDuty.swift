extension Rules {
    /// `escort-duty`: a unit's duty span exceeds its `max-duty` or falls outside its `available` hours.
    public struct EscortDuty: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortDuty] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let time = context.time
            var findings: [Diagnostic] = []
            for span in context.escort.duties {
                guard let unit = plan.escortUnits[span.unit] else { continue }
                let text = "\(span.day) \(time(span.start))-\(time(span.end))"
                if let max = unit.maxDutyMinutes, span.minutes > max {
                    findings.append(
                        Diagnostic(
                            .escortDuty,
                            "\(span.unit) is on duty \(DurationText.format(span.minutes)) (\(text), "
                                + "\(span.legs.count) leg(s)), over its max-duty of \(DurationText.format(max))",
                            at: unit.location(of: .maxDuty), subjects: [span.unit] + span.legs, start: span.start,
                            end: span.end,
                            help: "relieve \(span.unit) with another unit of the same force on the later legs"))
                }
                if let hours = unit.available, !hours.contains(from: span.start, to: span.end, zone: plan.visit.zone) {
                    findings.append(
                        Diagnostic(
                            .escortDuty,
                            "\(span.unit) is on duty \(text), outside its availability (\(hours))",
                            at: unit.location(of: .available), subjects: [span.unit] + span.legs, start: span.start,
                            end: span.end,
                            help: "assign another unit to the legs outside \(hours), or widen `available`"))
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
