/// The escort checks of SPEC §6: `escort-missing`, `escort-zone-gap`, `escort-overlap`, `escort-reposition`,
/// `escort-duty`. Each reads the escort plan that `Analysis` built and returns its findings.
public enum EscortChecks {
    public typealias Check = @Sendable (Plan, EscortPlan) -> [Diagnostic]

    public static let checks: [Check] = [missing, zoneGap, overlap, reposition, duty]

    static func time(_ plan: Plan, _ i: Instant) -> String { plan.visit.zone.local(i).time.description }

    static func legText(_ plan: Plan, _ leg: EscortLeg) -> String {
        let t = leg.transfer
        return "the transfer from \(t.fromVenue) to \(t.toVenue) (\(time(plan, t.start))-\(time(plan, t.end)), "
            + "to \(t.toItem))"
    }

    static func unitText(_ plan: Plan, _ id: String) -> String {
        guard let u = plan.escortUnits[id] else { return id }
        return "\(id) (\(u.force.rawValue))"
    }

    /// `escort-missing`: a transfer that needs an escort has none.
    public static let missing: Check = { plan, escort in
        escort.legs.filter { $0.needed && $0.units.isEmpty }.map { leg in
            let riders = leg.transfer.riders.filter { plan.requiresEscort($0) }.joined(separator: ", ")
            let why: String
            let help: String
            switch leg.request {
            case .none:
                why = "`escort: none` is written"
                help = "write `escort: auto` or list the units; a rider who needs no escort takes `escort: none`"
            case .units:
                why = "the list of units is empty or names no defined unit"
                help = "list at least one unit of the competent force, or write `escort: auto`"
            case .auto:
                why = leg.rejections.isEmpty ? "no escort unit is defined" : "no unit is usable"
                help = "add a unit under `escort-units`, widen an `available` window, or move the transfer"
            }
            return Diagnostic(
                .escortMissing, "\(legText(plan, leg)) carries \(riders), who needs an escort, but has none: \(why)",
                at: leg.location, subjects: [leg.transfer.fromItem, leg.transfer.toItem] + leg.rejections.map(\.unit),
                start: leg.start, end: leg.end,
                notes: leg.rejections.map { r in
                    DiagnosticNote("\(r.unit): \(r.reason)", at: plan.escortUnits[r.unit]?.location)
                }, help: help)
        }
    }

    /// `escort-zone-gap`: a transfer crosses a zone no assigned unit may work in.
    public static let zoneGap: Check = { plan, escort in
        escort.legs.filter { !$0.units.isEmpty }.flatMap { leg in
            leg.uncoveredZones.map { zone in
                let places = leg.stretches.filter { $0.zone == zone }.flatMap(\.places).map(\.name)
                let assigned = leg.units.map { unitText(plan, $0) }.joined(separator: ", ")
                let rejected = leg.rejections.filter { plan.escortUnits[$0.unit]?.force == zone }
                let help =
                    rejected.isEmpty
                    ? "add a \(zone.rawValue) unit to the plan's `escort-units` and to this transfer"
                    : "free one of the \(zone.rawValue) units below, or add another"
                return Diagnostic(
                    .escortZoneGap,
                    "\(legText(plan, leg)) crosses the \(zone.rawValue) zone (\(places.joined(separator: ", "))) "
                        + "but no assigned unit may work there: \(assigned)",
                    at: leg.location, subjects: [leg.transfer.toItem] + leg.units, start: leg.start, end: leg.end,
                    notes: rejected.map {
                        DiagnosticNote("\($0.unit): \($0.reason)", at: plan.escortUnits[$0.unit]?.location)
                    },
                    help: leg.request == .auto
                        ? help : "add a \(zone.rawValue) unit to the `escort:` list, or write `escort: auto`")
            }
        }
    }

    /// `escort-overlap`: one unit on two transfers at once.
    public static let overlap: Check = { plan, escort in
        var findings: [Diagnostic] = []
        for unit in plan.escortUnits.keys.sorted() {
            let legs = escort.legs(of: unit)
            for (i, a) in legs.enumerated() {
                for b in legs[(i + 1)...] where a.start < b.end && b.start < a.end {
                    findings.append(
                        Diagnostic(
                            .escortOverlap,
                            "\(unit) escorts two transfers at once: to \(a.id) (\(time(plan, a.start))-"
                                + "\(time(plan, a.end))) and to \(b.id) (\(time(plan, b.start))-\(time(plan, b.end)))",
                            at: b.location, subjects: [unit, a.id, b.id], start: b.start, end: min(a.end, b.end),
                            notes: [DiagnosticNote("the other transfer", at: a.location)],
                            help: "give one of the two transfers another unit, or write `escort: auto`"))
                }
            }
        }
        return findings
    }

    /// `escort-reposition`: a unit cannot get from the end of one leg to the start of the next (and be in place
    /// `lead` before it) in time.
    public static let reposition: Check = { plan, escort in
        var findings: [Diagnostic] = []
        for unitID in plan.escortUnits.keys.sorted() {
            guard let unit = plan.escortUnits[unitID] else { continue }
            let legs = escort.legs(of: unitID).sorted { $0.start < $1.start }
            for (a, b) in zip(legs, legs.dropFirst()) where a.end <= b.start {
                let from = a.transfer.toVenue
                let to = b.transfer.fromVenue
                guard from != to, let need = EscortPlanner.repositionMinutes(in: plan, from: from, to: to) else {
                    continue
                }
                let gap = a.end.minutes(until: b.start)
                let required = need + unit.leadMinutes
                guard gap < required else { continue }
                findings.append(
                    Diagnostic(
                        .escortReposition,
                        "\(unitID) cannot reposition in time: it ends the transfer to \(a.id) at \(from) at "
                            + "\(time(plan, a.end)) and must be at \(to) \(DurationText.format(unit.leadMinutes)) "
                            + "before \(time(plan, b.start)); it needs \(DurationText.format(need)) of travel, "
                            + "\(DurationText.format(required - gap)) are missing",
                        at: b.location, subjects: [unitID, a.id, b.id], start: a.end, end: b.start,
                        notes: [DiagnosticNote("the previous leg of \(unitID)", at: a.location)],
                        help: "give the transfer to \(b.id) another unit, or leave "
                            + "\(DurationText.format(required - gap)) more between the two legs"))
            }
        }
        return findings
    }

    /// `escort-duty`: a unit's duty span exceeds its `max-duty` or falls outside its `available` hours.
    public static let duty: Check = { plan, escort in
        var findings: [Diagnostic] = []
        for span in escort.duties {
            guard let unit = plan.escortUnits[span.unit] else { continue }
            let text = "\(span.day) \(time(plan, span.start))-\(time(plan, span.end))"
            if let max = unit.maxDutyMinutes, span.minutes > max {
                findings.append(
                    Diagnostic(
                        .escortDuty,
                        "\(span.unit) is on duty \(DurationText.format(span.minutes)) (\(text), \(span.legs.count) "
                            + "leg(s)), over its max-duty of \(DurationText.format(max))",
                        at: unit.location(of: "max-duty"), subjects: [span.unit] + span.legs, start: span.start,
                        end: span.end,
                        help: "relieve \(span.unit) with another unit of the same force on the later legs"))
            }
            if let hours = unit.available, !hours.contains(from: span.start, to: span.end, zone: plan.visit.zone) {
                findings.append(
                    Diagnostic(
                        .escortDuty,
                        "\(span.unit) is on duty \(text), outside its availability (\(hours))",
                        at: unit.location(of: "available"), subjects: [span.unit] + span.legs, start: span.start,
                        end: span.end, help: "assign another unit to the legs outside \(hours), or widen `available`"))
            }
        }
        return findings
    }
}
