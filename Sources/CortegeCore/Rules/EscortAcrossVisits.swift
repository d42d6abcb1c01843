/// The escort rules across the plans checked together (`cortege check A.yaml B.yaml`, docs/diagnostics.md): a
/// unit of a shared registry (the same id in several plans) is one unit, whatever visit it escorts.
/// `escort-overlap`, `escort-reposition` and `escort-duty` run once per plan on its own legs (``Rules/plan``),
/// then once more here on every leg of each unit in all the plans, for what only the plans together show.
public protocol CrossVisitRule: Sendable {
    /// The codes of the rule (the same as in one plan).
    var codes: [DiagnosticCode] { get }

    /// The findings that involve legs of two different visits; those inside one plan are its own rules'.
    func findings(across context: ConflictContext) -> [Diagnostic]
}

/// One leg of a unit, with the visit it belongs to.
struct VisitLeg {
    var plan: Plan
    var leg: EscortLeg
    /// Index of the plan in the context.
    var index: Int

    var visit: String { plan.visit.id }
    var zone: Zone { plan.visit.zone }

    func time(_ i: Instant, _ v: Vocabulary) -> String {
        let local = zone.local(i)
        return "\(v.shortDate(local.date)) \(v.time(local.time))"
    }

    /// `the transfer to arrivee of visit v (2026-12-10 09:00-09:30)`
    var text: Phrase {
        Phrase { v in
            v.pick(
                "le trajet vers \(leg.id) de la visite \(visit) (\(time(leg.start, v))-\(v.clock(leg.end, in: zone)))",
                "the transfer to \(leg.id) of visit \(visit) (\(time(leg.start, v))-\(v.clock(leg.end, in: zone)))")
        }
    }

    /// When and where the unit must be in place for this leg.
    func post(of unit: String) -> (time: Instant, venue: String) {
        let lead = plan.escortUnits[unit]?.leadMinutes ?? 0
        return (leg.post(of: unit)?.time ?? leg.start.adding(minutes: -lead), leg.transfer.fromVenue)
    }
}

extension ConflictContext {
    /// Every leg of each unit that escorts legs of at least two plans, by unit id, in start order.
    var sharedUnitLegs: [(unit: String, legs: [VisitLeg])] {
        var byUnit: [String: [VisitLeg]] = [:]
        for (index, analysis) in analyses.enumerated() {
            for leg in analysis.escort.legs {
                for unit in leg.units {
                    byUnit[unit, default: []].append(VisitLeg(plan: analysis.plan, leg: leg, index: index))
                }
            }
        }
        return byUnit.keys.sorted().compactMap { unit in
            guard let legs = byUnit[unit], Set(legs.map(\.index)).count > 1 else { return nil }
            return (unit, legs.sorted { ($0.leg.start, $0.index) < ($1.leg.start, $1.index) })
        }
    }
}

/// Minutes a unit needs from a venue of one plan to a venue of another: 0 at the same venue (id), else the car
/// estimate between their coordinates (without boarding); nil when either has none.
func repositionMinutes(from a: VisitLeg, to b: VisitLeg) -> Int? {
    let from = a.leg.transfer.toVenue
    let to = b.leg.transfer.fromVenue
    if from == to { return 0 }
    guard let ga = a.plan.venues[from]?.geo ?? b.plan.venues[from]?.geo,
        let gb = b.plan.venues[to]?.geo ?? a.plan.venues[to]?.geo
    else { return nil }
    return TransferEstimate.minutes(from: ga, to: gb, mode: .car, escorted: false)
}

extension Rules.EscortOverlap: CrossVisitRule {
    public func findings(across context: ConflictContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (unit, legs) in context.sharedUnitLegs {
            for (i, a) in legs.enumerated() {
                for b in legs[(i + 1)...] where a.index != b.index && a.leg.start < b.leg.end && b.leg.start < a.leg.end
                {
                    findings.append(
                        Diagnostic(
                            .escortOverlap,
                            Phrase(
                                fr: "\(unit) escorte à la fois des trajets de deux visites : \(a.text.fr) et "
                                    + b.text.fr,
                                en: "\(unit) escorts two visits' transfers at once: \(a.text.en) and \(b.text.en)"),
                            at: b.leg.location, subjects: [unit, a.visit, b.visit, a.leg.id, b.leg.id],
                            start: b.leg.start, end: min(a.leg.end, b.leg.end),
                            notes: [
                                DiagnosticNote(
                                    Phrase(
                                        fr: "le trajet de la visite \(a.visit)", en: "the transfer of visit \(a.visit)"),
                                    at: a.leg.location)
                            ],
                            help: Phrase(
                                fr: "confier l'un des deux trajets à une autre unité du répertoire partagé",
                                en: "give one of the two transfers another unit of the shared registry")))
                }
            }
        }
        return findings
    }
}

extension Rules.EscortReposition: CrossVisitRule {
    public func findings(across context: ConflictContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (unit, legs) in context.sharedUnitLegs {
            // Each leg after the unit's previous one, whatever the visit; a pair inside one plan is its own.
            for (a, b) in zip(legs, legs.dropFirst()) where a.index != b.index && a.leg.end <= b.leg.start {
                guard let need = repositionMinutes(from: a, to: b) else { continue }
                let lead = b.plan.escortUnits[unit]?.leadMinutes ?? 0
                let post = b.post(of: unit)
                let ready = a.leg.end.adding(minutes: need)
                guard ready > post.time else { continue }
                let missing = post.time.minutes(until: ready)
                findings.append(
                    Diagnostic(
                        .escortReposition,
                        Phrase { v in
                            v.pick(
                                "\(unit) ne peut pas passer à temps de la visite \(a.visit) à la visite \(b.visit) : "
                                    + "elle termine \(a.text.fr) à \(a.leg.transfer.toVenue) et doit être à "
                                    + "\(post.venue) \(v.span(lead)) avant \(b.text.fr) ; il lui faut \(v.span(need)) "
                                    + "de route, il manque \(v.span(missing))",
                                "\(unit) cannot go from visit \(a.visit) to visit \(b.visit) in time: it ends "
                                    + "\(a.text.en) at \(a.leg.transfer.toVenue) and must be at \(post.venue) "
                                    + "\(v.span(lead)) before \(b.text.en); it needs \(v.span(need)) of travel, "
                                    + "\(v.span(missing)) are missing")
                        },
                        at: b.leg.location, subjects: [unit, a.visit, b.visit, a.leg.id, b.leg.id],
                        start: a.leg.end, end: b.leg.start,
                        notes: [
                            DiagnosticNote(
                                Phrase(
                                    fr: "le trajet de \(unit) dans la visite \(a.visit)",
                                    en: "the leg of \(unit) in visit \(a.visit)"), at: a.leg.location)
                        ],
                        help: Phrase { v in
                            v.pick(
                                "confier l'un des deux trajets à une autre unité, ou écarter les deux visites de "
                                    + v.span(missing),
                                "give one of the two transfers another unit, or move one visit \(v.span(missing)) apart"
                            )
                        }))
            }
        }
        return findings
    }
}

extension Rules.EscortDuty: CrossVisitRule {
    public func findings(across context: ConflictContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for (unit, legs) in context.sharedUnitLegs {
            guard let first = legs.first, let max = first.plan.escortUnits[unit]?.maxDutyMinutes else { continue }
            var byDay: [LocalDate: [VisitLeg]] = [:]
            for l in legs { byDay[l.zone.local(l.post(of: unit).time).date, default: []].append(l) }
            for day in byDay.keys.sorted() {
                guard let dayLegs = byDay[day], Set(dayLegs.map(\.index)).count > 1,
                    let start = dayLegs.map({ $0.post(of: unit).time }).min(),
                    let end = dayLegs.map(\.leg.end).max()
                else { continue }
                let minutes = start.minutes(until: end)
                guard minutes > max else { continue }
                // A span that one visit alone makes too long is that visit's own finding.
                let alone = Set(dayLegs.map(\.index)).contains { i in
                    let own = dayLegs.filter { $0.index == i }
                    guard let s = own.map({ $0.post(of: unit).time }).min(), let e = own.map(\.leg.end).max()
                    else { return false }
                    return s.minutes(until: e) > max
                }
                if alone { continue }
                let visits = dayLegs.map(\.visit).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                let zone = first.zone
                findings.append(
                    Diagnostic(
                        .escortDuty,
                        Phrase { v in
                            let list = visits.joined(separator: ", ")
                            let hours = "\(v.clock(start, in: zone))-\(v.clock(end, in: zone))"
                            return v.pick(
                                "\(unit) est en service \(v.span(minutes)) le \(v.day(day)) sur les visites \(list) "
                                    + "(\(hours), \(dayLegs.count) trajet(s)), au-delà de son `max-duty` de "
                                    + v.span(max),
                                "\(unit) is on duty \(v.span(minutes)) on \(day) across visits \(list) (\(hours), "
                                    + "\(dayLegs.count) leg(s)), over its max-duty of \(v.span(max))")
                        },
                        at: first.plan.escortUnits[unit]?.location(of: .maxDuty) ?? first.leg.location,
                        subjects: [unit] + visits + dayLegs.map(\.leg.id), start: start, end: end,
                        help: Phrase(
                            fr: "relever \(unit) par une autre unité de la même force sur l'une des visites",
                            en: "relieve \(unit) with another unit of the same force on one of the visits")))
            }
        }
        return findings
    }
}
