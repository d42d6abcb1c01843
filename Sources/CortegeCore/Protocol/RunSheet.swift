/// The run-sheet (*déroulé*) of a ceremony, minute by minute (docs/documents.md, « Déroulé de cérémonie »).
///
/// The item's start is the arrival of the highest authority: the others are in place before, having arrived in
/// reverse order of precedence (art. 19: the highest authority arrives last). From the start the moments follow
/// each other: the highest authority's arrival and greeting, military honours (where the item has `honours:`), the
/// wreaths in their order, the *sonnerie aux morts* and the minute of silence (where wreaths are laid), *La
/// Marseillaise*, the speeches in their order, the salute to the standard-bearers (where wreaths are laid), then the
/// farewell of the highest authority, which ends the item; the others leave after him, in order of precedence. Time
/// left between the last moment and the farewell is for exchanges with the authorities and the public.

/// One line of a run-sheet.
public struct RunSheetEntry: Hashable, Sendable {
    public enum Moment: Hashable, Sendable {
        /// People arriving together (the highest authority with those who ride with him).
        case arrival([String])
        /// Military honours rendered by the detachment named in `honours:`.
        case honours(String)
        /// A wreath laid by one person.
        case wreath(String)
        case lastPost
        case silence
        case anthem
        /// A speech by one person.
        case speech(String)
        case standards
        /// Free time before the farewell.
        case exchanges
        /// People leaving together (the highest authority with those who ride with him).
        case departure([String])
    }

    public var moment: Moment
    public var start: Instant
    public var minutes: Int
    /// False for the arrivals before the item starts and the departures after the farewell.
    public var withinItem: Bool

    public var end: Instant { start.adding(minutes: minutes) }
}

public struct RunSheet: Hashable, Sendable {
    public var item: String
    /// The item as scheduled.
    public var start: Instant
    public var end: Instant
    public var timings: CeremonyTimings
    /// Every line, in time order.
    public var entries: [RunSheetEntry]
    /// Minutes the moments within the item take, from the highest authority's arrival to his farewell.
    public var neededMinutes: Int
    /// Minutes the speeches alone take.
    public var speechMinutes: Int

    public var itemMinutes: Int { start.minutes(until: end) }

    /// By how much the moments overrun the item (0 when they fit).
    public var overrunMinutes: Int { max(0, neededMinutes - itemMinutes) }

    /// The run-sheet of a ceremony at `scheduled`, with the orders of `orders` and the itinerary's transfers (who
    /// rides with the highest authority arrives and leaves with him).
    public init(scheduled: ScheduledItem, orders: ItemProtocol, plan: Plan, itinerary: Itinerary) {
        let item = scheduled.item
        let timings = CeremonyTimings.inForce(at: item, visit: plan.visit)
        self.item = item.id
        self.start = scheduled.start
        self.end = scheduled.end
        self.timings = timings

        let precedence = orders.precedence.ids
        let highest = precedence.first
        let arrivingWith = Set(itinerary.transfer(to: item.id)?.riders ?? [])
        let leavingWith = Set(itinerary.transfers.first { $0.fromItem == item.id }?.riders ?? [])
        func party(_ riders: Set<String>) -> [String] {
            guard let highest else { return [] }
            guard riders.contains(highest) else { return [highest] }
            return precedence.filter { $0 == highest || riders.contains($0) }
        }
        let arrivalParty = party(arrivingWith)
        let departureParty = party(leavingWith)

        var entries: [RunSheetEntry] = []
        // Arrivals before the start, lowest first, one `arrival` apart, the last just before the highest authority.
        let arrival = timings.minutes(.arrival)
        let earlier = precedence.reversed().filter { !arrivalParty.contains($0) }
        for (i, person) in earlier.enumerated() {
            entries.append(
                RunSheetEntry(
                    moment: .arrival([person]), start: scheduled.start.adding(minutes: -arrival * (earlier.count - i)),
                    minutes: arrival, withinItem: false))
        }

        // The moments within the item.
        var sequence: [(RunSheetEntry.Moment, Int)] = []
        if !arrivalParty.isEmpty { sequence.append((.arrival(arrivalParty), arrival)) }
        if let honours = item.honours { sequence.append((.honours(honours), timings.minutes(.honours))) }
        let wreaths = orders.wreaths ?? []
        for person in wreaths { sequence.append((.wreath(person), timings.minutes(.wreath))) }
        if !wreaths.isEmpty {
            sequence.append((.lastPost, timings.minutes(.lastPost)))
            sequence.append((.silence, timings.minutes(.silence)))
        }
        sequence.append((.anthem, timings.minutes(.anthem)))
        let speeches = orders.speeches ?? []
        for person in speeches { sequence.append((.speech(person), timings.minutes(.speech))) }
        if !wreaths.isEmpty { sequence.append((.standards, timings.minutes(.standards))) }
        let departure = timings.minutes(.departure)
        let farewell = departureParty.isEmpty ? 0 : departure

        // A moment of zero minutes is left out (docs/documents.md); arrivals and departures always happen.
        sequence = sequence.filter { moment, minutes in
            if case .arrival = moment { return true }
            return minutes > 0
        }
        let needed = sequence.reduce(0) { $0 + $1.1 } + farewell
        self.neededMinutes = needed
        self.speechMinutes = speeches.count * timings.minutes(.speech)

        var clock = scheduled.start
        for (moment, minutes) in sequence {
            entries.append(RunSheetEntry(moment: moment, start: clock, minutes: minutes, withinItem: true))
            clock = clock.adding(minutes: minutes)
        }
        let itemMinutes = scheduled.start.minutes(until: scheduled.end)
        let farewellAt = scheduled.start.adding(minutes: max(itemMinutes, needed) - farewell)
        if clock < farewellAt {
            entries.append(
                RunSheetEntry(
                    moment: .exchanges, start: clock, minutes: clock.minutes(until: farewellAt), withinItem: true))
        }
        if !departureParty.isEmpty {
            entries.append(
                RunSheetEntry(
                    moment: .departure(departureParty), start: farewellAt, minutes: farewell, withinItem: true))
        }
        // The others leave after the farewell, in order of precedence, one `departure` apart.
        let later = precedence.filter { !departureParty.contains($0) }
        let afterFarewell = farewellAt.adding(minutes: farewell)
        for (i, person) in later.enumerated() {
            entries.append(
                RunSheetEntry(
                    moment: .departure([person]), start: afterFarewell.adding(minutes: departure * i),
                    minutes: departure, withinItem: false))
        }
        self.entries = entries
    }
}

extension PlanContext {
    /// The run-sheet of every `ceremony` item, in itinerary order.
    public var runSheets: [RunSheet] {
        itinerary.items.enumerated().compactMap { index, scheduled in
            guard scheduled.item.kind == .ceremony else { return nil }
            return RunSheet(scheduled: scheduled, orders: orders(at: index), plan: plan, itinerary: itinerary)
        }
    }
}
