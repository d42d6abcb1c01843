/// Plans the escort of every transfer that needs one (docs/audiences.md §2).
///
/// A leg goes through places (origin venue, `route:` communes, destination venue), each in a *zone police* or a
/// *zone gendarmerie*. With `escort: auto`, each zone the leg touches gets one unit of the competent force,
/// chosen among the usable ones: free (on no other transfer then), inside its `available` hours from `lead`
/// before the leg to its end, and able to reach the leg's start from its previous leg's end venue (by the
/// transfer estimate) `lead` minutes before the leg starts. Among usable units the planner prefers one that stays
/// within its `max-duty`, then the one already on the motorcade, then the least used, then the first by id.
/// An explicit list of units is kept as written; `EscortChecks` checks it the same way.
public struct EscortPlanner: Sendable {
    public var plan: Plan
    public var itinerary: Itinerary

    public init(plan: Plan, itinerary: Itinerary) {
        self.plan = plan
        self.itinerary = itinerary
    }

    private var zone: Zone { plan.visit.zone }

    /// Minutes a unit needs to get from one venue to another: 0 at the same venue, else the car estimate
    /// (without boarding); nil when it cannot be estimated.
    public static func repositionMinutes(in plan: Plan, from a: String, to b: String) -> Int? {
        if a == b { return 0 }
        return plan.estimateMinutes(from: a, to: b, mode: .car, escorted: false)
    }

    func venuePlace(_ id: String) -> EscortPlace {
        EscortPlace(
            kind: .venue, id: id, name: plan.venues[id]?.displayName ?? id, zone: plan.securityZone(ofVenue: id),
            commune: plan.venues[id]?.commune)
    }

    func communePlace(_ code: String) -> EscortPlace {
        let commune = plan.communes[code]
        return EscortPlace(kind: .commune, id: code, name: commune?.name ?? code, zone: commune?.securityZone)
    }

    /// The places of a transfer, in order.
    public func places(of t: ScheduledTransfer) -> [EscortPlace] {
        [venuePlace(t.fromVenue)] + (t.spec?.route ?? []).map(communePlace) + [venuePlace(t.toVenue)]
    }

    /// Consecutive places grouped by zone. A place of unknown zone belongs to the stretch before it (or after it,
    /// at the start of the leg).
    public static func stretches(of places: [EscortPlace]) -> [EscortStretch] {
        var zones = places.map(\.zone)
        var last: SecurityZone?
        for i in zones.indices {
            if let z = zones[i] { last = z } else { zones[i] = last }
        }
        let firstKnown = zones.compactMap { $0 }.first
        for i in zones.indices where zones[i] == nil { zones[i] = firstKnown }
        var result: [EscortStretch] = []
        for (place, z) in zip(places, zones) {
            if let lastIndex = result.indices.last, result[lastIndex].zone == z {
                result[lastIndex].places.append(place)
            } else {
                result.append(EscortStretch(zone: z, places: [place], units: []))
            }
        }
        return result
    }

    /// Fills the units of each stretch from the assigned units, and derives the hand-over points.
    static func cover(_ stretches: [EscortStretch], with units: [EscortUnit]) -> ([EscortStretch], [EscortHandOver]) {
        let covered = stretches.map { s in
            EscortStretch(
                zone: s.zone, places: s.places, units: units.filter { s.zone == nil || $0.force == s.zone }.map(\.id))
        }
        var handOvers: [EscortHandOver] = []
        for (a, b) in zip(covered, covered.dropFirst()) {
            guard let from = a.zone, let to = b.zone, from != to, let leaving = a.places.last,
                let entering = b.places.first
            else { continue }
            handOvers.append(
                EscortHandOver(
                    leaving: leaving, entering: entering, fromZone: from, toZone: to, fromUnits: a.units,
                    toUnits: b.units))
        }
        return (covered, handOvers)
    }

    func location(of t: ScheduledTransfer) -> SourceLocation {
        if let spec = t.spec { return spec.keyLocation(.escort) ?? spec.location }
        return itinerary.item(t.toItem)?.item.location ?? plan.visit.location
    }

    func time(_ i: Instant) -> String { zone.local(i).time.description }

    /// Why `unit` cannot escort `t`, given the legs it already escorts; nil when it can.
    func obstacle(_ unit: EscortUnit, for t: ScheduledTransfer, after legs: [EscortLeg]) -> Phrase? {
        let inPlace = t.start.adding(minutes: -unit.leadMinutes)
        let zone = zone
        func time(_ i: Instant, _ v: Vocabulary) -> String { v.clock(i, in: zone) }
        if let busy = legs.first(where: { $0.start < t.end && t.start < $0.end }) {
            return Phrase { v in
                v.pick(
                    "escorte au même moment le trajet vers \(busy.id) (\(time(busy.start, v))-\(time(busy.end, v)))",
                    "escorts the transfer to \(busy.id) at the same time (\(time(busy.start, v))-\(time(busy.end, v)))")
            }
        }
        if let last = legs.filter({ $0.end <= t.start }).max(by: { $0.end < $1.end }),
            last.transfer.toVenue != t.fromVenue,
            let need = Self.repositionMinutes(in: plan, from: last.transfer.toVenue, to: t.fromVenue)
        {
            let ready = last.end.adding(minutes: need + unit.leadMinutes)
            if ready > t.start {
                let lead = unit.leadMinutes
                return Phrase { v in
                    v.pick(
                        "quitte \(last.transfer.toVenue) à \(time(last.end, v)) et doit compter \(v.span(need)) "
                            + "pour rejoindre \(t.fromVenue), plus \(v.span(lead)) d'avance : en place à "
                            + "\(time(ready, v)), alors que le trajet part à \(time(t.start, v))",
                        "leaves \(last.transfer.toVenue) at \(time(last.end, v)) and needs \(v.span(need)) "
                            + "to reach \(t.fromVenue) plus \(v.span(lead)) of lead: in place at "
                            + "\(time(ready, v)), the leg starts at \(time(t.start, v))")
                }
            }
        }
        if let hours = unit.available, !hours.contains(from: inPlace, to: t.end, zone: zone) {
            return Phrase { v in
                v.pick(
                    "disponible seulement sur \(hours) ; requise sur \(time(inPlace, v))-\(time(t.end, v))",
                    "available \(hours) only; needed \(time(inPlace, v))-\(time(t.end, v))")
            }
        }
        return nil
    }

    /// The duty span a unit would have on the leg's day if it escorted `t` too.
    func dutyMinutes(_ unit: EscortUnit, for t: ScheduledTransfer, after legs: [EscortLeg]) -> Int {
        let inPlace = t.start.adding(minutes: -unit.leadMinutes)
        let day = zone.local(inPlace).date
        let sameDay = legs.map { $0.start.adding(minutes: -unit.leadMinutes) }.filter { zone.local($0).date == day }
        let first = (sameDay + [inPlace]).min() ?? inPlace
        return first.minutes(until: t.end)
    }

    public func build() -> EscortPlan {
        var legs: [EscortLeg] = []
        var byUnit: [String: [EscortLeg]] = [:]
        let allUnits = plan.escortUnits.values.sorted { $0.id < $1.id }

        for t in itinerary.transfers {
            let request = t.spec?.escort ?? .auto
            let needed = t.riders.contains { plan.requiresEscort($0) }
            let places = places(of: t)
            let bare = Self.stretches(of: places)
            var chosen: [EscortUnit] = []
            var rejections: [EscortRejection] = []
            switch request {
            case .none:
                // Only a road motorcade is escorted by motorcyclists; `none` on it is reported by the checks.
                guard needed, t.mode == .car else { continue }
            case .units(let ids):
                var seen: Set<String> = []
                for id in ids where seen.insert(id).inserted {
                    if let unit = plan.escortUnits[id] { chosen.append(unit) }
                }
            case .auto:
                guard needed else { continue }
                var forces: [SecurityZone?] = []
                for s in bare where !forces.contains(s.zone) { forces.append(s.zone) }
                let onMotorcade = Set(legs.last?.units ?? [])
                for force in forces {
                    let candidates = allUnits.filter { force == nil || $0.force == force }
                    var usable: [(unit: EscortUnit, withinDuty: Bool, aboard: Bool, used: Int)] = []
                    for unit in candidates where !chosen.contains(where: { $0.id == unit.id }) {
                        let previous = byUnit[unit.id] ?? []
                        if let why = obstacle(unit, for: t, after: previous) {
                            rejections.append(EscortRejection(unit: unit.id, reason: why))
                            continue
                        }
                        let within =
                            unit.maxDutyMinutes.map { dutyMinutes(unit, for: t, after: previous) <= $0 } ?? true
                        usable.append((unit, within, onMotorcade.contains(unit.id), previous.count))
                    }
                    let best = usable.min { a, b in
                        if a.withinDuty != b.withinDuty { return a.withinDuty }
                        if a.aboard != b.aboard { return a.aboard }
                        if a.used != b.used { return a.used < b.used }
                        return a.unit.id < b.unit.id
                    }
                    if let best {
                        chosen.append(best.unit)
                        // Units of this force that were rejected do not matter any more.
                        let sameForce = Set(candidates.map(\.id))
                        rejections.removeAll { sameForce.contains($0.unit) }
                    }
                }
            }
            let (stretches, boundaries) = Self.cover(bare, with: chosen)
            let (handOvers, posts) = placeHandOvers(
                boundaries, stretches: stretches, places: places, transfer: t, units: chosen)
            let leg = EscortLeg(
                transfer: t, request: request, needed: needed, units: chosen.map(\.id), places: places,
                stretches: stretches, handOvers: handOvers, rejections: rejections, posts: posts,
                location: location(of: t))
            legs.append(leg)
            for unit in chosen { byUnit[unit.id, default: []].append(leg) }
        }
        return EscortPlan(legs: legs, duties: duties(of: legs))
    }

    /// Every unit's duty span per day, from its first `lead` to the end of its last leg.
    func duties(of legs: [EscortLeg]) -> [EscortDutySpan] {
        var spans: [EscortDutySpan] = []
        for unit in plan.escortUnits.values.sorted(by: { $0.id < $1.id }) {
            var byDay: [LocalDate: EscortDutySpan] = [:]
            for leg in legs where leg.units.contains(unit.id) {
                let inPlace = leg.post(of: unit.id)?.time ?? leg.start.adding(minutes: -unit.leadMinutes)
                let day = zone.local(inPlace).date
                if var span = byDay[day] {
                    span.start = min(span.start, inPlace)
                    span.end = max(span.end, leg.end)
                    span.legs.append(leg.id)
                    byDay[day] = span
                } else {
                    byDay[day] = EscortDutySpan(unit: unit.id, day: day, start: inPlace, end: leg.end, legs: [leg.id])
                }
            }
            spans += byDay.values.sorted { $0.day < $1.day }
        }
        return spans
    }
}
