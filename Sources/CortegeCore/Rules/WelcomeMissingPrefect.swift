extension Rules {
    /// `welcome-missing-prefect`: a member of the Government arriving in the département is welcomed by the
    /// préfet (or whoever stands in for him with `represents:`): checked on the first arrival of a member of the
    /// Government.
    public struct WelcomeMissingPrefect: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.welcomeMissingPrefect] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let itinerary = context.itinerary
            guard
                let index = itinerary.items.firstIndex(where: { scheduled in
                    [.arrival, .welcome].contains(scheduled.item.kind)
                        && plan.attendees(of: scheduled.item).contains { plan.people[$0]?.isGovernment == true }
                })
            else { return [] }
            let arrival = itinerary.items[index].item
            let welcome = context.orders(at: index).welcome ?? []
            let isPrefect = RuleText.isPrefect
            let welcomed = welcome.contains { id in
                isPrefect(plan.people[id]) || plan.people[id]?.represents.map { isPrefect(plan.people[$0]) } == true
            }
            guard !welcomed else { return [] }
            let ministers = plan.attendees(of: arrival).filter { plan.people[$0]?.isGovernment == true }
            let prefect = plan.personOrder.first { isPrefect(plan.people[$0]) }
            let key: PlanKey =
                arrival.welcome.map { if case .explicit = $0 { PlanKey.welcome } else { .participants } }
                ?? .participants
            let scheduled = itinerary.item(arrival.id)
            return [
                Diagnostic(
                    .welcomeMissingPrefect,
                    Phrase(
                        fr: "\(RuleText.quoted(ministers)) arrive dans le département à « \(arrival.id) » sans le "
                            + "préfet sur la ligne d'accueil",
                        en: "\(RuleText.quoted(ministers)) arrives in the département at \"\(arrival.id)\" without the "
                            + "préfet in the welcome line"),
                    at: RuleText.listLocation(arrival, key: key), subjects: ministers + [arrival.id],
                    start: scheduled?.start, end: scheduled?.end,
                    help: Phrase(
                        fr: "ajouter \(prefect.map { "`\($0)`" } ?? "le préfet") à `\(key)` de « \(arrival.id) » : le "
                            + "préfet accueille un membre du Gouvernement à son arrivée dans le département",
                        en: "add \(prefect.map { "`\($0)`" } ?? "the préfet") to `\(key)` of \"\(arrival.id)\": the "
                            + "préfet welcomes a member of the Government on arrival in the département"))
            ]
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/WelcomeMissingPrefect``.
    public static let welcomeMissingPrefect = DiagnosticCode(
        "welcome-missing-prefect", family: .protocol, severity: .error)
}
