import CortegeCore

/// Renders the timed itinerary as a table for people and as the JSON of `cortege plan --format json`.
public enum ItineraryFormat {
    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    /// The slack after an item: `15m`, `-5m` in English; `15 min`, `-5 min` in French; `—` when none.
    public static func slackText(_ minutes: Int?, _ w: Vocabulary) -> String {
        guard let minutes else { return "—" }
        if w.language == .fr { return w.span(minutes) }
        return minutes < 0 ? "\(minutes)m" : DurationText.format(minutes)
    }

    /// A day heading: `jeudi 10 décembre 2026`, `2026-12-10 (Thursday)`.
    public static func dayHeading(_ d: LocalDate, _ w: Vocabulary) -> String {
        w.language == .fr ? w.longDate(d) : "\(d) (\(w.weekday(d)))"
    }

    /// The first line of a report: `title — id (status, zone)`.
    static func visitLine(title: String, id: String, status: VisitStatus, zone: Zone, _ w: Vocabulary) -> String {
        "\(title) — \(id) (\(w.language == .fr ? w.status(status).lowercased() : status.rawValue), \(zone))"
    }

    /// A readable table: one block per day, a line per item (time, item, venue, slack) and per transfer.
    public static func table(_ analysis: Analysis, _ w: Vocabulary) -> String {
        let plan = analysis.plan
        let zone = plan.visit.zone
        func clock(_ i: Instant) -> String { w.clock(i, in: zone) }
        var out: [String] = []
        out.append(visitLine(title: plan.visit.title, id: plan.visit.id, status: plan.visit.status, zone: zone, w))
        var currentDay: LocalDate?
        for s in analysis.itinerary.items {
            if s.day != currentDay {
                currentDay = s.day
                out.append("")
                out.append(dayHeading(s.day, w))
                out.append(
                    "  " + pad(w.pick("heure", "time"), 11) + "  " + pad(w.pick("séquence", "item"), 34) + "  "
                        + pad(w.pick("lieu", "venue"), 34) + "  " + w.pick("battement", "slack"))
            }
            if let t = analysis.itinerary.transfer(to: s.id) {
                let how = t.given ? w.pick("indiqué", "given") : w.pick("estimé", "estimated")
                let escort = t.escorted ? w.pick(", escorté", ", escorted") : ""
                let mode = w.language == .fr ? w.mode(t.mode) : t.mode.rawValue
                out.append(
                    "  \(clock(t.start))-\(clock(t.end))  ↳ \(w.pick("trajet", "transfer")) \(mode) "
                        + "\(w.span(t.minutes)) (\(how)\(escort)) \(w.pick("vers", "to")) \(t.toVenue)")
            }
            let venue = plan.venues[s.item.venue]?.displayName ?? s.item.venue
            let times = "\(clock(s.start))-\(clock(s.end))"
            let title = clip("\(s.item.displayTitle) [\(s.id)]", 34)
            out.append(
                "  " + pad(times, 11) + "  " + pad(title, 34) + "  " + pad(clip(venue, 34), 34) + "  "
                    + slackText(s.slackMinutes, w))
        }
        return out.joined(separator: "\n")
    }

    /// `{"visit", "items": [...], "transfers": [...]}` with ISO 8601 times and their offsets.
    public static func jsonObject(_ analysis: Analysis) -> [String: JSONValue] {
        let zone = analysis.plan.visit.zone
        let items: [JSONValue] = analysis.itinerary.items.map { s in
            var o: [String: JSONValue] = [
                "id": .string(s.id), "kind": .string(s.item.kind.rawValue), "title": .string(s.item.displayTitle),
                "venue": .string(s.item.venue), "start": .string(zone.iso8601(s.start)),
                "end": .string(zone.iso8601(s.end)), "slack": .int(s.slackMinutes),
            ]
            if s.item.at != nil { o["fixed"] = true }
            return .object(o)
        }
        let transfers: [JSONValue] = analysis.itinerary.transfers.map { t in
            [
                "from": .string(t.fromVenue), "to": .string(t.toVenue), "from-item": .string(t.fromItem),
                "to-item": .string(t.toItem), "start": .string(zone.iso8601(t.start)),
                "end": .string(zone.iso8601(t.end)), "mode": .string(t.mode.rawValue), "minutes": .int(t.minutes),
                "escort": .bool(t.escorted), "estimated": .bool(!t.given),
            ]
        }
        return [
            "visit": .string(analysis.plan.visit.id), "timezone": .string(zone.identifier), "items": .array(items),
            "transfers": .array(transfers),
        ]
    }
}
