/// The timed itinerary: every item's start and end, the transfers between venues, and the slack.

public struct ScheduledItem: Hashable, Sendable {
    public var item: Item
    public var start: Instant
    public var end: Instant
    /// How many minutes the item can slip before a later fixed item, a window or venue hours break;
    /// nil when nothing later constrains it. Negative when the plan is already infeasible there.
    public var slackMinutes: Int?
    /// Local date on which the item starts.
    public var day: LocalDate

    public var id: String { item.id }
}

public struct ScheduledTransfer: Hashable, Sendable {
    public var fromItem: String
    public var toItem: String
    public var fromVenue: String
    public var toVenue: String
    public var start: Instant
    public var end: Instant
    public var mode: TransferMode
    public var minutes: Int
    /// The estimate from the venues' coordinates, where one could be made (boarding included).
    public var estimatedMinutes: Int?
    /// True when `minutes` is the reconnoitred duration written in the plan.
    public var given: Bool
    /// True when the motorcade needs an escort (a rider requires one and escort is not `none`).
    public var escorted: Bool
    public var riders: [String]
    /// What the plan wrote, if anything.
    public var spec: TransferSpec?
}

public struct Itinerary: Sendable {
    public var items: [ScheduledItem]
    public var transfers: [ScheduledTransfer]
    public var findings: [Diagnostic]

    public func item(_ id: String) -> ScheduledItem? { items.first { $0.id == id } }

    /// The transfer that leads to an item, if any.
    public func transfer(to itemID: String) -> ScheduledTransfer? { transfers.first { $0.toItem == itemID } }
}

/// Transfer estimates (docs/plan-format.md §12).
public enum TransferEstimate {
    /// Boarding time added to an escorted motorcade.
    public static let boardingMinutes = 5
    /// Road distance is taken as the great-circle distance times this.
    public static let detourFactor = 1.3

    /// Minutes by `mode` over the great-circle distance between two points, rounded up to 5 minutes,
    /// plus boarding when escorted; nil for modes that need a given duration.
    public static func minutes(from a: GeoPoint, to b: GeoPoint, mode: TransferMode, escorted: Bool) -> Int? {
        guard let speed = mode.speedKmh else { return nil }
        let km = a.distanceKm(to: b) * detourFactor
        let raw = km / speed * 60
        let rounded = Int((raw / 5 - 1e-9).rounded(.up)) * 5
        return max(0, rounded) + (escorted ? boardingMinutes : 0)
    }
}

extension Plan {
    /// Whether a person needs an escort: `escort: required`, or by default the principal of a ministerial visit.
    public func requiresEscort(_ personID: String) -> Bool {
        if let explicit = people[personID]?.escortRequired { return explicit }
        return personID == visit.principal && visit.kind == .ministerial
    }

    /// Who rides a transfer into `item` after `previous`: the written riders, else the principal, the authority
    /// accompanying him and the staff who attend both items (docs/protocol.md §5, riders).
    public func riders(from previous: Item, to item: Item) -> [String] {
        if let given = item.transferBefore?.riders { return given }
        let principal = visit.principal
        let before = Set(attendees(of: previous))
        let both = attendees(of: item).filter { before.contains($0) && $0 != principal }
        let accompanying = accompanyingAuthority(among: both)
        return [principal] + both.filter { $0 == accompanying || people[$0]?.isStaff == true }
    }

    /// The authority who rides with the principal among `ids`: with a member of the Government, the préfet (else a
    /// sous-préfet); with the préfet, a sous-préfet; nobody with anyone else.
    public func accompanyingAuthority(among ids: [String]) -> String? {
        guard let principal = people[visit.principal] else { return nil }
        let others = ids.filter { $0 != visit.principal }
        func subPrefect() -> String? { others.first { people[$0]?.functions.contains(.subPrefect) == true } }
        if principal.isGovernment { return others.first { people[$0]?.isPrefect == true } ?? subPrefect() }
        if principal.isPrefect { return subPrefect() }
        return nil
    }

    /// The estimated minutes between two venues by a mode, or nil.
    public func estimateMinutes(from a: String, to b: String, mode: TransferMode, escorted: Bool) -> Int? {
        guard let ga = venues[a]?.geo, let gb = venues[b]?.geo else { return nil }
        return TransferEstimate.minutes(from: ga, to: gb, mode: mode, escorted: escorted)
    }
}

/// Builds the timed itinerary of a plan (docs/plan-format.md §12).
public struct ItineraryBuilder: Sendable {
    public var plan: Plan
    /// The order of the items; the written order unless a free order was chosen.
    public var order: [Item]

    public init(plan: Plan, order: [Item]? = nil) {
        self.plan = plan
        self.order = order ?? plan.programme
    }

    private var zone: Zone { plan.visit.zone }

    /// One transfer's facts before timing: duration, estimate, escort.
    struct Leg {
        var minutes: Int
        var estimate: Int?
        var given: Bool
        var escorted: Bool
        var riders: [String]
        var mode: TransferMode
    }

    func leg(from previous: Item, to item: Item, findings: inout [Diagnostic]) -> Leg? {
        let spec = item.transferBefore
        guard previous.venue != item.venue || spec?.durationMinutes != nil else { return nil }
        let mode = spec?.mode ?? .car
        let riders = plan.riders(from: previous, to: item)
        let escorted = (spec?.escort ?? .auto) != .none && riders.contains { plan.requiresEscort($0) }
        let estimate = plan.estimateMinutes(from: previous.venue, to: item.venue, mode: mode, escorted: escorted)
        if let given = spec?.durationMinutes {
            if let estimate, Double(given) < Double(estimate) * 0.75 {
                let loc = spec.map { $0.location(of: .duration) } ?? item.location
                findings.append(
                    Diagnostic(
                        .transferTooShort,
                        Phrase { v in
                            let shorter = Int((1 - Double(given) / Double(estimate)) * 100)
                            return v.pick(
                                "le trajet de \(previous.venue) à \(item.venue) est donné pour \(v.span(given)), "
                                    + "contre \(v.span(estimate)) estimées (\(shorter) % de moins)",
                                "the transfer from \(previous.venue) to \(item.venue) is given \(v.span(given)), "
                                    + "\(v.span(estimate)) estimated (\(shorter) % shorter)")
                        },
                        at: loc, subjects: [previous.id, item.id],
                        help: Phrase(
                            fr: "vérifier le temps reconnu, ou retirer `duration:` pour prendre l'estimation",
                            en: "check the reconnoitred time, or remove `duration:` to use the estimate")))
            }
            return Leg(minutes: given, estimate: estimate, given: true, escorted: escorted, riders: riders, mode: mode)
        }
        if let estimate {
            return Leg(
                minutes: estimate, estimate: estimate, given: false, escorted: escorted, riders: riders, mode: mode)
        }
        let loc = spec?.location ?? item.location(of: .venue)
        let why =
            mode.speedKmh == nil
            ? Phrase(
                fr: "un trajet `\(mode.rawValue)` demande une `duration:`",
                en: "a \(mode.rawValue) transfer needs a `duration:`")
            : Phrase(
                fr:
                    "le trajet de \(previous.venue) à \(item.venue) ne peut pas être estimé : un lieu n'a pas de `geo:`",
                en: "the transfer from \(previous.venue) to \(item.venue) cannot be estimated: a venue has no `geo:`")
        findings.append(
            Diagnostic(
                .planSchema, why, at: loc, subjects: [previous.id, item.id],
                help: Phrase(
                    fr: "donner la `duration:` reconnue du trajet, ou un `geo:` aux deux lieux",
                    en: "give the reconnoitred `duration:` of the transfer, or `geo:` for both venues")))
        return Leg(minutes: 0, estimate: nil, given: false, escorted: escorted, riders: riders, mode: mode)
    }

    /// Resolves a time spec, reporting DST gaps and folds once at `key`.
    func resolve(
        _ spec: TimeSpec, on day: LocalDate, item: Item, key: String, findings: inout [Diagnostic]
    ) -> Instant {
        let local = spec.on(day)
        switch zone.resolve(local) {
        case .unique(let i):
            return i
        case .skipped(let shifted):
            findings.append(
                Diagnostic(
                    .nonexistentLocalTime,
                    Phrase(
                        fr: "\(local) n'existe pas dans \(zone) : les horloges sautent cette heure (heure d'été)",
                        en: "\(local) does not exist in \(zone): the clocks skip that hour (daylight saving time)"),
                    at: item.location(of: key), subjects: [item.id],
                    help: Phrase { v in
                        v.pick(
                            "choisir une heure hors de l'heure sautée, par exemple \(v.clock(shifted, in: zone))",
                            "choose a time outside the skipped hour, e.g. \(v.clock(shifted, in: zone))")
                    }))
            return shifted
        case .repeated(let earlier, let later):
            findings.append(
                Diagnostic(
                    .ambiguousLocalTime,
                    Phrase(
                        fr: "\(local) se produit deux fois dans \(zone) (les horloges reculent) ; la première est "
                            + "retenue, \(zone.iso8601(earlier)) plutôt que \(zone.iso8601(later))",
                        en: "\(local) occurs twice in \(zone) (the clocks go back); the first one is used, "
                            + "\(zone.iso8601(earlier)) rather than \(zone.iso8601(later))"),
                    at: item.location(of: key), subjects: [item.id],
                    help: Phrase(
                        fr: "écrire une heure hors de l'heure répétée pour lever le doute",
                        en: "write a time outside the repeated hour to remove the doubt")))
            return earlier
        }
    }

    /// The opening interval of a venue on a day, if it declares hours.
    func venueHours(_ venueID: String, on day: LocalDate) -> (open: Instant, close: Instant)? {
        guard let hours = plan.venues[venueID]?.hours else { return nil }
        let open = zone.resolve(LocalDateTime(date: day, time: hours.start)).instant
        let closeDay = hours.end <= hours.start ? day.adding(days: 1) : day
        let close = zone.resolve(LocalDateTime(date: closeDay, time: hours.end)).instant
        return (open, close)
    }

    public func build() -> Itinerary {
        var findings: [Diagnostic] = []
        var scheduled: [ScheduledItem] = []
        var transfers: [ScheduledTransfer] = []
        var legs: [Leg?] = []
        var notAfterInstants: [Instant?] = []
        var day = plan.visit.date

        for (index, item) in order.enumerated() {
            var earliest: Instant?
            var leg: Leg?
            if index > 0 {
                let previous = scheduled[index - 1]
                leg = self.leg(from: previous.item, to: item, findings: &findings)
                earliest = previous.end.adding(minutes: leg?.minutes ?? 0)
            }
            legs.append(leg)
            let fixed = item.at.map { resolve($0, on: day, item: item, key: "at", findings: &findings) }
            var start: Instant
            if let fixed {
                start = fixed
                if let earliest, earliest > fixed {
                    let missing = fixed.minutes(until: earliest)
                    let previous = scheduled[index - 1]
                    let zone = zone
                    findings.append(
                        Diagnostic(
                            .itineraryInfeasible,
                            Phrase { v in
                                let transfer =
                                    leg.map {
                                        v.pick(
                                            " + \(v.span($0.minutes)) de trajet", " + \(v.span($0.minutes)) of transfer"
                                        )
                                    }
                                    ?? ""
                                return v.pick(
                                    "\(item.id) est fixée à \(v.clock(fixed, in: zone)) mais ne peut pas commencer avant "
                                        + "\(v.clock(earliest, in: zone)) : il manque \(missing) minutes après "
                                        + "\(previous.id) (qui finit à \(v.clock(previous.end, in: zone))\(transfer))",
                                    "\(item.id) is fixed at \(v.clock(fixed, in: zone)) but cannot start before "
                                        + "\(v.clock(earliest, in: zone)): \(missing) minutes are missing after \(previous.id) "
                                        + "(ends \(v.clock(previous.end, in: zone))\(transfer))")
                            },
                            at: item.location(of: .at), subjects: [previous.id, item.id], start: earliest, end: fixed,
                            help: Phrase { v in
                                v.pick(
                                    "déplacer « \(item.id) » à \(v.clock(earliest, in: zone)) ou plus tard, ou raccourcir "
                                        + "« \(previous.id) » de \(missing) minutes",
                                    "move \"\(item.id)\" to \(v.clock(earliest, in: zone)) or later, or shorten "
                                        + "\"\(previous.id)\" by \(missing) minutes")
                            }))
                }
            } else if let earliest {
                start = earliest
            } else if let nb = item.notBefore {
                start = resolve(nb, on: day, item: item, key: "not-before", findings: &findings)
            } else {
                findings.append(
                    Diagnostic(
                        .planSchema,
                        Phrase(
                            fr: "la première séquence du programme, \(item.id), n'a pas de `at:`",
                            en: "the first item of the programme, \(item.id), has no `at:`"),
                        at: item.location, subjects: [item.id],
                        help: Phrase(
                            fr: "donner à la première séquence un début fixe, par exemple `at: \"09:00\"`",
                            en: "give the first item a fixed start, e.g. `at: \"09:00\"`")))
                start = zone.resolve(LocalDateTime(date: day, time: LocalTime(hour: 9, minute: 0))).instant
            }
            let startDay = zone.local(start).date
            if fixed == nil, let nb = item.notBefore, earliest != nil {
                let nbInstant = resolve(nb, on: startDay, item: item, key: "not-before", findings: &findings)
                start = max(start, nbInstant)
            }
            if fixed == nil, let hours = venueHours(item.venue, on: zone.local(start).date), start < hours.open {
                start = hours.open
            }
            let end = start.adding(minutes: item.durationMinutes)
            day = zone.local(start).date

            // Windows: not-before, not-after (latest start), venue hours.
            if fixed != nil, let nb = item.notBefore {
                let nbInstant = resolve(nb, on: day, item: item, key: "not-before", findings: &findings)
                if start < nbInstant {
                    findings.append(
                        Diagnostic(
                            .windowViolated,
                            Phrase { v in
                                v.pick(
                                    "\(item.id) commence à \(v.clock(start, in: zone)), avant l'ouverture de son créneau "
                                        + "(not-before \(v.clock(nbInstant, in: zone)))",
                                    "\(item.id) starts at \(v.clock(start, in: zone)), before its window opens "
                                        + "(not-before \(v.clock(nbInstant, in: zone)))")
                            },
                            at: item.location(of: .at), subjects: [item.id], start: start, end: end,
                            help: Phrase { v in
                                v.pick(
                                    "faire commencer « \(item.id) » à \(v.clock(nbInstant, in: zone)) ou plus tard",
                                    "start \"\(item.id)\" at \(v.clock(nbInstant, in: zone)) or later")
                            }))
                }
            }
            var naInstant: Instant?
            if let na = item.notAfter {
                let n = resolve(na, on: day, item: item, key: "not-after", findings: &findings)
                naInstant = n
                if start > n {
                    let late = n.minutes(until: start)
                    findings.append(
                        Diagnostic(
                            .windowViolated,
                            Phrase { v in
                                v.pick(
                                    "\(item.id) commence à \(v.clock(start, in: zone)), \(late) minutes après son début "
                                        + "au plus tard (not-after \(v.clock(n, in: zone)))",
                                    "\(item.id) starts at \(v.clock(start, in: zone)), \(late) minutes after its latest "
                                        + "start (not-after \(v.clock(n, in: zone)))")
                            },
                            at: item.location(of: fixed != nil ? "at" : "not-after"), subjects: [item.id],
                            start: start, end: end,
                            help: Phrase(
                                fr: "avancer « \(item.id) » dans le programme ou raccourcir ce qui la précède de "
                                    + "\(late) minutes",
                                en: "move \"\(item.id)\" earlier in the programme or shorten what comes before it by "
                                    + "\(late) minutes")))
                }
            }
            notAfterInstants.append(naInstant)
            if let hours = venueHours(item.venue, on: day), start < hours.open || end > hours.close {
                let venue = plan.venues[item.venue]
                findings.append(
                    Diagnostic(
                        .windowViolated,
                        Phrase { v in
                            let span = "\(v.clock(start, in: zone))-\(v.clock(end, in: zone))"
                            let place = venue?.displayName ?? item.venue
                            let hours = venue?.hours?.description ?? ""
                            return v.pick(
                                "\(item.id) (\(span)) sort des horaires de \(place) (\(hours))",
                                "\(item.id) (\(span)) falls outside the hours of \(place) (\(hours))")
                        },
                        at: item.location(of: fixed != nil ? "at" : "venue"), subjects: [item.id, item.venue],
                        start: start, end: end,
                        notes: venue.map {
                            [
                                DiagnosticNote(
                                    Phrase(
                                        fr: "les horaires du lieu sont fixés ici", en: "the venue's hours are set here"),
                                    at: $0.location(of: .hours))
                            ]
                        }
                            ?? [],
                        help: Phrase(
                            fr:
                                "faire tenir « \(item.id) » dans \(venue?.hours?.description ?? "les horaires du lieu")",
                            en: "fit \"\(item.id)\" inside \(venue?.hours?.description ?? "the venue's hours")")))
            }

            scheduled.append(ScheduledItem(item: item, start: start, end: end, slackMinutes: nil, day: day))
            if let leg, index > 0 {
                let previous = scheduled[index - 1]
                // A transfer leaves when the previous item ends, except overnight: then it arrives as the next
                // day's item starts.
                let overnight =
                    zone.local(previous.end).date < day && start.adding(minutes: -leg.minutes) > previous.end
                let legStart = overnight ? start.adding(minutes: -leg.minutes) : previous.end
                transfers.append(
                    ScheduledTransfer(
                        fromItem: previous.id, toItem: item.id, fromVenue: previous.item.venue, toVenue: item.venue,
                        start: legStart, end: legStart.adding(minutes: leg.minutes), mode: leg.mode,
                        minutes: leg.minutes, estimatedMinutes: leg.estimate, given: leg.given, escorted: leg.escorted,
                        riders: leg.riders, spec: item.transferBefore))
            }
        }

        // Slack, backwards: the latest start of each item that breaks nothing later.
        var latestStart: Instant?  // of the next item
        for index in scheduled.indices.reversed() {
            let s = scheduled[index]
            var bound: Instant?
            func tighten(_ candidate: Instant) { bound = bound.map { min($0, candidate) } ?? candidate }
            if let na = notAfterInstants[index] { tighten(na) }
            if let hours = venueHours(s.item.venue, on: s.day) {
                tighten(hours.close.adding(minutes: -s.item.durationMinutes))
            }
            if index + 1 < scheduled.count {
                let next = scheduled[index + 1]
                let nextLatest: Instant? = next.item.at != nil ? next.start : latestStart
                if let nextLatest {
                    let travel = legs[index + 1]?.minutes ?? 0
                    tighten(nextLatest.adding(minutes: -travel - s.item.durationMinutes))
                }
            }
            scheduled[index].slackMinutes = bound.map { s.start.minutes(until: $0) }
            latestStart = bound
        }
        return Itinerary(items: scheduled, transfers: transfers, findings: findings)
    }
}
