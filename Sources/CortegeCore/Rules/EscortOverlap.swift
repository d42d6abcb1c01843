extension Rules {
    /// `escort-overlap`: one unit on two transfers at once.
    public struct EscortOverlap: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortOverlap] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let time = context.time(_:_:)
            var findings: [Diagnostic] = []
            for unit in context.plan.escortUnits.keys.sorted() {
                let legs = context.escort.legs(of: unit)
                for (i, a) in legs.enumerated() {
                    for b in legs[(i + 1)...] where a.start < b.end && b.start < a.end {
                        findings.append(
                            Diagnostic(
                                .escortOverlap,
                                Phrase { v in
                                    v.pick(
                                        "\(unit) escorte deux trajets à la fois : vers \(a.id) "
                                            + "(\(time(a.start, v))-\(time(a.end, v))) et vers \(b.id) "
                                            + "(\(time(b.start, v))-\(time(b.end, v)))",
                                        "\(unit) escorts two transfers at once: to \(a.id) "
                                            + "(\(time(a.start, v))-\(time(a.end, v))) and to \(b.id) "
                                            + "(\(time(b.start, v))-\(time(b.end, v)))")
                                },
                                at: b.location, subjects: [unit, a.id, b.id], start: b.start, end: min(a.end, b.end),
                                notes: [
                                    DiagnosticNote(
                                        Phrase(fr: "l'autre trajet", en: "the other transfer"), at: a.location)
                                ],
                                help: Phrase(
                                    fr: "confier l'un des deux trajets à une autre unité, ou écrire `escort: auto`",
                                    en: "give one of the two transfers another unit, or write `escort: auto`")))
                    }
                }
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortOverlap``.
    public static let escortOverlap = DiagnosticCode("escort-overlap", family: .escort, severity: .error)
}
