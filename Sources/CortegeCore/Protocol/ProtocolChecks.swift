/// The protocol findings of SPEC §6: welcome-missing-prefect, welcome-missing-mayor, two-state-voices,
/// precedence-tie, unranked-person, and the motorcade template's own schema check.
public enum ProtocolChecks {
    /// Every protocol rule, for `Analysis.rules`.
    public static let rules: [Analysis.Rule] = [
        welcomeMissingPrefect, welcomeMissingMayor, twoStateVoices, precedenceTie, unrankedPerson, motorcadeTemplate,
    ]

    static func isPrefect(_ person: Person?) -> Bool {
        guard let person else { return false }
        return person.functions.contains("prefect") || person.functions.contains("regional-prefect")
    }

    static func isElected(_ person: Person?) -> Bool {
        person?.functions.contains { FunctionCodes.elected.contains($0) } == true
    }

    static func quoted(_ ids: [String]) -> String { ids.map { "`\($0)`" }.joined(separator: ", ") }

    /// Where to point a finding about a list of people at an item: the list if written, else the participants.
    static func listLocation(_ item: Item, key: String) -> SourceLocation {
        item.keyLocations[key] ?? item.location(of: "participants")
    }

    // MARK: - Welcome

    /// A member of the Government arriving in the département is welcomed by the préfet (or whoever stands in for
    /// him with `represents:`): checked on the first arrival of a member of the Government.
    public static func welcomeMissingPrefect(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        let items = itinerary.items.map(\.item)
        guard
            let arrival = items.first(where: { item in
                [.arrival, .welcome].contains(item.kind)
                    && plan.attendees(of: item).contains { plan.people[$0]?.isGovernment == true }
            })
        else { return [] }
        let orders = ItemProtocol(item: arrival, plan: plan, precedence: Precedence.at(arrival, in: plan))
        let welcome = orders.welcome ?? []
        let welcomed = welcome.contains { id in
            isPrefect(plan.people[id]) || plan.people[id]?.represents.map { isPrefect(plan.people[$0]) } == true
        }
        guard !welcomed else { return [] }
        let ministers = plan.attendees(of: arrival).filter { plan.people[$0]?.isGovernment == true }
        let prefect = plan.personOrder.first { isPrefect(plan.people[$0]) }
        let key = arrival.welcome.map { if case .explicit = $0 { "welcome" } else { "participants" } } ?? "participants"
        let scheduled = itinerary.item(arrival.id)
        return [
            Diagnostic(
                .welcomeMissingPrefect,
                "\(quoted(ministers)) arrives in the département at \"\(arrival.id)\" without the préfet in the "
                    + "welcome line",
                at: listLocation(arrival, key: key), subjects: ministers + [arrival.id], start: scheduled?.start,
                end: scheduled?.end,
                help: "add \(prefect.map { "`\($0)`" } ?? "the préfet") to `\(key)` of \"\(arrival.id)\": the préfet "
                    + "welcomes a member of the Government on arrival in the département")
        ]
    }

    /// A member of the Government is received in each commune where he stops by its mayor (or a deputy mayor
    /// representing him): checked at the first item of the Government in each commune.
    public static func welcomeMissingMayor(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        var visited: Set<String> = []
        var findings: [Diagnostic] = []
        for scheduled in itinerary.items {
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
                return (p.functions.contains("mayor") && p.commune == commune)
                    || (p.functions.contains("mayor-of-paris") && plan.visit.territory == "75")
            }
            if ministers.contains(where: isMayor) { continue }
            var people = attendees
            var key = "participants"
            if case .explicit(let list) = item.welcome {
                people = list
                key = "welcome"
            }
            let received = people.contains { id in
                isMayor(id)
                    || (plan.people[id]?.functions.contains("deputy-mayor") == true
                        && plan.people[id]?.represents.map(isMayor) == true)
            }
            guard !received else { continue }
            let name = plan.communes[commune]?.name.map { "\($0) (\(commune))" } ?? commune
            let mayor = plan.personOrder.first(where: isMayor)
            findings.append(
                Diagnostic(
                    .welcomeMissingMayor,
                    "first stop of \(quoted(ministers)) in \(name) at \"\(item.id)\" without its mayor or a deputy "
                        + "mayor representing him",
                    at: listLocation(item, key: key), subjects: ministers + [item.id] + (mayor.map { [$0] } ?? []),
                    start: scheduled.start, end: scheduled.end,
                    help: mayor.map {
                        "add `\($0)` (or a deputy mayor with `represents: \($0)`) to `\(key)` of \"\(item.id)\""
                    } ?? "define the mayor of \(name) (`function: mayor`, `commune: \"\(commune)\"`) and add him to "
                        + "`\(key)` of \"\(item.id)\""))
        }
        return findings
    }

    // MARK: - Speeches

    /// One voice speaks for the State: a minister and the préfet, or two members of the prefectoral corps, among the
    /// speakers is a finding.
    public static func twoStateVoices(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for scheduled in itinerary.items where scheduled.item.speakers != nil {
            let item = scheduled.item
            let orders = ItemProtocol(item: item, plan: plan, precedence: Precedence.at(item, in: plan))
            let speakers = orders.speeches ?? []
            let government = speakers.filter { plan.people[$0]?.isGovernment == true }
            let state = speakers.filter { plan.people[$0]?.isState == true && plan.people[$0]?.isGovernment != true }
            guard (!government.isEmpty && !state.isEmpty) || state.count > 1 else { continue }
            let help: String
            if !government.isEmpty {
                help =
                    "with a member of the Government present the préfet does not speak: remove \(quoted(state)) "
                    + "from `speakers`"
            } else {
                let first = orders.precedence.ids.first { state.contains($0) } ?? state[0]
                help =
                    "only one voice speaks for the State: keep `\(first)` and remove "
                    + "\(quoted(state.filter { $0 != first })) from `speakers`"
            }
            findings.append(
                Diagnostic(
                    .twoStateVoices,
                    "two voices for the State among the speakers of \"\(item.id)\": \(quoted(government + state))",
                    at: listLocation(item, key: "speakers"), subjects: government + state + [item.id],
                    start: scheduled.start, end: scheduled.end, help: help))
        }
        return findings
    }

    // MARK: - Precedence

    /// Two people of one rank that nothing tells apart: reported once per group, at the first item where it shows.
    public static func precedenceTie(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        var firstSeen: [[String]: (Item, PrecedenceTie, ItemPrecedence)] = [:]
        var alsoAt: [[String]: [String]] = [:]
        var order: [[String]] = []
        for scheduled in itinerary.items {
            let precedence = Precedence.at(scheduled.item, in: plan)
            for tie in precedence.ties {
                let key = tie.people.sorted()
                if firstSeen[key] == nil {
                    firstSeen[key] = (scheduled.item, tie, precedence)
                    order.append(key)
                } else {
                    alsoAt[key, default: []].append(scheduled.item.id)
                }
            }
        }
        return order.compactMap { key in
            guard let (item, tie, precedence) = firstSeen[key] else { return nil }
            let rules = Set(tie.people.compactMap { precedence.placed($0)?.rule })
            let rank = rules.count == 1 ? "rank \(tie.rank) (\(rules.first ?? ""))" : "rank \(tie.rank)"
            let government = tie.people.allSatisfy { plan.people[$0]?.isGovernment == true }
            let why: String
            let help: String
            if government {
                why = "no distinct `government-rank` tells them apart"
                help = "give each member of the Government his `government-rank` (the order set by the President)"
            } else if tie.sameFirstElection {
                let date = plan.people[tie.people[0]]?.firstElected.map { " (\($0))" } ?? ""
                why = "they were first elected on the same day\(date)"
                help = "no official rule goes further: fix the order by hand with `lineup:` and `speakers:` lists"
            } else if tie.people.contains(where: { isElected(plan.people[$0]) }) {
                let missing = tie.people.filter { plan.people[$0]?.firstElected == nil }
                why = "no `first-elected` tells them apart"
                help = "add `first-elected:` to \(quoted(missing)) (the longest mandate comes first)"
            } else {
                why = "the décret does not order the holders of one rank among themselves"
                help = "their order in the plan (or registry) stands; write `lineup:` or `speakers:` lists to change it"
            }
            var notes = tie.people.compactMap { id in
                plan.people[id].map { DiagnosticNote("\(id) is defined here", at: $0.location) }
            }
            if let others = alsoAt[key] {
                notes.append(DiagnosticNote("the same tie at \(others.map { "\"\($0)\"" }.joined(separator: ", "))"))
            }
            return Diagnostic(
                .precedenceTie,
                "\(quoted(tie.people)) share \(rank) at \"\(item.id)\" and \(why); "
                    + "they keep the plan's order",
                at: item.location(of: "participants"), subjects: tie.people + [item.id], notes: notes, help: help)
        }
    }

    /// A participant without a rank in the list in force: reported once per person and reason.
    public static func unrankedPerson(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        let choice = plan.precedenceChoice
        if case .unavailable(let why) = choice {
            var everyone: [String] = []
            for item in itinerary.items.map(\.item) {
                for id in plan.attendees(of: item) where !everyone.contains(id) && plan.people[id]?.isStaff == false {
                    everyone.append(id)
                }
            }
            guard !everyone.isEmpty else { return [] }
            return [
                Diagnostic(
                    .unrankedPerson, "\(why): the \(everyone.count) participant(s) are left unranked",
                    at: plan.visit.location(of: "territory"), subjects: everyone,
                    help: "the orders follow the plan's order; write `welcome:`, `speakers:` and `lineup:` lists "
                        + "by hand")
            ]
        }
        struct Key: Hashable {
            var person: String
            var reasons: [UnrankedReason]
        }
        var firstSeen: [Key: Item] = [:]
        var alsoAt: [Key: [String]] = [:]
        var order: [Key] = []
        for scheduled in itinerary.items {
            let precedence = Precedence.at(scheduled.item, in: plan, choice: choice)
            for placed in precedence.order where placed.rank == nil {
                let key = Key(person: placed.id, reasons: placed.unranked)
                if firstSeen[key] == nil {
                    firstSeen[key] = scheduled.item
                    order.append(key)
                } else {
                    alsoAt[key, default: []].append(scheduled.item.id)
                }
            }
        }
        return order.compactMap { key in
            guard let item = firstSeen[key], let person = plan.people[key.person] else { return nil }
            var location = item.location(of: "participants")
            var help: String?
            for reason in key.reasons {
                switch reason {
                case .noFunction:
                    location = person.location
                    help = "give \(person.id) a `function:` (PROTOCOL.md §1) if the person holds one"
                case .notInList:
                    location = person.keyLocations["function"] ?? person.keyLocations["functions"] ?? person.location
                case .noRankOfItsOwn(let function) where function != "personality":
                    help =
                        help ?? "add `represents: <id of the office holder>` to \(person.id) if he stands in for "
                        + "the mayor or the council president (art. 14)"
                default:
                    break
                }
            }
            var notes: [DiagnosticNote] = []
            if let others = alsoAt[key] {
                notes.append(
                    DiagnosticNote(
                        "unranked for the same reason at "
                            + others.map { "\"\($0)\"" }.joined(separator: ", ")))
            }
            return Diagnostic(
                .unrankedPerson,
                "\(person.id) has no rank at \"\(item.id)\": \(key.reasons.map(\.text).joined(separator: "; ")); "
                    + "placed after the ranked authorities",
                at: location, subjects: [person.id, item.id], notes: notes, help: help)
        }
    }

    // MARK: - Motorcade

    /// `visit.motorcade` names roles of the template or people of the plan.
    public static func motorcadeTemplate(_ plan: Plan, _ itinerary: Itinerary) -> [Diagnostic] {
        guard let template = plan.visit.motorcade else { return [] }
        let known = Array(Motorcade.roles) + plan.personOrder
        return template.filter { !Motorcade.roles.contains($0) && plan.people[$0] == nil }.map { slot in
            Diagnostic(
                .planSchema, "`motorcade` slot \"\(slot)\" is neither a role nor a person of the plan",
                at: plan.visit.location(of: "motorcade"), subjects: [slot],
                help: nearest(to: slot, in: known).map { "did you mean `\($0)`?" }
                    ?? "roles: \(Motorcade.defaultTemplate.joined(separator: ", ")), or a person id")
        }
    }
}
