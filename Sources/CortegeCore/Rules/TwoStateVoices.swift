extension Rules {
    /// `two-state-voices`: one voice speaks for the State: a minister and the préfet, or two members of the
    /// prefectoral corps, among the speakers is a finding.
    public struct TwoStateVoices: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.twoStateVoices] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            var findings: [Diagnostic] = []
            for (index, scheduled) in context.itinerary.items.enumerated() where scheduled.item.speakers != nil {
                let item = scheduled.item
                let orders = context.orders(at: index)
                let speakers = orders.speeches ?? []
                let government = speakers.filter { plan.people[$0]?.isGovernment == true }
                let state = speakers.filter {
                    plan.people[$0]?.isState == true && plan.people[$0]?.isGovernment != true
                }
                guard (!government.isEmpty && !state.isEmpty) || state.count > 1 else { continue }
                let help: Phrase
                if !government.isEmpty {
                    help = Phrase(
                        fr: "en présence d'un membre du Gouvernement, le préfet ne prend pas la parole : retirer "
                            + "\(RuleText.quoted(state)) de `speakers`",
                        en: "with a member of the Government present the préfet does not speak: remove "
                            + "\(RuleText.quoted(state)) from `speakers`")
                } else {
                    let first = orders.precedence.ids.first { state.contains($0) } ?? state[0]
                    let others = RuleText.quoted(state.filter { $0 != first })
                    help = Phrase(
                        fr:
                            "une seule voix parle au nom de l'État : garder `\(first)` et retirer \(others) de `speakers`",
                        en: "only one voice speaks for the State: keep `\(first)` and remove \(others) from `speakers`")
                }
                let voices = RuleText.quoted(government + state)
                findings.append(
                    Diagnostic(
                        .twoStateVoices,
                        Phrase(
                            fr: "deux voix pour l'État parmi les orateurs de « \(item.id) » : \(voices)",
                            en: "two voices for the State among the speakers of \"\(item.id)\": \(voices)"),
                        at: RuleText.listLocation(item, key: .speakers), subjects: government + state + [item.id],
                        start: scheduled.start, end: scheduled.end, help: help))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/TwoStateVoices``.
    public static let twoStateVoices = DiagnosticCode("two-state-voices", family: .protocol, severity: .warning)
}
