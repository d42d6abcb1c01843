import CortegeCore

/// Renders the timed itinerary as a table for people and as the JSON of `cortege plan --format json`.
public enum ItineraryFormat {
    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(width - 1)) + "…"
    }

    public static func slackText(_ minutes: Int?) -> String {
        guard let minutes else { return "—" }
        return minutes < 0 ? "\(minutes)m" : DurationText.format(minutes)
    }

    /// A readable table: one block per day, a line per item (time, item, venue, slack) and per transfer.
    public static func table(_ analysis: Analysis) -> String {
        let plan = analysis.plan
        let zone = plan.visit.zone
        var out: [String] = []
        out.append("\(plan.visit.title) — \(plan.visit.id) (\(plan.visit.status.rawValue), \(zone))")
        var currentDay: LocalDate?
        for s in analysis.itinerary.items {
            if s.day != currentDay {
                currentDay = s.day
                out.append("")
                out.append("\(s.day) (\(weekday(s.day)))")
                out.append("  " + pad("time", 11) + "  " + pad("item", 34) + "  " + pad("venue", 34) + "  slack")
            }
            if let t = analysis.itinerary.transfer(to: s.id) {
                let how = t.given ? "given" : "estimated"
                let escort = t.escorted ? ", escorted" : ""
                let from = zone.local(t.start).time
                let to = zone.local(t.end).time
                out.append(
                    "  \(from)-\(to)  ↳ transfer \(t.mode.rawValue) \(DurationText.format(t.minutes)) "
                        + "(\(how)\(escort)) to \(t.toVenue)")
            }
            let venue = plan.venues[s.item.venue]?.displayName ?? s.item.venue
            let times = "\(zone.local(s.start).time)-\(zone.local(s.end).time)"
            let title = clip("\(s.item.displayTitle) [\(s.id)]", 34)
            out.append(
                "  " + pad(times, 11) + "  " + pad(title, 34) + "  " + pad(clip(venue, 34), 34) + "  "
                    + slackText(s.slackMinutes))
        }
        return out.joined(separator: "\n")
    }

    public static func weekday(_ d: LocalDate) -> String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][d.isoWeekday - 1]
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
