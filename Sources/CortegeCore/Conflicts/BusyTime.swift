/// The busy blocks of a set of plans: every scheduled item and every transfer, with who is busy.
struct BusyTime {
    struct Block {
        enum Kind: Equatable {
            case item(Int)
            case transfer(Int)
        }
        var plan: Int
        var kind: Kind
        var start: Instant
        var end: Instant
        var people: [String]

        /// An item and the transfer that leads to it or leaves it, in one plan.
        func adjacent(to other: Block) -> Bool { plan == other.plan && kind != other.kind && linked(other) }

        private func linked(_ other: Block) -> Bool {
            switch (kind, other.kind) {
            case (.transfer(let t), .item(let i)), (.item(let i), .transfer(let t)):
                // Transfer t leads from item t to item t + 1 (the itinerary has one transfer per leg, in order).
                return i == t || i == t + 1
            default:
                return false
            }
        }
    }

    var plans: [Analysis]
    var blocks: [Block] = []
    /// The span of all blocks, in seconds.
    var lower: Int64?
    var upper: Int64?

    init(plans: [Analysis]) {
        self.plans = plans
        for (p, analysis) in plans.enumerated() {
            let items = analysis.itinerary.items
            var indexOfItem: [String: Int] = [:]
            for (i, s) in items.enumerated() {
                indexOfItem[s.id] = i
                add(
                    Block(plan: p, kind: .item(i), start: s.start, end: s.end, people: Self.unique(s.item.participants))
                )
            }
            for t in analysis.itinerary.transfers {
                // Identify the transfer by the index of the item it leaves, so that `adjacent` is exact.
                guard let from = indexOfItem[t.fromItem] else { continue }
                add(Block(plan: p, kind: .transfer(from), start: t.start, end: t.end, people: Self.unique(t.riders)))
            }
        }
    }

    private mutating func add(_ block: Block) {
        blocks.append(block)
        lower = min(lower ?? block.start.seconds, block.start.seconds)
        upper = max(upper ?? block.end.seconds, block.end.seconds)
    }

    private static func unique(_ people: [String]) -> [String] {
        var seen: Set<String> = []
        return people.filter { seen.insert($0).inserted }
    }

    func item(of block: Block) -> ScheduledItem? {
        guard case .item(let i) = block.kind else { return nil }
        return plans[block.plan].itinerary.items[i]
    }

    func transfer(of block: Block) -> ScheduledTransfer? {
        guard case .transfer(let from) = block.kind else { return nil }
        let fromID = plans[block.plan].itinerary.items[from].id
        return plans[block.plan].itinerary.transfers.first { $0.fromItem == fromID }
    }
}

// MARK: - Wording of the findings

extension BusyTime.Block {
    /// Where a finding about this block points: the item, or the transfer written before the item it leads to.
    func location(_ busy: BusyTime) -> SourceLocation? {
        if let s = busy.item(of: self) { return s.item.location }
        guard let t = busy.transfer(of: self) else { return nil }
        if let spec = t.spec { return spec.location }
        return busy.plans[plan].itinerary.item(t.toItem)?.item.location
    }

    /// The block in words: `"reunion-securite" (Réunion avec les forces de sécurité)`, or the transfer.
    func name(_ busy: BusyTime) -> Phrase {
        if let s = busy.item(of: self) {
            return Phrase(
                fr: s.item.title.map { "« \(s.id) » (\($0))" } ?? "« \(s.id) »",
                en: s.item.title.map { "\"\(s.id)\" (\($0))" } ?? "\"\(s.id)\"")
        }
        guard let t = busy.transfer(of: self) else { return Phrase(verbatim: "?") }
        return Phrase(
            fr: "le trajet de \(t.fromVenue) à \(t.toVenue) avant « \(t.toItem) »",
            en: "the transfer from \(t.fromVenue) to \(t.toVenue) before \"\(t.toItem)\"")
    }

    /// What to move, for the help line.
    func movable(_ busy: BusyTime) -> Phrase {
        if let s = busy.item(of: self) { return Phrase(fr: "« \(s.id) »", en: "\"\(s.id)\"") }
        guard let t = busy.transfer(of: self) else { return Phrase(fr: "le créneau", en: "it") }
        return Phrase(fr: "le trajet vers « \(t.toItem) »", en: "the transfer to \"\(t.toItem)\"")
    }

    func subjectID(_ busy: BusyTime) -> String? {
        if let s = busy.item(of: self) { return s.id }
        return busy.transfer(of: self)?.toItem
    }

    func zone(_ busy: BusyTime) -> Zone { busy.plans[plan].plan.visit.zone }
    func visitID(_ busy: BusyTime) -> String { busy.plans[plan].plan.visit.id }

    /// `(or take p off the transfer's riders)` for a transfer, else nothing.
    func ridersHint(_ person: String) -> Phrase {
        guard case .transfer = kind else { return Phrase(verbatim: "") }
        return Phrase(
            fr: " (ou retirer \(person) des passagers du trajet)", en: " (or take \(person) off the transfer's riders)")
    }

    /// An item or transfer against an agenda entry.
    func clash(of person: String, with entry: AgendaEntry, _ busy: BusyTime) -> Diagnostic {
        let zone = zone(busy)
        let from = max(start, entry.start)
        let to = min(end, entry.end)
        let reference = zone.local(start).date
        let entryTimes = Phrase { v in
            entry.allDay
                ? v.pick("toute la journée", "all day") + " " + ClockText.days(entry.start, entry.end, zone: zone, v)
                : ClockText.span(entry.start, entry.end, zone: zone, day: reference, v)
        }
        let movable = movable(busy)
        let clock = { (i: Instant, v: Vocabulary) in ClockText.clock(i, zone: zone, day: reference, v) }
        var help: Phrase
        if entry.start > start {
            help = Phrase { v in
                v.pick(
                    "terminer \(movable.fr) avant \(clock(entry.start, v)), le déplacer après \(clock(entry.end, v)), "
                        + "ou envoyer un représentant",
                    "end \(movable.en) by \(clock(entry.start, v)), move it after \(clock(entry.end, v)), "
                        + "or send a representative")
            }
        } else {
            help = Phrase { v in
                v.pick(
                    "déplacer \(movable.fr) après \(clock(entry.end, v)) ou envoyer un représentant",
                    "move \(movable.en) after \(clock(entry.end, v)) or send a representative")
            }
        }
        help = help + ridersHint(person)
        let name = name(busy)
        return Diagnostic(
            .personOverlap,
            Phrase { v in
                let when = ClockText.span(from, to, zone: zone, day: reference, v)
                return v.pick(
                    "\(person) est retenu deux fois, \(when) : \(name.fr) et « \(entry.summary) » dans son agenda",
                    "\(person) is booked twice, \(when): \(name.en) and \"\(entry.summary)\" in their agenda")
            },
            at: location(busy), subjects: [person] + (subjectID(busy).map { [$0] } ?? []), start: from, end: to,
            notes: [
                DiagnosticNote(
                    Phrase(fr: "« \(entry.summary) » \(entryTimes.fr)", en: "\"\(entry.summary)\" \(entryTimes.en)"),
                    at: entry.location)
            ], help: help)
    }

    /// Two plan blocks (items or transfers, of one plan or two) that book one person at once.
    static func clash(of person: String, _ a: Self, _ b: Self, _ busy: BusyTime) -> Diagnostic {
        // Point at the block that starts later: it is the one to move after the other.
        let (later, earlier) = a.start > b.start || (a.start == b.start && a.plan > b.plan) ? (a, b) : (b, a)
        let zone = later.zone(busy)
        let reference = zone.local(later.start).date
        let from = max(a.start, b.start)
        let to = min(a.end, b.end)
        let samePlan = a.plan == b.plan
        let laterName = later.name(busy) + (samePlan ? Phrase(verbatim: "") : ofVisit(later.visitID(busy)))
        let earlierName = earlier.name(busy) + (samePlan ? Phrase(verbatim: "") : ofVisit(earlier.visitID(busy)))
        let movable = later.movable(busy)
        let help =
            Phrase { v in
                let after = ClockText.clock(earlier.end, zone: zone, day: reference, v)
                return v.pick(
                    "déplacer \(movable.fr) après \(after) ou envoyer un représentant",
                    "move \(movable.en) after \(after) or send a representative")
            } + later.ridersHint(person)
        let subjects = [person] + [later.subjectID(busy), earlier.subjectID(busy)].compactMap { $0 }
        return Diagnostic(
            .personOverlap,
            Phrase { v in
                let when = ClockText.span(from, to, zone: zone, day: reference, v)
                return v.pick(
                    "\(person) est retenu deux fois, \(when) : \(laterName.fr) et \(earlierName.fr)",
                    "\(person) is booked twice, \(when): \(laterName.en) and \(earlierName.en)")
            },
            at: later.location(busy), subjects: subjects, start: from, end: to,
            notes: [
                DiagnosticNote(
                    Phrase { v in
                        "\(earlierName.text(v.language)) "
                            + ClockText.span(earlier.start, earlier.end, zone: zone, day: reference, v)
                    }, at: earlier.location(busy))
            ],
            help: help)
    }

    /// ` of visit-id`
    static func ofVisit(_ id: String) -> Phrase { Phrase(fr: " de \(id)", en: " of \(id)") }

    /// Two items of two visits in one venue at once.
    static func venueClash(_ a: Self, _ b: Self, venue: String, _ busy: BusyTime) -> Diagnostic {
        let (later, earlier) = a.start > b.start || (a.start == b.start && a.plan > b.plan) ? (a, b) : (b, a)
        let zone = later.zone(busy)
        let reference = zone.local(later.start).date
        let from = max(a.start, b.start)
        let to = min(a.end, b.end)
        let venueName = busy.plans[later.plan].plan.venues[venue]?.displayName ?? venue
        let earlierName = earlier.name(busy) + ofVisit(earlier.visitID(busy))
        let laterName = later.name(busy) + ofVisit(later.visitID(busy))
        let location = busy.item(of: later).map { $0.item.location(of: .venue) }
        let movable = later.movable(busy)
        return Diagnostic(
            .venueOverlap,
            Phrase { v in
                let when = ClockText.span(from, to, zone: zone, day: reference, v)
                return v.pick(
                    "\(venueName) est retenu par deux visites à la fois, \(when) : \(laterName.fr) et "
                        + earlierName.fr,
                    "\(venueName) is booked by two visits at once, \(when): \(laterName.en) and \(earlierName.en)")
            },
            at: location, subjects: [venue] + [later.subjectID(busy), earlier.subjectID(busy)].compactMap { $0 },
            start: from, end: to,
            notes: [
                DiagnosticNote(
                    Phrase { v in
                        "\(earlierName.text(v.language)) "
                            + ClockText.span(earlier.start, earlier.end, zone: zone, day: reference, v)
                    }, at: earlier.location(busy))
            ],
            help: Phrase { v in
                let after = ClockText.clock(earlier.end, zone: zone, day: reference, v)
                return v.pick(
                    "déplacer \(movable.fr) après \(after), choisir un autre lieu, ou déclarer le lieu "
                        + "`shared: true` s'il peut accueillir les deux",
                    "move \(movable.en) after \(after), choose another venue, or declare the venue `shared: true` "
                        + "if it can host both")
            })
    }
}

/// Clock times in findings: `10:05` on the reference day, `2026-12-05 10:05` on another (`10h05`,
/// `05/12/2026 10h05` in French).
enum ClockText {
    static func clock(_ instant: Instant, zone: Zone, day: LocalDate, _ v: Vocabulary) -> String {
        let local = zone.local(instant)
        return local.date == day ? v.time(local.time) : "\(v.shortDate(local.date)) \(v.time(local.time))"
    }

    static func span(_ start: Instant, _ end: Instant, zone: Zone, day: LocalDate, _ v: Vocabulary) -> String {
        let a = zone.local(start)
        let b = zone.local(end)
        let first = clock(start, zone: zone, day: day, v)
        // An end on the start's day needs no date of its own.
        let last = b.date == a.date ? v.time(b.time) : clock(end, zone: zone, day: day, v)
        return "\(first)-\(last)"
    }

    /// The days an all-day entry covers (its end is exclusive).
    static func days(_ start: Instant, _ end: Instant, zone: Zone, _ v: Vocabulary) -> String {
        let first = zone.local(start).date
        let last = zone.local(end.adding(seconds: -1)).date
        return first == last
            ? v.day(first) : v.pick("du \(v.day(first)) au \(v.day(last))", "\(first) to \(last)")
    }
}
