import CortegeCore

/// What a programme prints: one audience view (docs/audiences.md), and what the programme adds to it — the order
/// of precedence and the protocol orders of the items the view shows (docs/protocol.md), the lanes of the key
/// people, the conflicts to mark and the motorcade order. The extras name only people, items, venues and units the
/// view shows, and the renderer reads nothing else: what the view dropped cannot be printed.
struct ProgrammeContent: Sendable {
    /// The line of art. 16, left to right as seen from the front, each with their rank at the item.
    struct Lineup: Hashable, Sendable {
        var leftToRight: [(person: AudiencePerson, rank: Int)]
        /// With an aisle: how many stand to its left.
        var aisleAfter: Int?

        static func == (a: Lineup, b: Lineup) -> Bool {
            a.aisleAfter == b.aisleAfter && a.leftToRight.map(\.person) == b.leftToRight.map(\.person)
                && a.leftToRight.map(\.rank) == b.leftToRight.map(\.rank)
        }

        func hash(into h: inout Hasher) {
            h.combine(aisleAfter)
            for (p, r) in leftToRight {
                h.combine(p)
                h.combine(r)
            }
        }
    }

    /// The seating plan of a meal, drawn from above.
    struct Seating: Hashable, Sendable {
        var style: SeatingStyle
        var host: AudiencePerson
        /// À la française: the host's long side, west to east (nil: empty seat). À l'anglaise: the south side.
        var nearSide: [AudiencePerson?]
        var farSide: [AudiencePerson?]
        var westEnd: AudiencePerson?
        var eastEnd: AudiencePerson?
    }

    /// The protocol orders of one item, with the people the view shows there.
    struct Orders: Hashable, Sendable {
        var welcome: [AudiencePerson]?
        var lineup: Lineup?
        var speeches: [AudiencePerson]?
        var wreaths: [AudiencePerson]?
        var seating: Seating?

        var isEmpty: Bool { welcome == nil && lineup == nil && speeches == nil && wreaths == nil && seating == nil }
    }

    /// A conflict finding to mark on the timeline.
    struct Conflict: Hashable, Sendable {
        var code: String
        var severity: Severity
        var start: Instant
        var end: Instant
        /// Ids the finding is about, among those this programme shows.
        var subjects: [String]
        /// The same, as printed (names of people, titles of items).
        var subjectNames: [String]
        /// The finding's sentence, in French and English (the code is only its label).
        var message: Phrase
    }

    struct MotorcadeSlot: Hashable, Sendable {
        var role: String
        var people: [AudiencePerson]
    }

    /// What the audience may see; nothing else of the visit is printed.
    var view: AudienceView
    /// The participants of the view's items in order of precedence at the item, by item id; an item missing here
    /// lists them as the view gives them.
    var precedence: [String: [AudiencePerson]] = [:]
    /// The protocol orders of the view's items, by item id.
    var orders: [String: Orders] = [:]
    /// Lanes of the timeline: the principal, the préfet, the host, as far as the view shows them.
    var keyPeople: [AudiencePerson] = []
    var conflicts: [Conflict] = []
    var motorcade: [MotorcadeSlot] = []
    /// The principal's function and civility, for the heading.
    var principalRole: PrincipalRole?

    var audience: Audience { view.audience }
    var visit: AudienceVisit { view.visit }
    var zone: Zone { view.visit.zone }

    /// Escort units (security only).
    var units: [AudienceUnit] { audience.seesEscort ? view.escort?.units ?? [] : [] }

    /// An item's participants, in order of precedence.
    func participants(of item: AudienceItem) -> [AudiencePerson] { precedence[item.id] ?? item.participants }

    func orders(of item: AudienceItem) -> Orders { orders[item.id] ?? Orders() }

    /// The local days the programme spans, in order: every day on which an entry or a transfer starts, and the
    /// visit's first date.
    var days: [LocalDate] {
        var set = Set<LocalDate>()
        for e in view.entries { set.insert(zone.local(e.start).date) }
        for t in view.transfers { set.insert(zone.local(t.start).date) }
        if set.isEmpty { set.insert(visit.date) }
        return set.sorted()
    }

    func entries(on day: LocalDate) -> [AudienceEntry] { view.entries.filter { zone.local($0.start).date == day } }

    func transfers(on day: LocalDate) -> [AudienceTransfer] {
        view.transfers.filter { zone.local($0.start).date == day }
    }

    /// A draft or tentative visit carries the *PROJET* watermark.
    var isProvisional: Bool { visit.status == .draft || visit.status == .tentative }
}

extension AudienceTransfer {
    /// Both ends' ids: a transfer's bar on the timeline is named after the legs it joins.
    var legID: String { "\(fromItem)>\(toItem)" }
    var minutes: Int { start.minutes(until: end) }
}
