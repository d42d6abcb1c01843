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
                    let help =
                        rejected.isEmpty
                        ? "add a \(zone.rawValue) unit to the plan's `escort-units` and to this transfer"
                        : "free one of the \(zone.rawValue) units below, or add another"
                    return Diagnostic(
                        .escortZoneGap,
                        "\(context.legText(leg)) crosses the \(zone.rawValue) zone "
                            + "(\(places.joined(separator: ", "))) but no assigned unit may work there: \(assigned)",
                        at: leg.location, subjects: [leg.transfer.toItem] + leg.units, start: leg.start, end: leg.end,
                        notes: rejected.map {
                            DiagnosticNote("\($0.unit): \($0.reason)", at: plan.escortUnits[$0.unit]?.location)
                        },
                        help: leg.request == .auto
                            ? help : "add a \(zone.rawValue) unit to the `escort:` list, or write `escort: auto`")
                }
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortZoneGap``.
    public static let escortZoneGap = DiagnosticCode("escort-zone-gap", family: .escort, severity: .error)
}
