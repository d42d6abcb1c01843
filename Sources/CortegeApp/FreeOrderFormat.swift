import CortegeCore

/// How `cortege plan` shows the order chosen under `order: free`.
public enum FreeOrderFormat {
    /// A block of text per free set: the order chosen and how much earlier it ends than the written one; nil when
    /// nothing is free.
    public static func text(_ analysis: Analysis) -> String? {
        guard let result = analysis.freeOrder, !result.choices.isEmpty else { return nil }
        let zone = analysis.plan.visit.zone
        var out: [String] = []
        for choice in result.choices {
            let scope = choice.group.map { "group \($0)" } ?? "whole visit"
            let title = "Order chosen by Cortège (order: free, \(scope), \(choice.chosen.count) items)"
            if choice.feasible {
                out.append(title)
            } else if choice.quickestUsed, let next = choice.nextItem {
                out.append("No order reaches \"\(next)\" in time (order: free, \(scope)): the quickest order is used")
            } else {
                out.append("No order meets every window (order: free, \(scope)): the order written is kept")
            }
            for (index, id) in choice.chosen.enumerated() {
                let moved = choice.written.firstIndex(of: id).map { $0 == index ? "" : "  (written \($0 + 1))" } ?? ""
                out.append("  \(index + 1). \(id)\(moved)")
            }
            if !choice.feasible, choice.quickestUsed, let next = choice.nextItem {
                out.append("  reaches \"\(next)\" at \(zone.local(choice.end).time) (see the error below)")
            }
            guard choice.feasible else { continue }
            let what = choice.nextItem.map { "reaches \"\($0)\" at" } ?? "ends at"
            let end = zone.local(choice.end).time
            let writtenEnd = zone.local(choice.writtenEnd).time
            let travel =
                "travel \(DurationText.format(choice.travelMinutes)) "
                + "(written order \(DurationText.format(choice.writtenTravelMinutes)))"
            if !choice.writtenFeasible {
                out.append(
                    "  \(what) \(end); the written order breaks a window (it would reach \(writtenEnd)); \(travel)")
            } else if choice.chosen == choice.written {
                out.append("  \(what) \(end): the written order is already the earliest; \(travel)")
            } else if choice.minutesSaved > 0 {
                out.append(
                    "  \(what) \(end): \(DurationText.format(choice.minutesSaved)) earlier than the written order "
                        + "(\(writtenEnd)); \(travel)")
            } else {
                out.append("  \(what) \(end), as early as the written order, with less travel; \(travel)")
            }
        }
        return out.joined(separator: "\n")
    }

    /// The `free-order` member of `cortege plan --format json`.
    public static func jsonObject(_ analysis: Analysis) -> JSONValue? {
        guard let result = analysis.freeOrder, !result.choices.isEmpty else { return nil }
        let zone = analysis.plan.visit.zone
        return .array(
            result.choices.map { c in
                var o: [String: JSONValue] = [
                    "written": .strings(c.written), "chosen": .strings(c.chosen), "feasible": .bool(c.feasible),
                    "quickest-used": .bool(c.quickestUsed), "end": .string(zone.iso8601(c.end)),
                    "written-end": .string(zone.iso8601(c.writtenEnd)), "written-feasible": .bool(c.writtenFeasible),
                    "minutes-saved": .int(c.minutesSaved), "travel-minutes": .int(c.travelMinutes),
                    "written-travel-minutes": .int(c.writtenTravelMinutes),
                ]
                if let g = c.group { o["group"] = .int(g) }
                if let n = c.nextItem { o["next-item"] = .string(n) }
                return .object(o)
            })
    }
}
