extension Rules {
    /// `escort-zone-gap`: a transfer crosses a zone no assigned unit may work in.
    public struct EscortZoneGap: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortZoneGap] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            return context.escort.legs.filter { !$0.units.isEmpty }.flatMap { leg in
                leg.uncoveredZones.map { zone in
                    let places = leg.stretches.filter { $0.zone == zone }.flatMap(\.places).map(\.name)
                    let assigned = leg.units.map { context.unitText($0) }.joined(separator: ", ")
                    let rejected = leg.rejections.filter { plan.escortUnits[$0.unit]?.force == zone }
                    let force = zone.rawValue
                    let help =
                        rejected.isEmpty
                        ? Phrase(
                            fr: "ajouter une unité de \(force) aux `escort-units` du plan et à ce trajet",
                            en: "add a \(force) unit to the plan's `escort-units` and to this transfer")
                        : Phrase(
                            fr: "libérer l'une des unités de \(force) ci-dessous, ou en ajouter une autre",
                            en: "free one of the \(force) units below, or add another")
                    let text = context.legText(leg)
                    let list = places.joined(separator: ", ")
                    return Diagnostic(
                        .escortZoneGap,
                        Phrase(
                            fr: "\(text.fr) traverse la zone \(force) (\(list)) mais aucune unité affectée ne peut y "
                                + "intervenir : \(assigned)",
                            en: "\(text.en) crosses the \(force) zone (\(list)) but no assigned unit may work there: "
                                + assigned),
                        at: leg.location, subjects: [leg.transfer.toItem] + leg.units, start: leg.start, end: leg.end,
                        notes: rejected.map {
                            DiagnosticNote(RuleText.rejection($0), at: plan.escortUnits[$0.unit]?.location)
                        },
                        help: leg.request == .auto
                            ? help
                            : Phrase(
                                fr: "ajouter une unité de \(force) à la liste `escort:`, ou écrire `escort: auto`",
                                en: "add a \(force) unit to the `escort:` list, or write `escort: auto`"))
                }
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortZoneGap``.
    public static let escortZoneGap = DiagnosticCode("escort-zone-gap", family: .escort, severity: .error)
}
