/// The escort plan (docs/audiences.md §2): which units cover which transfer, where the police hands over to the
/// gendarmerie (or back), and every unit's duty span.

/// A place a leg goes through, in order: the origin venue, the communes of its `route:`, the destination venue.
public struct EscortPlace: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case venue, commune }

    public var kind: Kind
    /// The venue id or the commune's INSEE code.
    public var id: String
    public var name: String
    /// The competent force there; nil when neither the venue nor its commune says.
    public var zone: SecurityZone?
    /// The commune's code (a venue's commune, when it has one): what `handover-points` join.
    public var commune: String?

    public init(kind: Kind, id: String, name: String, zone: SecurityZone?, commune: String? = nil) {
        self.kind = kind
        self.id = id
        self.name = name
        self.zone = zone
        self.commune = commune ?? (kind == .commune ? id : nil)
    }

    public var description: String { "\(name) (\(zone?.rawValue ?? "zone unknown"))" }
}

/// A run of consecutive places of one zone, and the assigned units of the competent force there.
public struct EscortStretch: Hashable, Sendable {
    /// Nil when no place of the leg has a known zone: any force may escort it.
    public var zone: SecurityZone?
    public var places: [EscortPlace]
    public var units: [String]

    public init(zone: SecurityZone?, places: [EscortPlace], units: [String]) {
        self.zone = zone
        self.places = places
        self.units = units
    }
}

/// A hand-over point: where the leg leaves one zone for another, and who hands over to whom.
public struct EscortHandOver: Hashable, Sendable {
    /// The last place of the zone left and the first place of the zone entered.
    public var leaving: EscortPlace
    public var entering: EscortPlace
    public var fromZone: SecurityZone
    public var toZone: SecurityZone
    /// Units of the competent force on each side (empty where no assigned unit may work).
    public var fromUnits: [String]
    public var toUnits: [String]
    /// The declared `handover-points` entry where it happens; nil at the commune boundary.
    public var point: EscortHandOverPoint?
    /// When the cortège reaches it (see `EscortPlanner.placeHandOvers`).
    public var time: Instant?
    /// True when `time` comes from the point's coordinates (not from evenly spaced route places).
    public var estimated: Bool

    public init(
        leaving: EscortPlace, entering: EscortPlace, fromZone: SecurityZone, toZone: SecurityZone,
        fromUnits: [String], toUnits: [String], point: EscortHandOverPoint? = nil, time: Instant? = nil,
        estimated: Bool = false
    ) {
        self.leaving = leaving
        self.entering = entering
        self.fromZone = fromZone
        self.toZone = toZone
        self.fromUnits = fromUnits
        self.toUnits = toUnits
        self.point = point
        self.time = time
        self.estimated = estimated
    }
}

/// Why a unit could not be assigned to a leg by `escort: auto`.
public struct EscortRejection: Hashable, Sendable {
    public var unit: String
    /// Why, in each language.
    public var reason: Phrase

    public init(unit: String, reason: Phrase) {
        self.unit = unit
        self.reason = reason
    }
}

/// One transfer of the itinerary as the escort plan sees it.
public struct EscortLeg: Hashable, Sendable {
    public var transfer: ScheduledTransfer
    /// What the plan asked for (`auto` when nothing was written).
    public var request: EscortRequest
    /// A rider requires an escort (`escort: required`, or the principal of a ministerial visit).
    public var needed: Bool
    /// Assigned units, in the order of the zones they cover (auto) or as written (explicit list).
    public var units: [String]
    public var places: [EscortPlace]
    public var stretches: [EscortStretch]
    public var handOvers: [EscortHandOver]
    /// For `auto`: units of a needed force that were not usable, and why.
    public var rejections: [EscortRejection]
    /// Where and when each assigned unit must be in place, in the order of `units`.
    public var posts: [EscortPost] = []
    /// Where findings about this leg point: the transfer's `escort:` key, else the transfer, else the item.
    public var location: SourceLocation

    /// The leg is identified by the item it leads to.
    public var id: String { transfer.toItem }
    public var start: Instant { transfer.start }
    public var end: Instant { transfer.end }

    /// The post of one unit of the leg.
    public func post(of unit: String) -> EscortPost? { posts.first { $0.unit == unit } }

    /// Zones of the leg (known ones) that no assigned unit may work in.
    public var uncoveredZones: [SecurityZone] {
        var seen: [SecurityZone] = []
        for s in stretches where s.units.isEmpty {
            if let z = s.zone, !seen.contains(z) { seen.append(z) }
        }
        return seen
    }
}

/// A unit's time on duty on one day: from `lead` before its first leg to the end of its last.
public struct EscortDutySpan: Hashable, Sendable {
    public var unit: String
    /// The local date on which the span starts.
    public var day: LocalDate
    public var start: Instant
    public var end: Instant
    /// Ids of the legs (the items they lead to), in order.
    public var legs: [String]

    public var minutes: Int { start.minutes(until: end) }
}

public struct EscortPlan: Hashable, Sendable {
    /// Legs that need an escort or were given one, in itinerary order.
    public var legs: [EscortLeg]
    /// Duty spans by unit id, then day.
    public var duties: [EscortDutySpan]

    public init(legs: [EscortLeg] = [], duties: [EscortDutySpan] = []) {
        self.legs = legs
        self.duties = duties
    }

    public func leg(to itemID: String) -> EscortLeg? { legs.first { $0.id == itemID } }

    /// The legs a unit escorts, in order.
    public func legs(of unit: String) -> [EscortLeg] { legs.filter { $0.units.contains(unit) } }
}

extension DailyHours {
    /// Whether `[from, to]` lies inside one daily window of these hours in `zone` (windows running past midnight
    /// included).
    public func contains(from: Instant, to: Instant, zone: Zone) -> Bool {
        let day = zone.local(from).date
        for d in [day.adding(days: -1), day] {
            let open = zone.resolve(LocalDateTime(date: d, time: start)).instant
            let closeDay = end <= start ? d.adding(days: 1) : d
            let close = zone.resolve(LocalDateTime(date: closeDay, time: end)).instant
            if open <= from && to <= close { return true }
        }
        return false
    }
}
