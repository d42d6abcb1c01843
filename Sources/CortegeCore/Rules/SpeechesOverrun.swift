extension Rules {
    /// `speeches-overrun`: the speeches of an item last longer than the item (docs/protocol.md §5, speeches). Each
    /// speech lasts ``SpeechDurations`` minutes.
    public struct SpeechesOverrun: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.speechesOverrun] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            var findings: [Diagnostic] = []
            for (index, scheduled) in context.itinerary.items.enumerated() {
                let item = scheduled.item
                guard let speakers = context.orders(at: index).speeches, !speakers.isEmpty else { continue }
                let total = speakers.reduce(0) { $0 + SpeechDurations.minutes(of: $1, at: item, in: plan) }
                guard total > item.durationMinutes else { continue }
                let over = total - item.durationMinutes
                let key: PlanKey = item.speakers == nil ? .participants : .speakers
                findings.append(
                    Diagnostic(
                        .speechesOverrun,
                        Phrase(
                            fr: "les \(speakers.count) allocutions de « \(item.id) » durent \(total) min, "
                                + "\(over) min de plus que la séquence (\(item.durationMinutes) min)",
                            en: "the \(speakers.count) speeches of \"\(item.id)\" last \(total) min, \(over) min more "
                                + "than the item (\(item.durationMinutes) min)"),
                        at: RuleText.listLocation(item, key: key), subjects: speakers + [item.id],
                        start: scheduled.start, end: scheduled.end,
                        help: Phrase(
                            fr: "réduisez la liste `speakers` (par défaut : le maire, le représentant de l'État et la "
                                + "personnalité principale) ou allongez `duration` de « \(item.id) » d'au moins "
                                + "\(over) min",
                            en: "shorten the `speakers` list (by default: the mayor, the State's representative and "
                                + "the principal) or lengthen `duration` of \"\(item.id)\" by \(over) min at least")))
            }
            return findings
        }
    }
}

/// How long a speech lasts (docs/protocol.md §5): the `speech` timing in force at the item (`ceremony-timings:`,
/// 5 minutes by default), as the run-sheet counts it, so that `runsheet-overrun` and `speeches-overrun` never
/// disagree on the speeches.
public enum SpeechDurations {
    public static func minutes(of speaker: String, at item: Item, in plan: Plan) -> Int {
        CeremonyTimings.inForce(at: item, visit: plan.visit).minutes(.speech)
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/SpeechesOverrun``.
    public static let speechesOverrun = DiagnosticCode("speeches-overrun", family: .protocol, severity: .warning)
}
