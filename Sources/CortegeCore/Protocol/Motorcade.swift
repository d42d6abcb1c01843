/// The order of the motorcade (*cortège*) of a visit: no text sets it; a template, overridable per visit.

public struct MotorcadeSlot: Hashable, Sendable {
    /// A role of the template (`principal`, `authorities`…) or a person id written in `visit.motorcade`.
    public var role: String
    /// Who rides there, in order (empty for the escorts and the press).
    public var people: [String]
}

public struct Motorcade: Hashable, Sendable {
    /// docs/protocol.md §5: lead escort, principal's car (the préfet rides with the minister), close protection,
    /// authorities in precedence order, staff, press, tail escort.
    public static let defaultTemplate = [
        "lead-escort", "principal", "close-protection", "authorities", "staff", "press", "tail-escort",
    ]

    /// The roles a template may name; anything else must be a person id.
    public static let roles: Set<String> = Set(defaultTemplate)

    public var template: [String]
    /// True when the visit writes no `motorcade:` of its own.
    public var isDefault: Bool
    public var slots: [MotorcadeSlot]

    /// The motorcade of `plan`: who rides any transfer of the itinerary (or, without one, the people of
    /// consecutive items at different venues), placed by the template.
    public init(plan: Plan, itinerary: Itinerary? = nil, choice: PrecedenceTable.Choice? = nil) {
        let template = plan.visit.motorcade ?? Self.defaultTemplate
        self.template = template
        self.isDefault = plan.visit.motorcade == nil
        var riders: [String] = []
        var riding: Set<String> = []
        func add(_ ids: [String]) { for id in ids where riding.insert(id).inserted { riders.append(id) } }
        add([plan.visit.principal])
        if let itinerary {
            for t in itinerary.transfers { add(t.riders) }
        } else {
            for (previous, item) in zip(plan.programme, plan.programme.dropFirst()) where previous.venue != item.venue {
                add(plan.riders(from: previous, to: item))
            }
        }
        let everyone = plan.programme.flatMap { plan.attendees(of: $0) }
        let named = Set(template.filter { !Self.roles.contains($0) })
        let principal = plan.visit.principal
        var principalCar = [principal]
        if plan.people[principal]?.isGovernment == true {
            // The préfet rides with the minister.
            let prefect = (riders + everyone).first { plan.people[$0]?.isPrefect == true }
            if let prefect, !named.contains(prefect) { principalCar.append(prefect) }
        }
        func hasFunction(_ id: String, _ test: (FunctionCode) -> Bool) -> Bool {
            plan.people[id]?.functions.contains(where: test) == true
        }
        let closeProtection = (riders + everyone).reduce(into: [String]()) { list, id in
            if hasFunction(id, { $0 == .closeProtection }), !list.contains(id), !named.contains(id) { list.append(id) }
        }
        let taken = Set(principalCar + closeProtection).union(named)
        let staff = riders.filter { !taken.contains($0) && hasFunction($0, \.ridesInStaffCar) }
        let others = riders.filter { id in
            !taken.contains(id) && !staff.contains(id) && plan.people[id].map { !$0.isStaff } == true
        }
        var context = PrecedenceContext(
            choice: choice ?? plan.precedenceChoice, territory: plan.visit.territory,
            governmentPresent: plan.people[principal]?.isGovernment == true, prefectPresent: principalCar.count > 1,
            accompanied: GovernmentMember.highest(among: plan.people[principal].map { [$0] } ?? []))
        context.everyCommune = true
        let authorities = Precedence.order(others, in: context, plan: plan, itemID: "motorcade").ids
        self.slots = template.map { role in
            switch role {
            case "principal": MotorcadeSlot(role: role, people: principalCar)
            case "close-protection": MotorcadeSlot(role: role, people: closeProtection)
            case "authorities": MotorcadeSlot(role: role, people: authorities)
            case "staff": MotorcadeSlot(role: role, people: staff)
            case "lead-escort", "tail-escort", "press": MotorcadeSlot(role: role, people: [])
            default: MotorcadeSlot(role: role, people: plan.people[role] == nil ? [] : [role])
            }
        }
    }
}
