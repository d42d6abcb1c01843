extension Rules {
    /// `welcome-rider`: someone who rides with the principal into an item cannot be waiting in its welcome line
    /// (docs/protocol.md §5, welcome). The line computed by Cortège leaves the riders out; a `welcome:` list written
    /// by hand, or `riders:` written on the transfer, can still put one person in both.
    public struct WelcomeRider: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.welcomeRider] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            var findings: [Diagnostic] = []
            for (index, scheduled) in context.itinerary.items.enumerated() {
                let item = scheduled.item
                guard let transfer = context.itinerary.transfer(to: item.id),
                    let welcome = context.orders(at: index).welcome
                else { continue }
                let riders = Set(transfer.riders)
                let both = welcome.filter { riders.contains($0) && $0 != plan.visit.principal }
                guard !both.isEmpty else { continue }
                let key: PlanKey =
                    item.welcome.map { if case .explicit = $0 { .welcome } else { .participants } }
                    ?? .participants
                let who = RuleText.quoted(both)
                let previous = transfer.fromItem
                let (arrive, peut) = both.count > 1 ? ("arrivent", "peuvent") : ("arrive", "peut")
                findings.append(
                    Diagnostic(
                        .welcomeRider,
                        Phrase(
                            fr: "\(who) \(arrive) avec la personnalité principale à « \(item.id) », depuis "
                                + "« \(previous) », et ne \(peut) pas l'attendre dans la ligne d'accueil",
                            en:
                                "\(who) rides with the principal into \"\(item.id)\" from \"\(previous)\" and cannot be "
                                + "waiting in its welcome line"),
                        at: RuleText.listLocation(item, key: key), subjects: both + [item.id],
                        start: scheduled.start, end: scheduled.end,
                        help: Phrase(
                            fr: "retirez \(who) de `welcome` de « \(item.id) », ou des `riders` du trajet qui y mène",
                            en: "remove \(who) from `welcome` of \"\(item.id)\", or from the `riders` of the transfer "
                                + "into it")))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/WelcomeRider``.
    public static let welcomeRider = DiagnosticCode("welcome-rider", family: .protocol, severity: .warning)
}
