import CortegeCore

/// How `cortege plan` shows the order chosen under `order: free`.
public enum FreeOrderFormat {
    /// A block of text per free set: the order chosen and how much earlier it ends than the written one; nil when
    /// nothing is free.
    public static func text(_ analysis: Analysis, _ w: Vocabulary) -> String? {
        guard let result = analysis.freeOrder, !result.choices.isEmpty else { return nil }
        let zone = analysis.plan.visit.zone
        func clock(_ i: Instant) -> String { w.clock(i, in: zone) }
        func quoted(_ id: String) -> String { w.pick("« \(id) »", "\"\(id)\"") }
        var out: [String] = []
        for choice in result.choices {
            let scope =
                choice.group.map { w.pick("groupe \($0)", "group \($0)") } ?? w.pick("toute la visite", "whole visit")
            let title = w.pick(
                "Ordre choisi par Cortège (order: free, \(scope), \(choice.chosen.count) séquences)",
                "Order chosen by Cortège (order: free, \(scope), \(choice.chosen.count) items)")
            if choice.feasible {
                out.append(title)
            } else if choice.quickestUsed, let next = choice.nextItem {
                out.append(
                    w.pick(
                        "Aucun ordre n'atteint \(quoted(next)) à temps (order: free, \(scope)) : l'ordre le plus "
                            + "rapide est retenu",
                        "No order reaches \(quoted(next)) in time (order: free, \(scope)): the quickest order is used"))
            } else {
                out.append(
                    w.pick(
                        "Aucun ordre ne respecte toutes les contraintes (order: free, \(scope)) : l'ordre écrit est "
                            + "conservé",
                        "No order meets every window (order: free, \(scope)): the order written is kept"))
            }
            for (index, id) in choice.chosen.enumerated() {
                let moved =
                    choice.written.firstIndex(of: id).map {
                        $0 == index ? "" : w.pick("  (écrit en \($0 + 1))", "  (written \($0 + 1))")
                    } ?? ""
                out.append("  \(index + 1). \(id)\(moved)")
            }
            if !choice.feasible, choice.quickestUsed, let next = choice.nextItem {
                out.append(
                    w.pick(
                        "  atteint \(quoted(next)) à \(clock(choice.end)) (voir l'erreur ci-dessous)",
                        "  reaches \(quoted(next)) at \(clock(choice.end)) (see the error below)"))
            }
            guard choice.feasible else { continue }
            let what =
                choice.nextItem.map { w.pick("atteint \(quoted($0)) à", "reaches \(quoted($0)) at") }
                ?? w.pick("finit à", "ends at")
            let end = clock(choice.end)
            let writtenEnd = clock(choice.writtenEnd)
            let travel = w.pick(
                "trajets \(w.span(choice.travelMinutes)) (ordre écrit \(w.span(choice.writtenTravelMinutes)))",
                "travel \(w.span(choice.travelMinutes)) (written order \(w.span(choice.writtenTravelMinutes)))")
            if !choice.writtenFeasible {
                out.append(
                    w.pick(
                        "  \(what) \(end) ; l'ordre écrit enfreint une contrainte (il atteindrait \(writtenEnd)) ; \(travel)",
                        "  \(what) \(end); the written order breaks a window (it would reach \(writtenEnd)); \(travel)")
                )
            } else if choice.chosen == choice.written {
                out.append(
                    w.pick(
                        "  \(what) \(end) : l'ordre écrit est déjà le plus tôt ; \(travel)",
                        "  \(what) \(end): the written order is already the earliest; \(travel)"))
            } else if choice.minutesSaved > 0 {
                out.append(
                    w.pick(
                        "  \(what) \(end) : \(w.span(choice.minutesSaved)) plus tôt que l'ordre écrit (\(writtenEnd)) ; "
                            + travel,
                        "  \(what) \(end): \(w.span(choice.minutesSaved)) earlier than the written order "
                            + "(\(writtenEnd)); \(travel)"))
            } else {
                out.append(
                    w.pick(
                        "  \(what) \(end), aussi tôt que l'ordre écrit, avec moins de trajet ; \(travel)",
                        "  \(what) \(end), as early as the written order, with less travel; \(travel)"))
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
