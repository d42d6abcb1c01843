import CortegeCore

/// Everything a programme prints, copied out of one audience view (and the protocol orders of the items that
/// view shows). The renderer reads nothing else: what the view dropped cannot be printed.
struct ProgrammeContent: Hashable, Sendable {
    struct Person: Hashable, Sendable {
        var id: String
        var name: String
        var title: String?
    }

    struct Venue: Hashable, Sendable {
        var name: String
        var address: String?
    }

    /// The line of art. 16, left to right as seen from the front, each with their rank at the item.
    struct Lineup: Hashable, Sendable {
        var leftToRight: [(person: Person, rank: Int)]
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
        var host: Person
        /// À la française: the host's long side, west to east (nil: empty seat). À l'anglaise: the south side.
        var nearSide: [Person?]
        var farSide: [Person?]
        var westEnd: Person?
        var eastEnd: Person?
    }

    struct Orders: Hashable, Sendable {
        var welcome: [Person]?
        var lineup: Lineup?
        var speeches: [Person]?
        var wreaths: [Person]?
        var seating: Seating?

        var isEmpty: Bool { welcome == nil && lineup == nil && speeches == nil && wreaths == nil && seating == nil }
    }

    struct Item: Hashable, Sendable {
        var id: String
        var kind: ItemKind
        var title: String
        var start: Instant
        var end: Instant
        var venue: Venue
        /// In order of precedence at the item.
        var participants: [Person]
        var press: PressAccess
        /// When journalists must be in place.
        var pressPositioning: Instant?
        var notes: String?
        var orders: Orders
    }

    /// A confidential item as staff see it: time taken, nothing else.
    struct Busy: Hashable, Sendable {
        var id: String
        var start: Instant
        var end: Instant
    }

    enum Entry: Hashable, Sendable {
        case item(Item)
        case busy(Busy)

        var start: Instant {
            switch self {
            case .item(let i): i.start
            case .busy(let b): b.start
            }
        }

        var end: Instant {
            switch self {
            case .item(let i): i.end
            case .busy(let b): b.end
            }
        }

        var id: String {
            switch self {
            case .item(let i): i.id
            case .busy(let b): b.id
            }
        }
    }

    /// A hand-over point of a leg: where it leaves one zone for the next.
    struct HandOver: Hashable, Sendable {
        var leaving: String
        var entering: String
        var fromZone: Force
        var toZone: Force
        var fromUnits: [String]
        var toUnits: [String]
    }

    /// The escort of one leg (security only).
    struct Escort: Hashable, Sendable {
        /// Unit ids, in the order they cover the leg.
        var units: [String]
        /// Names of the places crossed, in order.
        var route: [String]
        var handOvers: [HandOver]
        /// Each unit's in-place time, in the order of `units`.
        var inPlace: [String: Instant]
    }

    struct Transfer: Hashable, Sendable {
        var fromItem: String
        var toItem: String
        var from: Venue
        var to: Venue
        var start: Instant
        var end: Instant
        var mode: TransferMode
        var riders: [Person]
        var escort: Escort?

        /// Both ends' ids: a transfer's bar on the timeline is named after the legs it joins.
        var id: String { "\(fromItem)>\(toItem)" }
        var minutes: Int { start.minutes(until: end) }
    }

    struct Unit: Hashable, Sendable {
        var id: String
        var name: String?
        var force: Force
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
    }

    struct MotorcadeSlot: Hashable, Sendable {
        var role: String
        var people: [Person]
    }

    var reader: Audience
    /// The name of the person a `person:<id>` programme is for.
    var readerName: String?
    var visitID: String
    var visitTitle: String
    var visitKind: VisitKind
    var status: VisitStatus
    var zone: Zone
    var firstDate: LocalDate
    var principal: Person?
    var organizer: String?
    /// Items and busy blocks in itinerary order.
    var entries: [Entry]
    var transfers: [Transfer]
    /// Escort units (security only).
    var units: [Unit]
    /// Lanes of the timeline: the principal, the préfet, the host, as far as the view shows them.
    var keyPeople: [Person]
    var conflicts: [Conflict]
    var motorcade: [MotorcadeSlot]

    /// The local days the programme spans, in order: every day on which an entry or a transfer starts, and the
    /// visit's first date.
    var days: [LocalDate] {
        var set = Set<LocalDate>()
        for e in entries { set.insert(zone.local(e.start).date) }
        for t in transfers { set.insert(zone.local(t.start).date) }
        if set.isEmpty { set.insert(firstDate) }
        return set.sorted()
    }

    func entries(on day: LocalDate) -> [Entry] { entries.filter { zone.local($0.start).date == day } }

    func transfers(on day: LocalDate) -> [Transfer] { transfers.filter { zone.local($0.start).date == day } }

    /// A draft or tentative visit carries the *PROJET* watermark.
    var isProvisional: Bool { status == .draft || status == .tentative }
}
