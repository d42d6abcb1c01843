import CortegeCore

/// Renders the escort plan and the press plan of an analysis, for the plan's author (`cortege plan`).
public enum EscortFormat {
    /// `HH:MM`, with the date in front when it is not `day`.
    static func when(_ i: Instant, _ plan: Plan, on day: LocalDate? = nil, _ w: Vocabulary) -> String {
        let l = plan.visit.zone.local(i)
        return l.date == (day ?? plan.visit.date) ? w.time(l.time) : "\(dateText(l.date, w)) \(w.time(l.time))"
    }

    /// `2026-12-10`, `10/12/2026`.
    static func dateText(_ d: LocalDate, _ w: Vocabulary) -> String { w.shortDate(d) }

    /// `HH:MM-HH:MM`, with the date in front when it is not the visit's first day.
    static func span(_ start: Instant, _ end: Instant, _ plan: Plan, _ w: Vocabulary) -> String {
        let day = plan.visit.zone.local(start).date
        let prefix = day == plan.visit.date ? "" : "\(dateText(day, w)) "
        return prefix + "\(when(start, plan, on: day, w))-\(when(end, plan, on: day, w))"
    }

    /// How the press is admitted, in a French line: `ouverte`, `pool`, `huis clos`.
    static func accessText(_ access: PressAccess) -> String {
        switch access {
        case .open: "ouverte"
        case .pool: "pool"
        case .closed: "huis clos"
        }
    }

    /// `Melun (police)`, with `zone inconnue` / `zone unknown` when the place has no zone.
    static func placeText(_ p: EscortPlace, _ w: Vocabulary) -> String {
        "\(p.name) (\(p.zone?.rawValue ?? w.pick("zone inconnue", "zone unknown")))"
    }

    static func unitText(_ plan: Plan, _ id: String) -> String {
        plan.escortUnits[id].map { "\(id) (\($0.force.rawValue))" } ?? id
    }

    static func requestText(_ r: EscortRequest) -> String {
        switch r {
        case .auto: "auto"
        case .none: "none"
        case .units: "as written"
        }
    }

    static func requestText(_ r: EscortRequest, _ w: Vocabulary) -> String {
        switch r {
        case .auto: "auto"
        case .none: w.pick("aucune", "none")
        case .units: w.pick("telle qu'écrite", "as written")
        }
    }

    /// Hand-over text: `Les Abymes (police) → Baie-Mahault (gendarmerie): a hands over to b`.
    public static func handOverText(_ h: EscortHandOver, _ w: Vocabulary) -> String {
        let nobody = w.pick("personne", "nobody")
        let from = h.fromUnits.isEmpty ? nobody : h.fromUnits.joined(separator: ", ")
        let to = h.toUnits.isEmpty ? nobody : h.toUnits.joined(separator: ", ")
        return "\(h.leaving.name) (\(h.fromZone.rawValue)) → \(h.entering.name) (\(h.toZone.rawValue))"
            + w.pick(" : \(from) passe le relais à \(to)", ": \(from) hands over to \(to)")
            + (h.point.map { w.pick(" à \($0.name)", " at \($0.name)") } ?? "")
    }

    /// The escort plan, leg by leg, then the duty span of every unit.
    public static func text(_ analysis: Analysis, _ w: Vocabulary) -> String {
        let plan = analysis.plan
        let colon = w.pick(" : ", ": ")
        var out = [w.pick("Plan d'escorte", "Escort plan")]
        if analysis.escort.legs.isEmpty {
            out.append(w.pick("  aucun trajet n'a besoin d'escorte", "  no transfer needs an escort"))
        }
        for leg in analysis.escort.legs {
            let t = leg.transfer
            let mode = w.language == .fr ? w.mode(t.mode) : t.mode.rawValue
            out.append(
                "  \(span(t.start, t.end, plan, w))  \(t.fromVenue) → \(t.toVenue), \(w.pick("vers", "to")) \(t.toItem) "
                    + "(\(mode), \(w.pick("escorte", "escort")) \(requestText(leg.request, w)))")
            let unitsLabel = "      " + w.pick("unités", "units") + colon
            if leg.units.isEmpty {
                out.append(unitsLabel + w.pick("aucune", "none"))
            } else {
                let units = leg.units.map { id -> String in
                    let lead = plan.escortUnits[id]?.leadMinutes ?? 0
                    let day = plan.visit.zone.local(leg.start).date
                    let post = leg.post(of: id)
                    let inPlace = when(post?.time ?? leg.start.adding(minutes: -lead), plan, on: day, w)
                    return "\(unitText(plan, id)) \(w.pick("en place à", "in place")) \(inPlace)"
                        + (post.map { w.pick(" (\($0.place))", " at \($0.place)") } ?? "")
                }
                out.append(unitsLabel + units.joined(separator: ", "))
            }
            out.append("      zones" + colon + leg.places.map { placeText($0, w) }.joined(separator: " → "))
            for h in leg.handOvers { out.append("      " + w.pick("relève", "hand-over") + colon + handOverText(h, w)) }
            for z in leg.uncoveredZones where !leg.units.isEmpty {
                out.append("      " + w.pick("non couverte : zone \(z.rawValue)", "uncovered: \(z.rawValue) zone"))
            }
        }
        out.append("")
        out.append(w.pick("Amplitudes de service", "Duty spans"))
        if analysis.escort.duties.isEmpty { out.append(w.pick("  aucune", "  none")) }
        for d in analysis.escort.duties {
            let unit = plan.escortUnits[d.unit]
            var limits: [String] = []
            if let max = unit?.maxDutyMinutes { limits.append("max \(w.span(max))") }
            if let hours = unit?.available { limits.append(w.pick("disponible \(hours)", "available \(hours)")) }
            let limitText = limits.isEmpty ? "" : "; " + limits.joined(separator: ", ")
            let zone = plan.visit.zone
            out.append(
                "  \(unitText(plan, d.unit))  \(dateText(d.day, w)) \(w.clock(d.start, in: zone))-"
                    + "\(w.clock(d.end, in: zone))  \(w.span(d.minutes))\(limitText); "
                    + w.pick("\(d.legs.count) trajet(s) : ", "\(d.legs.count) leg(s): ")
                    + d.legs.joined(separator: ", "))
        }
        return out.joined(separator: "\n")
    }

    /// The press plan: every open and pool item with its positioning time.
    public static func pressText(_ analysis: Analysis, _ w: Vocabulary) -> String {
        let plan = analysis.plan
        let press = analysis.press
        var out = [
            w.pick(
                "Plan presse (journalistes en place \(w.span(press.leadMinutes)) avant)",
                "Press plan (journalists in place \(w.span(press.leadMinutes)) before)")
        ]
        if press.slots.isEmpty {
            out.append(w.pick("  aucune séquence n'est ouverte à la presse", "  no item is open to the press"))
        }
        for slot in press.slots {
            let venue = plan.venues[slot.venue]?.displayName ?? slot.venue
            let access = w.language == .fr ? accessText(slot.access) : slot.access.rawValue
            out.append(
                "  \(w.pick("en place à", "in place")) \(when(slot.positioning, plan, w))  \(access)  \(slot.item) "
                    + "\(span(slot.start, slot.end, plan, w)) \(w.pick("à", "at")) \(venue)")
        }
        return out.joined(separator: "\n")
    }

    /// `{"legs": [...], "duties": [...]}` with ISO 8601 times.
    public static func jsonObject(_ analysis: Analysis) -> JSONValue {
        let plan = analysis.plan
        let zone = plan.visit.zone
        let legs: [JSONValue] = analysis.escort.legs.map { leg in
            [
                "to-item": .string(leg.id), "from-item": .string(leg.transfer.fromItem),
                "from": .string(leg.transfer.fromVenue), "to": .string(leg.transfer.toVenue),
                "start": .string(zone.iso8601(leg.start)), "end": .string(zone.iso8601(leg.end)),
                "request": .string(requestText(leg.request)), "needed": .bool(leg.needed),
                "units": .strings(leg.units), "places": .array(leg.places.map(placeObject)),
                "hand-overs": .array(leg.handOvers.map { handOverObject($0, zone: zone) }),
                "uncovered": .strings(leg.uncoveredZones.map(\.rawValue)),
                "posts": .array(
                    leg.posts.map {
                        [
                            "unit": .string($0.unit), "in-place": .string(zone.iso8601($0.time)),
                            "at": .string($0.place), "hand-over": .bool($0.atHandOver),
                        ]
                    }),
            ]
        }
        return ["legs": .array(legs), "duties": .array(analysis.escort.duties.map { dutyObject($0, zone: zone) })]
    }

    public static func placeObject(_ p: EscortPlace) -> JSONValue {
        [
            "kind": .string(p.kind.rawValue), "id": .string(p.id), "name": .string(p.name),
            "zone": .string(p.zone?.rawValue),
        ]
    }

    public static func handOverObject(_ h: EscortHandOver, zone: Zone) -> JSONValue {
        [
            "leaving": .string(h.leaving.id), "entering": .string(h.entering.id),
            "from-zone": .string(h.fromZone.rawValue), "to-zone": .string(h.toZone.rawValue),
            "from-units": .strings(h.fromUnits), "to-units": .strings(h.toUnits),
            "point": .string(h.point?.id), "at": .string(h.placeName),
            "time": .string(h.time.map { zone.iso8601($0) }),
        ]
    }

    public static func dutyObject(_ d: EscortDutySpan, zone: Zone) -> JSONValue {
        [
            "unit": .string(d.unit), "day": .string(d.day.description), "start": .string(zone.iso8601(d.start)),
            "end": .string(zone.iso8601(d.end)), "minutes": .int(d.minutes), "legs": .strings(d.legs),
        ]
    }

    /// `{"lead", "slots": [...]}`.
    public static func pressJSONObject(_ analysis: Analysis) -> JSONValue {
        let zone = analysis.plan.visit.zone
        let slots: [JSONValue] = analysis.press.slots.map { s in
            [
                "item": .string(s.item), "access": .string(s.access.rawValue), "venue": .string(s.venue),
                "start": .string(zone.iso8601(s.start)), "end": .string(zone.iso8601(s.end)),
                "positioning": .string(zone.iso8601(s.positioning)),
            ]
        }
        return ["lead": .int(analysis.press.leadMinutes), "slots": .array(slots)]
    }
}
