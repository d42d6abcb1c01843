import CortegeCore

/// The printed programme of a visit for one audience (SPEC §7, issue "the printed programme").
///
/// It is rendered from the audience view alone: the view holds copies of the fields that audience may see, the
/// protocol orders are reduced to person ids and printed only for items the view shows, and conflict findings are
/// reduced to their code, times and the subjects the view shows. Nothing is read from the `Plan`.
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
    /// Copies what the programme prints out of an audience view.
    init(view: AudienceView, orders: ProgrammeOrders, conflicts: [Diagnostic], keyPeople: [String]) {
        func person(_ p: AudiencePerson) -> Person { Person(id: p.id, name: p.name, title: p.title) }
        func venue(_ v: AudienceVenue) -> Venue { Venue(name: v.name, address: v.address) }

        // Everyone the view shows anywhere, by id.
        var known: [String: Person] = [:]
        if let p = view.visit.principal { known[p.id] = person(p) }
        for i in view.items { for p in i.participants { known[p.id] = person(p) } }
        for t in view.transfers { for p in t.riders { known[p.id] = person(p) } }
        let principal = view.visit.principal.map(person)

        var entries: [Entry] = []
        for entry in view.entries {
            switch entry {
            case .busy(let b):
                entries.append(.busy(Busy(id: b.id, start: b.start, end: b.end)))
            case .item(let i):
                // At an item without participants, the principal alone attends.
                var here = Dictionary(i.participants.map { ($0.id, person($0)) }, uniquingKeysWith: { a, _ in a })
                if i.participants.isEmpty, let principal { here[principal.id] = principal }
                entries.append(
                    .item(
                        Item(
                            id: i.id, kind: i.kind, title: i.title, start: i.start, end: i.end, venue: venue(i.venue),
                            participants: orders.inPrecedence(i.participants.map(person), at: i.id), press: i.press,
                            pressPositioning: i.pressPositioning, notes: i.notes,
                            orders: orders.orders(of: i.id, known: here))))
            }
        }

        let reader: ProgrammeReader =
            switch view.audience {
            case .principal: .principal
            case .person(let id): .person(known[id]?.name ?? id)
            case .staff: .staff
            case .security: .security
            case .press: .press
            case .public: .public
            }

        let transfers = view.transfers.map { t in
            Transfer(
                fromItem: t.fromItem, toItem: t.toItem, from: venue(t.from), to: venue(t.to), start: t.start,
                end: t.end, mode: t.mode, riders: t.riders.map(person),
                escort: reader.seesEscort
                    ? t.escort.map { e in
                        Escort(
                            units: e.units, route: e.places.map(\.name),
                            handOvers: e.handOvers.map { h in
                                HandOver(
                                    leaving: h.leaving.name, entering: h.entering.name, fromZone: h.fromZone,
                                    toZone: h.toZone, fromUnits: h.fromUnits, toUnits: h.toUnits)
                            }, inPlace: e.inPlace)
                    } : nil)
        }
        let units =
            reader.seesEscort ? (view.escort?.units ?? []).map { Unit(id: $0.id, name: $0.name, force: $0.force) } : []

        var lanes: [Person] = []
        for id in [principal?.id].compactMap({ $0 }) + keyPeople where !lanes.contains(where: { $0.id == id }) {
            if let p = known[id] { lanes.append(p) }
        }

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
        for u in units { names[u.id] = u.name ?? u.id }
        var shown: [Conflict] = []
        if reader.seesConflicts {
            for d in conflicts {
                guard let start = d.start, let end = d.end, start < end else { continue }
                if !reader.seesEscort && d.code.family == .escort { continue }
                let subjects = d.subjects.filter { names[$0] != nil }
                shown.append(
                    Conflict(
                        code: d.code.rawValue, severity: d.severity, start: start, end: end, subjects: subjects,
                        subjectNames: subjects.compactMap { names[$0] }))
            }
        }

        var motorcade: [MotorcadeSlot] = []
        if reader == .principal || reader == .staff || reader == .security {
            motorcade = orders.motorcade.map { slot in
                MotorcadeSlot(role: slot.role, people: slot.people.compactMap { known[$0] })
            }.filter { !$0.people.isEmpty || Motorcade.roles.contains($0.role) }
        }

        self.init(
            reader: reader, visitID: view.visit.id, visitTitle: view.visit.title, visitKind: view.visit.kind,
            status: view.visit.status, zone: view.visit.zone, firstDate: view.visit.date, principal: principal,
            organizer: view.visit.organizer?.name, entries: entries, transfers: transfers, units: units,
            keyPeople: lanes, conflicts: shown, motorcade: motorcade)
    }
}
