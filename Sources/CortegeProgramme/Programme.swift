import CortegeCore

/// The printed programme of a visit for one audience (docs/audiences.md).
///
/// It is rendered from the audience view and its extras alone (`ProgrammeContent`): the view holds copies of the
/// fields that audience may see, the protocol orders are reduced to person ids and printed only for items the view
/// shows, and conflict findings are reduced to their code, times and the subjects the view shows. Nothing is read
/// from the `Plan`.
public enum Programme {
    /// One self-contained HTML page (inline CSS and SVG, no script, no external request), XML-compatible.
    ///
    /// - Parameters:
    ///   - view: the audience view (its embargo already enforced by `AudienceView.build`).
    ///   - orders: the visit's protocol orders.
    ///   - conflicts: findings of `cortege check`; those with a start and an end are marked on the timeline,
    ///     for the principal, staff and security audiences only.
    ///   - keyPeople: ids of the préfet and the host, drawn as timeline lanes after the principal when the view
    ///     shows them.
    public static func html(
        view: AudienceView, orders: ProgrammeOrders = .none, conflicts: [Diagnostic] = [], keyPeople: [String] = [],
        options: ProgrammeOptions
    ) -> String {
        let content = ProgrammeContent(view: view, orders: orders, conflicts: conflicts, keyPeople: keyPeople)
        return ProgrammeRenderer(content: content, options: options).html()
    }
}

extension ProgrammeContent {
    /// The view, and the extras the programme adds to it, reduced to what the view shows.
    init(view: AudienceView, orders: ProgrammeOrders, conflicts: [Diagnostic], keyPeople: [String]) {
        let reader = view.audience

        let known = view.people
        let principal = view.visit.principal

        var precedence: [String: [AudiencePerson]] = [:]
        var itemOrders: [String: Orders] = [:]
        for i in view.items {
            // At an item without participants, the principal alone attends.
            var here = Dictionary(i.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            if i.participants.isEmpty, let principal { here[principal.id] = principal }
            precedence[i.id] = orders.inPrecedence(i.participants, at: i.id)
            itemOrders[i.id] = orders.orders(of: i.id, known: here)
        }

        var lanes: [AudiencePerson] = []
        for id in [principal?.id].compactMap({ $0 }) + keyPeople where !lanes.contains(where: { $0.id == id }) {
            if let p = known[id] { lanes.append(p) }
        }

        var content = ProgrammeContent(view: view, precedence: precedence, orders: itemOrders, keyPeople: lanes)
        content.principalRole = principal == nil ? nil : orders.principal

        // Names of what the view shows, for the subjects of findings.
        var names: [String: String] = known.mapValues(\.name)
        for i in view.items {
            names[i.id] = i.title
            names[i.venue.id] = i.venue.name
        }
        for t in view.transfers {
            names[t.from.id] = t.from.name
            names[t.to.id] = t.to.name
        }
        for u in content.units { names[u.id] = u.name ?? u.id }
        if reader.seesConflicts {
            for d in conflicts {
                guard let start = d.start, let end = d.end, start < end else { continue }
                if !reader.seesEscort && d.code.family == .escort { continue }
                let subjects = d.subjects.filter { names[$0] != nil }
                content.conflicts.append(
                    Conflict(
                        code: d.code.rawValue, severity: d.severity, start: start, end: end, subjects: subjects,
                        subjectNames: subjects.compactMap { names[$0] }, message: Self.shownMessage(d)))
            }
            content.motorcade = orders.motorcade.map { slot in
                MotorcadeSlot(role: slot.role, people: slot.people.compactMap { known[$0] })
            }.filter { !$0.people.isEmpty || Motorcade.roles.contains($0.role) }
        }
        self = content
    }

    /// The sentence a programme shows for a finding: its own, except a finding that quotes a person's agenda (a
    /// note in an agenda file), whose entries a programme never names (they show as reserved slots): then only that
    /// the person has an entry of their agenda at that time.
    static func shownMessage(_ d: Diagnostic) -> Phrase {
        let quotesAgenda = d.notes.contains { note in
            guard let file = note.location?.file else { return false }
            return !(file.hasSuffix(".yaml") || file.hasSuffix(".yml"))
        }
        guard quotesAgenda else { return d.phrase }
        let who = d.subjects.first ?? ""
        return Phrase(
            fr: "\(who) a un engagement de son agenda sur ce créneau",
            en: "\(who) has an entry of their agenda at that time")
    }
}
