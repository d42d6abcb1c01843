/// `order: free` on a plan (docs/plan-format.md §11.3): which items may be reordered, the order chosen for them,
/// and why none
/// exists when no order meets their windows.

/// The order chosen for one set of free items: a `group:` with `order: free`, or the whole visit.
public struct FreeOrderChoice: Hashable, Sendable {
    /// The group number of the items; nil when the whole visit is free.
    public var group: Int?
    /// Item ids in the order written.
    public var written: [String]
    /// Item ids in the order chosen (the written order when none meets every window).
    public var chosen: [String]
    /// Whether the chosen order meets every window of the items and reaches the next item in time.
    public var feasible: Bool
    /// When not feasible: true when the items' own windows can be met, so that the quickest order is used (late
    /// for the next item); false when the order written is kept.
    public var quickestUsed: Bool
    /// The item reached after the free items, if any: the end of the group is the arrival there.
    public var nextItem: String?
    /// End of the group in the chosen order: the arrival at `nextItem`, else the end of the last item.
    public var end: Instant
    /// Travel minutes in the chosen order, from the item before the group to the end.
    public var travelMinutes: Int
    /// End of the group in the written order, and whether that order meets every window.
    public var writtenEnd: Instant
    public var writtenTravelMinutes: Int
    public var writtenFeasible: Bool

    /// How many minutes earlier the chosen order ends than the written one.
    public var minutesSaved: Int { end.minutes(until: writtenEnd) }
}

/// Everything `order: free` decided for a plan.
public struct FreeOrderResult: Hashable, Sendable {
    public var choices: [FreeOrderChoice]
    /// The whole programme in the order to build the itinerary with.
    public var order: [Item]
    /// Schema errors (too many free items, a group with nothing before it) and explanations of infeasibility.
    public var findings: [Diagnostic]
}

/// Chooses the order of the free items of a plan, group by group, in the order written.
public struct FreeOrderPlanner: Sendable {
    public var plan: Plan
    /// The search budget of an explanation, in search nodes.
    public var explanationBudget: Int

    private let builder: ItineraryBuilder
    /// For each item, the venue of the item written before it.
    private let writtenPreviousVenue: [String: String]

    public init(plan: Plan, explanationBudget: Int = 4_000_000) {
        self.plan = plan
        self.explanationBudget = explanationBudget
        builder = ItineraryBuilder(plan: plan)
        var previous: [String: String] = [:]
        for (index, item) in plan.programme.enumerated() where index > 0 {
            previous[item.id] = plan.programme[index - 1].venue
        }
        writtenPreviousVenue = previous
    }

    private var zone: Zone { plan.visit.zone }

    /// Nil when nothing in the plan is free.
    public func choose() -> FreeOrderResult? {
        let programme = plan.programme
        var order = programme
        var choices: [FreeOrderChoice] = []
        var findings: [Diagnostic] = []
        if plan.visit.freeOrder {
            guard let anchor = programme.firstIndex(where: { $0.at != nil }) else {
                findings.append(
                    Diagnostic(
                        .planSchema,
                        Phrase(
                            fr: "`order: free` demande une séquence avec `at:` d'où partir",
                            en: "`order: free` needs an item with `at:` to start the visit from"),
                        at: plan.visit.location(of: .order),
                        help: Phrase(
                            fr: "donner à la première séquence un début fixe, par exemple `at: \"09:00\"` ; elle reste "
                                + "la première",
                            en: "give the first item a fixed start, e.g. `at: \"09:00\"`; it stays first")))
                return FreeOrderResult(choices: [], order: programme, findings: findings)
            }
            order = [programme[anchor]] + programme.enumerated().filter { $0.offset != anchor }.map(\.element)
            solve(range: 1..<order.count, group: nil, order: &order, choices: &choices, findings: &findings)
        } else {
            let groups = programme.compactMap(\.freeGroup).reduce(into: [Int]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            guard !groups.isEmpty else { return nil }
            for group in groups {
                let positions = order.indices.filter { order[$0].freeGroup == group }
                guard let first = positions.first, let last = positions.last else { continue }
                if first == 0 {
                    findings.append(
                        Diagnostic(
                            .planSchema,
                            Phrase(
                                fr:
                                    "un groupe en `order: free` ne peut pas ouvrir le programme : rien ne fixe son début",
                                en: "a group with `order: free` cannot open the programme: nothing fixes when it starts"
                            ),
                            at: order[0].location, subjects: positions.map { order[$0].id },
                            help: Phrase(
                                fr: "placer une séquence avec `at:` avant le groupe (la première étape en part)",
                                en: "put an item with `at:` before the group (the first stop leaves from it)")))
                    continue
                }
                solve(range: first..<(last + 1), group: group, order: &order, choices: &choices, findings: &findings)
            }
        }
        return FreeOrderResult(choices: choices, order: adjustedOrder(order), findings: findings)
    }

    // MARK: - Transfers

    /// A written transfer keeps its mode, escort and riders wherever its item goes; its `duration` holds only when
    /// the item still follows the venue it was written after (elsewhere the transfer is estimated).
    func adjusted(_ item: Item, after previous: Item?) -> Item {
        guard var spec = item.transferBefore, spec.durationMinutes != nil else { return item }
        if let previous, previous.venue == writtenPreviousVenue[item.id] { return item }
        if previous == nil { return item }
        spec.durationMinutes = nil
        var copy = item
        copy.transferBefore = spec
        return copy
    }

    func adjustedOrder(_ order: [Item]) -> [Item] {
        order.enumerated().map { index, item in adjusted(item, after: index > 0 ? order[index - 1] : nil) }
    }

    /// Transfer minutes from one item to another by the rules of the itinerary (given or estimated).
    func transferMinutes(from a: Item, to b: Item) -> Int {
        var ignored: [Diagnostic] = []
        return builder.leg(from: a, to: adjusted(b, after: a), findings: &ignored)?.minutes ?? 0
    }

    // MARK: - One set of free items

    /// What a window of the problem stands for, in an officer's words.
    struct WindowSource {
        var item: Item
        /// "must start by 11:30", …
        var text: Phrase
        var location: SourceLocation
        var afterGroup: Bool = false
    }

    func solve(
        range: Range<Int>, group: Int?, order: inout [Item], choices: inout [FreeOrderChoice],
        findings: inout [Diagnostic]
    ) {
        let stops = Array(order[range])
        guard stops.count > 1 else { return }
        guard stops.count <= FreeOrderProblem.maxStops else {
            let location = group == nil ? plan.visit.location(of: .order) : stops[0].location
            findings.append(
                Diagnostic(
                    .planSchema,
                    Phrase(
                        fr: "`order: free` ordonne au plus \(FreeOrderProblem.maxStops) séquences ; "
                            + (group == nil ? "cette visite" : "ce groupe") + " en a \(stops.count)",
                        en: "`order: free` orders at most \(FreeOrderProblem.maxStops) items; "
                            + (group == nil ? "this visit has" : "this group has") + " \(stops.count)"),
                    at: location, subjects: stops.map(\.id),
                    help: Phrase(
                        fr: "répartir les séquences en groupes de \(FreeOrderProblem.maxStops) au plus, ou fixer "
                            + "l'ordre de certaines",
                        en: "split the items into groups of \(FreeOrderProblem.maxStops) or fewer, or fix the order "
                            + "of some of them")))
            return
        }
        let origin = order[range.lowerBound - 1]
        let prefix = ItineraryBuilder(plan: plan, order: adjustedOrder(Array(order[..<range.lowerBound]))).build()
        guard let base = prefix.items.last?.end else { return }
        let day = zone.local(base).date
        func minutes(_ i: Instant) -> Int { Int((i.seconds - base.seconds) / 60) }
        func resolve(_ spec: TimeSpec, _ item: Item, _ key: String) -> Int {
            var ignored: [Diagnostic] = []
            return minutes(builder.resolve(spec, on: day, item: item, key: key, findings: &ignored))
        }

        // Windows of the stops.
        var windows: [FreeOrderWindow] = []
        var sources: [WindowSource] = []
        for (index, item) in stops.enumerated() {
            if let at = item.at {
                let t = resolve(at, item, "at")
                windows.append(FreeOrderWindow(.stop(index), notBefore: t, notAfter: t))
                sources.append(
                    WindowSource(
                        item: item, text: Phrase(fr: "est fixée à \(at)", en: "is fixed at \(at)"),
                        location: item.location(of: .at)))
            }
            if let nb = item.notBefore {
                windows.append(FreeOrderWindow(.stop(index), notBefore: resolve(nb, item, "not-before")))
                sources.append(
                    WindowSource(
                        item: item,
                        text: Phrase(fr: "ne peut pas commencer avant \(nb)", en: "cannot start before \(nb)"),
                        location: item.location(of: .notBefore)))
            }
            if let na = item.notAfter {
                windows.append(FreeOrderWindow(.stop(index), notAfter: resolve(na, item, "not-after")))
                sources.append(
                    WindowSource(
                        item: item, text: Phrase(fr: "doit commencer au plus tard à \(na)", en: "must start by \(na)"),
                        location: item.location(of: .notAfter)))
            }
            if let hours = builder.venueHours(item.venue, on: day), let venue = plan.venues[item.venue] {
                windows.append(
                    FreeOrderWindow(
                        .stop(index), notBefore: minutes(hours.open),
                        notAfter: minutes(hours.close) - item.durationMinutes))
                sources.append(
                    WindowSource(
                        item: item,
                        text: Self.hoursText(venue),
                        location: venue.location(of: .hours)))
            }
        }

        // The item after the stops, and how late it may be reached.
        var next: Item?
        var toNext: [Int]?
        if range.upperBound < order.count {
            let n = order[range.upperBound]
            next = n
            toNext = stops.map { transferMinutes(from: $0, to: n) }
            if let (deadline, source) = latestArrival(
                at: range.upperBound, order: order, day: day, minutes: minutes, resolve: resolve)
            {
                windows.append(FreeOrderWindow(.next, notAfter: deadline))
                sources.append(source)
            }
        }

        let problem = FreeOrderProblem(
            departure: 0, durations: stops.map(\.durationMinutes),
            fromOrigin: stops.map { transferMinutes(from: origin, to: $0) },
            travel: stops.map { a in stops.map { b in transferMinutes(from: a, to: b) } },
            toNext: toNext, windows: windows)
        let writtenIndices = stops.map { stop in programmeIndex(stop.id) }
        let writtenOrder = Array(0..<stops.count).sorted { writtenIndices[$0] < writtenIndices[$1] }
        let written = problem.evaluate(writtenOrder)

        var solution = problem.solve()
        var feasible = true
        if solution == nil {
            feasible = false
            // The best order of the items themselves, even if the item after them is then reached late.
            var relaxed = problem
            relaxed.windows.removeAll { $0.target == .next }
            let withoutEnd = relaxed.solve()
            if let conflict = problem.explain(budget: explanationBudget) {
                findings.append(
                    explanation(
                        conflict, stops: stops, sources: sources, group: group,
                        quickest: withoutEnd.map { base.adding(minutes: $0.end) }, next: next))
            }
            solution = withoutEnd.map { problem.evaluate($0.order) }
        }
        // The written order is kept when nothing beats it.
        if let s = solution, written.feasible, (written.end, written.travel) <= (s.end, s.travel) { solution = written }
        let chosen = solution ?? written
        order.replaceSubrange(range, with: chosen.order.map { stops[$0] })
        choices.append(
            FreeOrderChoice(
                group: group, written: writtenOrder.map { stops[$0].id }, chosen: chosen.order.map { stops[$0].id },
                feasible: feasible && chosen.feasible, quickestUsed: !feasible && solution != nil, nextItem: next?.id,
                end: base.adding(minutes: chosen.end),
                travelMinutes: chosen.travel, writtenEnd: base.adding(minutes: written.end),
                writtenTravelMinutes: written.travel, writtenFeasible: written.feasible))
    }

    func programmeIndex(_ id: String) -> Int { plan.programme.firstIndex { $0.id == id } ?? Int.max }

    /// The latest arrival at the item at `position` that still lets it, and the written items after it up to the
    /// next fixed one, meet their windows. Nil when nothing after the group constrains it, or when those items
    /// cannot meet their windows whatever the group does (the itinerary reports that on its own).
    func latestArrival(
        at position: Int, order: [Item], day: LocalDate, minutes: (Instant) -> Int,
        resolve: (TimeSpec, Item, String) -> Int
    ) -> (Int, WindowSource)? {
        var chain: [Item] = []
        for item in order[position...] {
            if item.freeGroup != nil { break }  // another free group: its order is not known yet
            chain.append(item)
            if item.at != nil { break }
        }
        guard !chain.isEmpty else { return nil }
        // Own bounds of each item of the chain.
        var lo: [Int] = []
        var hi: [(Int, WindowSource)?] = []
        for item in chain {
            var low = Int.min / 4
            var high: (Int, WindowSource)?
            func tighten(_ t: Int, _ text: Phrase, _ location: SourceLocation) {
                if let h = high, h.0 <= t { return }
                high = (t, WindowSource(item: item, text: text, location: location, afterGroup: true))
            }
            if let at = item.at {
                let t = resolve(at, item, "at")
                low = max(low, t)
                tighten(t, Phrase(fr: "est fixée à \(at)", en: "is fixed at \(at)"), item.location(of: .at))
            }
            if let nb = item.notBefore { low = max(low, resolve(nb, item, "not-before")) }
            if let na = item.notAfter {
                tighten(
                    resolve(na, item, "not-after"),
                    Phrase(fr: "doit commencer au plus tard à \(na)", en: "must start by \(na)"),
                    item.location(of: .notAfter))
            }
            if let hours = builder.venueHours(item.venue, on: day), let venue = plan.venues[item.venue] {
                low = max(low, minutes(hours.open))
                tighten(
                    minutes(hours.close) - item.durationMinutes, Self.hoursText(venue), venue.location(of: .hours))
            }
            lo.append(low)
            hi.append(high)
        }
        // Can the chain meet its own windows at all?
        var time = Int.min / 4
        for (k, item) in chain.enumerated() {
            if k > 0 { time += transferMinutes(from: chain[k - 1], to: item) }
            let start = max(time, lo[k])
            if let h = hi[k], start > h.0 { return nil }
            time = start + item.durationMinutes
        }
        // Backwards: the latest start of each item that keeps everything after it on time.
        var latest: (Int, WindowSource)?
        for k in chain.indices.reversed() {
            var bound = hi[k]
            if let after = latest {
                let via = after.0 - transferMinutes(from: chain[k], to: chain[k + 1]) - chain[k].durationMinutes
                if bound.map({ via < $0.0 }) ?? true { bound = (via, after.1) }
            }
            latest = bound
        }
        return latest
    }

    // MARK: - Explanations

    /// `must fit in the hours of Musée (09:00-17:00)`
    static func hoursText(_ venue: Venue) -> Phrase {
        let hours = venue.hours?.description ?? ""
        return Phrase(
            fr: "doit tenir dans les horaires de \(venue.displayName) (\(hours))",
            en: "must fit in the hours of \(venue.displayName) (\(hours))")
    }

    func explanation(
        _ conflict: FreeOrderConflict, stops: [Item], sources: [WindowSource], group: Int?, quickest: Instant?,
        next: Item?
    ) -> Diagnostic {
        let involved = conflict.windows.map { sources[$0] }
        func name(_ item: Item) -> Phrase {
            let venue = plan.venues[item.venue]?.displayName ?? item.venue
            return Phrase(fr: "« \(item.id) » (\(venue))", en: "\"\(item.id)\" (\(venue))")
        }
        let parts: [Phrase] = involved.map { source in
            source.afterGroup
                ? Phrase(
                    fr: "\(name(source.item).fr), après le groupe, \(source.text.fr)",
                    en: "\(name(source.item).en), after the group, \(source.text.en)")
                : name(source.item) + Phrase(verbatim: " ") + source.text
        }
        let list = Self.join(parts)
        let crowded = Self.join(conflict.crowded.map { name(stops[$0]) })
        let n = stops.count
        let scope =
            group == nil
            ? Phrase(fr: "des \(n) séquences libres de la visite", en: "the \(n) free items of the visit")
            : Phrase(fr: "des \(n) séquences du groupe libre", en: "the \(n) items of the free group")
        var message: Phrase
        let one = involved.count == 1
        if conflict.crowded.isEmpty {
            message = Phrase(
                fr: "aucun ordre \(scope.fr) ne convient : \(list.fr) "
                    + (one ? "ne peut pas être respectée" : "ne peuvent pas toutes être respectées")
                    + ", avec les visites et les trajets entre elles",
                en: "no order of \(scope.en) works: \(list.en) " + (one ? "cannot be met" : "cannot all be met")
                    + ", with the visits and the travel between them")
        } else {
            message = Phrase(
                fr: "aucun ordre \(scope.fr) ne convient : \(list.fr) " + (one ? "ne laisse" : "ne laissent")
                    + " pas de place à \(crowded.fr)",
                en: "no order of \(scope.en) works: \(list.en) " + (one ? "leaves" : "leave") + " no room for "
                    + crowded.en)
        }
        if let quickest, let next, involved.contains(where: { $0.afterGroup }) {
            let zone = zone
            message =
                message
                + Phrase { v in
                    v.pick(
                        " ; l'ordre le plus rapide atteint « \(next.id) » à \(v.clock(quickest, in: zone))",
                        "; the quickest order reaches \"\(next.id)\" at \(v.clock(quickest, in: zone))")
                }
        }
        var notes = involved.map {
            DiagnosticNote(
                Phrase(fr: "« \($0.item.id) » \($0.text.fr)", en: "\"\($0.item.id)\" \($0.text.en)"), at: $0.location)
        }
        if !conflict.smallest {
            notes.append(
                DiagnosticNote(
                    Phrase(
                        fr:
                            "un ensemble plus petit de contraintes peut exister : la recherche s'est arrêtée à sa limite",
                        en: "a smaller set of windows may exist: the search stopped at its limit")))
        }
        var subjects = involved.map(\.item.id) + conflict.crowded.map { stops[$0].id }
        subjects = subjects.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
        return Diagnostic(
            .itineraryInfeasible, message, at: involved.first?.location ?? stops[0].location, subjects: subjects,
            notes: notes,
            help: Phrase(
                fr: "élargir l'une de ces contraintes, raccourcir une visite, ou sortir une séquence du groupe"
                    + (quickest == nil
                        ? " ; en attendant, l'ordre écrit est conservé"
                        : " ; en attendant, l'ordre le plus rapide est retenu"),
                en: "widen one of these windows, shorten a visit, or take an item out of the group"
                    + (quickest == nil
                        ? "; meanwhile the order written is kept" : "; meanwhile the quickest order is used"))
        )
    }

    static func join(_ parts: [Phrase]) -> Phrase {
        switch parts.count {
        case 0: return Phrase(verbatim: "")
        case 1: return parts[0]
        default:
            let head = Phrase.joined(Array(parts.dropLast()), separator: ", ")
            let last = parts.last ?? Phrase(verbatim: "")
            return Phrase(fr: "\(head.fr) et \(last.fr)", en: "\(head.en) and \(last.en)")
        }
    }
}
