extension Rules {
    /// `welcome-missing-mayor`: a member of the Government is received in each commune where he stops by its
    /// mayor (or a deputy mayor representing him): checked at the first item of the Government in each commune.
    public struct WelcomeMissingMayor: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.welcomeMissingMayor] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            var visited: Set<String> = []
            var findings: [Diagnostic] = []
            for scheduled in context.itinerary.items {
                let item = scheduled.item
                guard item.kind != .private, let commune = plan.commune(of: item), !visited.contains(commune) else {
                    continue
                }
                let attendees = plan.attendees(of: item)
                let ministers = attendees.filter { plan.people[$0]?.isGovernment == true }
                guard !ministers.isEmpty else { continue }
                visited.insert(commune)
                func isMayor(_ id: String) -> Bool {
                    guard let p = plan.people[id] else { return false }
                    return (p.functions.contains(.mayor) && p.commune == commune)
                        || (p.functions.contains(.mayorOfParis) && plan.visit.territory == "75")
                }
                if ministers.contains(where: isMayor) { continue }
                var people = attendees
                var key = PlanKey.participants
                if case .explicit(let list) = item.welcome {
                    people = list
                    key = .welcome
                }
                let received = people.contains { id in
                    isMayor(id)
                        || (plan.people[id]?.functions.contains(.deputyMayor) == true
                            && plan.people[id]?.represents.map(isMayor) == true)
                }
                guard !received else { continue }
                let name = plan.communes[commune]?.name.map { "\($0) (\(commune))" } ?? commune
                let mayor = plan.personOrder.first(where: isMayor)
                findings.append(
                    Diagnostic(
                        .welcomeMissingMayor,
                        Phrase(
                            fr: "première étape de \(RuleText.quoted(ministers)) à \(name) à « \(item.id) » sans son "
                                + "maire ni un adjoint qui le représente",
                            en: "first stop of \(RuleText.quoted(ministers)) in \(name) at \"\(item.id)\" without its "
                                + "mayor or a deputy mayor representing him"),
                        at: RuleText.listLocation(item, key: key),
                        subjects: ministers + [item.id] + (mayor.map { [$0] } ?? []),
                        start: scheduled.start, end: scheduled.end,
                        help: mayor.map {
                            Phrase(
                                fr: "ajouter `\($0)` (ou un adjoint avec `represents: \($0)`) à `\(key)` de "
                                    + "« \(item.id) »",
                                en: "add `\($0)` (or a deputy mayor with `represents: \($0)`) to `\(key)` of "
                                    + "\"\(item.id)\"")
                        }
                            ?? Phrase(
                                fr: "définir le maire de \(name) (`function: mayor`, `commune: \"\(commune)\"`) et "
                                    + "l'ajouter à `\(key)` de « \(item.id) »",
                                en: "define the mayor of \(name) (`function: mayor`, `commune: \"\(commune)\"`) and "
                                    + "add him to `\(key)` of \"\(item.id)\"")))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/WelcomeMissingMayor``.
    public static let welcomeMissingMayor = DiagnosticCode(
        "welcome-missing-mayor", family: .protocol, severity: .warning)
}
