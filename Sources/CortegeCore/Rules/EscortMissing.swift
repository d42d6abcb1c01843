extension Rules {
    /// `escort-missing`: a transfer that needs an escort has none.
    public struct EscortMissing: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.escortMissing] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            return context.escort.legs.filter { $0.needed && $0.units.isEmpty }.map { escortLeg in
                let riders = escortLeg.transfer.riders.filter { plan.requiresEscort($0) }.joined(separator: ", ")
                let why: Phrase
                let help: Phrase
                switch escortLeg.request {
                case .none:
                    why = Phrase(fr: "`escort: none` est écrit", en: "`escort: none` is written")
                    help = Phrase(
                        fr: "écrire `escort: auto` ou la liste des unités ; un passager qui n'a pas besoin d'escorte "
                            + "prend `escort: none`",
                        en: "write `escort: auto` or list the units; a rider who needs no escort takes `escort: none`")
                case .units:
                    why = Phrase(
                        fr: "la liste des unités est vide ou ne nomme aucune unité définie",
                        en: "the list of units is empty or names no defined unit")
                    help = Phrase(
                        fr: "nommer au moins une unité de la force compétente, ou écrire `escort: auto`",
                        en: "list at least one unit of the competent force, or write `escort: auto`")
                case .auto:
                    why =
                        escortLeg.rejections.isEmpty
                        ? Phrase(fr: "aucune unité d'escorte n'est définie", en: "no escort unit is defined")
                        : Phrase(fr: "aucune unité n'est disponible", en: "no unit is usable")
                    help = Phrase(
                        fr: "ajouter une unité sous `escort-units`, élargir une plage `available`, ou déplacer le "
                            + "trajet",
                        en: "add a unit under `escort-units`, widen an `available` window, or move the transfer")
                }
                let leg = context.legText(escortLeg)
                return Diagnostic(
                    .escortMissing,
                    Phrase(
                        fr: "\(leg.fr) transporte \(riders), qui doit être escorté, mais n'a pas d'escorte : \(why.fr)",
                        en: "\(leg.en) carries \(riders), who needs an escort, but has none: \(why.en)"),
                    at: escortLeg.location,
                    subjects: [escortLeg.transfer.fromItem, escortLeg.transfer.toItem]
                        + escortLeg.rejections.map(\.unit),
                    start: escortLeg.start, end: escortLeg.end,
                    notes: escortLeg.rejections.map { r in
                        DiagnosticNote(RuleText.rejection(r), at: plan.escortUnits[r.unit]?.location)
                    }, help: help)
            }
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/EscortMissing``.
    public static let escortMissing = DiagnosticCode("escort-missing", family: .escort, severity: .error)
}
