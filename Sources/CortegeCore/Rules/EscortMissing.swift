extension Rules {
    /// `escort-missing`: a transfer that needs an escort has none.
    public struct EscortMissing: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortMissing] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            return context.escort.legs.filter { $0.needed && $0.units.isEmpty }.map { leg in
                let riders = leg.transfer.riders.filter { plan.requiresEscort($0) }.joined(separator: ", ")
                let why: String
                let help: String
                switch leg.request {
                case .none:
                    why = "`escort: none` is written"
                    help = "write `escort: auto` or list the units; a rider who needs no escort takes `escort: none`"
                case .units:
                    why = "the list of units is empty or names no defined unit"
                    help = "list at least one unit of the competent force, or write `escort: auto`"
                case .auto:
                    why = leg.rejections.isEmpty ? "no escort unit is defined" : "no unit is usable"
                    help = "add a unit under `escort-units`, widen an `available` window, or move the transfer"
                }
                return Diagnostic(
                    .escortMissing,
                    "\(context.legText(leg)) carries \(riders), who needs an escort, but has none: \(why)",
                    at: leg.location,
                    subjects: [leg.transfer.fromItem, leg.transfer.toItem] + leg.rejections.map(\.unit),
                    start: leg.start, end: leg.end,
                    notes: leg.rejections.map { r in
                        DiagnosticNote("\(r.unit): \(r.reason)", at: plan.escortUnits[r.unit]?.location)
                    }, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortMissing``.
    public static let escortMissing = DiagnosticCode("escort-missing", family: .escort, severity: .error)
}
