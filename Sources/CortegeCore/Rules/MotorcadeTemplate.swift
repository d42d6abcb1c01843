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
                    .planSchema, "`motorcade` slot \"\(slot)\" is neither a role nor a person of the plan",
                    at: plan.visit.location(of: .motorcade), subjects: [slot],
                    help: nearest(to: slot, in: known).map { "did you mean `\($0)`?" }
                        ?? "roles: \(Motorcade.defaultTemplate.joined(separator: ", ")), or a person id")
            }
        }
    }
}
