/// A named hand-over point of a registry (`handover-points`, docs/plan-format.md §9a): where a motorcade
/// passes from one zone to another, e.g. a roundabout on the road between a police commune and a
/// gendarmerie one. A leg that crosses between the two sides it joins hands over there (docs/audiences.md §2).
public struct HandOverPoint: Hashable, Sendable, Located {
    public var id: String
    public var name: String
    /// The two sides it joins, each a commune code or a zone (`police`, `gendarmerie`).
    public var joins: [String]
    public var geo: GeoPoint
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, name: String, joins: [String], geo: GeoPoint, location: SourceLocation,
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.name = name
        self.joins = joins
        self.geo = geo
        self.location = location
        self.keyLocations = keyLocations
    }

    /// How well one side matches a place: 2 for its commune, 1 for its zone, nil for neither.
    static func score(_ side: String, _ place: EscortPlace) -> Int? {
        if let commune = place.commune, side == commune { return 2 }
        if let zone = place.zone, side == zone.rawValue { return 1 }
        return nil
    }

    /// How well the point joins the two places (in either order): nil when it does not join them.
    func score(leaving: EscortPlace, entering: EscortPlace) -> Int? {
        guard joins.count == 2 else { return nil }
        let straight = Self.score(joins[0], leaving).flatMap { a in Self.score(joins[1], entering).map { a + $0 } }
        let crossed = Self.score(joins[1], leaving).flatMap { a in Self.score(joins[0], entering).map { a + $0 } }
        return [straight, crossed].compactMap { $0 }.max()
    }
}

/// The point at which a hand-over happens, as the escort plan names it.
public struct EscortHandOverPoint: Hashable, Sendable {
    /// The declared point's id; nil at a commune boundary.
    public var id: String?
    public var name: String

    public init(id: String?, name: String) {
        self.id = id
        self.name = name
    }
}

/// Where and when one unit of a leg must be in place (docs/audiences.md §2): the leg's departure venue
/// `lead` before it starts, or, for a unit that takes over mid-route, the hand-over point `lead` before the
/// cortège reaches it.
public struct EscortPost: Hashable, Sendable {
    public var unit: String
    public var time: Instant
    public var place: String
    /// True when the unit takes over at a hand-over point rather than at the departure venue.
    public var atHandOver: Bool

    public init(unit: String, time: Instant, place: String, atHandOver: Bool) {
        self.unit = unit
        self.time = time
        self.place = place
        self.atHandOver = atHandOver
    }
}

extension Plan {
    /// The declared point that joins two consecutive places of a leg: the best match (communes before zones),
    /// then the first by id; nil when none is declared.
    public func handOverPoint(leaving: EscortPlace, entering: EscortPlace) -> HandOverPoint? {
        var best: (point: HandOverPoint, score: Int)?
        for point in handOverPoints.values.sorted(by: { $0.id < $1.id }) {
            guard let s = point.score(leaving: leaving, entering: entering) else { continue }
            if s > (best?.score ?? 0) { best = (point, s) }
        }
        return best?.point
    }
}

extension EscortPlanner {
    /// Places each hand-over of a leg (the declared point, else the commune boundary), estimates when the
    /// cortège reaches it, and gives every unit its post.
    ///
    /// The time at a declared point is the leg's start plus its duration in proportion of the straight-line
    /// distance from the origin venue to the point over the distance origin → point → destination. At a
    /// commune boundary, whose position is not known, the route's places are taken as evenly spaced; the
    /// receiving unit is then in place `lead` before the leg starts, as no estimate is safe enough to start later.
    func placeHandOvers(
        _ handOvers: [EscortHandOver], stretches: [EscortStretch], places: [EscortPlace],
        transfer t: ScheduledTransfer, units: [EscortUnit]
    ) -> ([EscortHandOver], [EscortPost]) {
        let duration = t.start.minutes(until: t.end)
        let from = plan.venues[t.fromVenue]?.geo
        let to = plan.venues[t.toVenue]?.geo
        var placed: [EscortHandOver] = []
        for var h in handOvers {
            if let point = plan.handOverPoint(leaving: h.leaving, entering: h.entering) {
                h.point = EscortHandOverPoint(id: point.id, name: point.name)
                if let from, let to {
                    let a = from.distanceKm(to: point.geo)
                    let b = point.geo.distanceKm(to: to)
                    let share = a + b > 0 ? a / (a + b) : 0
                    h.time = t.start.adding(minutes: Int((Double(duration) * share).rounded()))
                    h.estimated = true
                }
            }
            if h.time == nil, let i = places.firstIndex(of: h.leaving), places.count > 1 {
                let share = (Double(i) + 0.5) / Double(places.count - 1)
                h.time = t.start.adding(minutes: Int((Double(duration) * min(1, share)).rounded()))
            }
            placed.append(h)
        }
        var posts: [EscortPost] = []
        let departure = plan.venues[t.fromVenue]?.displayName ?? t.fromVenue
        for unit in units {
            let first = stretches.firstIndex { $0.units.contains(unit.id) } ?? 0
            // The hand-over into the unit's first stretch, when it does not start the leg.
            if first > 0, let entering = stretches[first].places.first,
                let h = placed.first(where: { $0.entering == entering })
            {
                let base = h.estimated ? (h.time ?? t.start) : t.start
                posts.append(
                    EscortPost(
                        unit: unit.id, time: base.adding(minutes: -unit.leadMinutes), place: h.placeName,
                        atHandOver: true))
            } else {
                posts.append(
                    EscortPost(
                        unit: unit.id, time: t.start.adding(minutes: -unit.leadMinutes), place: departure,
                        atHandOver: false))
            }
        }
        return (placed, posts)
    }
}

extension EscortHandOver {
    /// The point's name, else the boundary `leaving / entering`.
    public var placeName: String { point?.name ?? "\(leaving.name) / \(entering.name)" }
}
