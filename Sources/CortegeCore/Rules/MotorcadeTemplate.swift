extension Rules {
    /// `plan-schema` of the motorcade template: `visit.motorcade` names roles of the template or people of the
    /// plan.
    public struct MotorcadeTemplate: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.planSchema] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            guard let template = plan.visit.motorcade else { return [] }
            let known = Array(Motorcade.roles) + plan.personOrder
            return template.filter { !Motorcade.roles.contains($0) && plan.people[$0] == nil }.map { slot in
                Diagnostic(
                    .planSchema,
                    Phrase(
                        fr: "la place « \(slot) » de `motorcade` n'est ni un rôle ni une personne du plan",
                        en: "`motorcade` slot \"\(slot)\" is neither a role nor a person of the plan"),
                    at: plan.visit.location(of: .motorcade), subjects: [slot],
                    help: nearest(to: slot, in: known).map { Phrase.didYouMean($0) }
                        ?? Phrase(
                            fr: "rôles : \(Motorcade.defaultTemplate.joined(separator: ", ")), ou l'id d'une personne",
                            en: "roles: \(Motorcade.defaultTemplate.joined(separator: ", ")), or a person id"))
            }
        }
    }
}
