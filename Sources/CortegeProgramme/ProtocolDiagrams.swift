import CortegeCore

/// Small pictures of the protocol orders: the line-up as seen from the front, and the seating plan from above.
enum ProtocolDiagrams {
    private static let n = TimelineSVG.number

    /// The line of art. 16: one box per person, left to right as the public sees it, with their rank.
    static func lineup(_ lineup: ProgrammeContent.Lineup, text: Vocabulary, into w: inout HTMLWriter) {
        let cell = 118.0
        let gap = lineup.aisleAfter == nil ? 0.0 : 34.0
        let count = Double(lineup.leftToRight.count)
        let width = max(cell, count * cell + gap) + 8
        let height = 70.0
        w.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "diagram lineup", "role": "img",
                "viewBox": "0 0 \(n(width)) \(n(height))", "style": "max-width: \(n(min(width, 940)))px",
                "aria-label": text.lineup,
            ])
        for (i, entry) in lineup.leftToRight.enumerated() {
            let afterAisle = lineup.aisleAfter.map { i >= $0 } ?? false
            let x = 4 + Double(i) * cell + (afterAisle ? gap : 0)
            let first = entry.rank == 1
            w.element("g", ["class": first ? "place place-first" : "place", "data-person": entry.person.id]) { w in
                w.empty(
                    "rect",
                    ["x": n(x + 3), "y": "4", "width": n(cell - 6), "height": "46", "rx": "6", "class": "place-box"])
                w.empty("circle", ["cx": n(x + cell / 2), "cy": "17", "r": "9", "class": "place-rank"])
                w.element(
                    "text", ["x": n(x + cell / 2), "y": "20.5", "text-anchor": "middle", "class": "place-rank-text"]
                ) {
                    w in w.text(String(entry.rank))
                }
                w.element("text", ["x": n(x + cell / 2), "y": "41", "text-anchor": "middle", "class": "place-name"]) {
                    w in
                    w.text(TimelineSVG.fit(entry.person.name, width: cell - 10, fontSize: 9.5))
                }
            }
        }
        if let split = lineup.aisleAfter {
            let x = 4 + Double(split) * cell + gap / 2
            w.empty("line", ["x1": n(x), "y1": "6", "x2": n(x), "y2": "50", "class": "aisle"])
            w.element("text", ["x": n(x), "y": "62", "text-anchor": "middle", "class": "diagram-note"]) { w in
                w.text(text.aisle)
            }
        }
        w.element("text", ["x": n(width / 2), "y": "66", "text-anchor": "middle", "class": "diagram-note"]) { w in
            w.text("▲ " + text.front + " ▲")
        }
        w.close()
    }

    /// The table from above: the co-host's side at the top, the host's at the bottom (à la française), or the
    /// host at the west end and the co-host at the east end (à l'anglaise).
    static func seating(_ plan: ProgrammeContent.Seating, text: Vocabulary, into w: inout HTMLWriter) {
        let cell = 112.0
        let ends = plan.style == .aLAnglaise
        let columns = Double(max(plan.nearSide.count, plan.farSide.count, 1))
        let endWidth = ends ? cell : 0
        let width = columns * cell + 2 * endWidth + 8
        let height = 150.0
        let tableX = 4 + endWidth + 8
        let tableWidth = columns * cell - 16
        w.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "diagram seating", "role": "img",
                "viewBox": "0 0 \(n(width)) \(n(height))", "style": "max-width: \(n(min(width, 940)))px",
                "aria-label": text.seating,
            ])
        w.empty(
            "rect", ["x": n(tableX), "y": "52", "width": n(tableWidth), "height": "46", "rx": "8", "class": "table"])
        func seat(_ person: AudiencePerson?, cx: Double, cy: Double, nameY: Double) {
            guard let person else {
                w.empty("circle", ["cx": n(cx), "cy": n(cy), "r": "7", "class": "seat seat-empty"])
                return
            }
            let isHost = person.id == plan.host.id
            w.element("g", ["class": isHost ? "seat-group host" : "seat-group", "data-person": person.id]) { w in
                w.empty("circle", ["cx": n(cx), "cy": n(cy), "r": "8", "class": isHost ? "seat seat-host" : "seat"])
                w.element("text", ["x": n(cx), "y": n(nameY), "text-anchor": "middle", "class": "seat-name"]) { w in
                    w.text(TimelineSVG.fit(person.name, width: cell - 6, fontSize: 9))
                }
            }
        }
        for (i, p) in plan.farSide.enumerated() {
            let cx = 4 + endWidth + (Double(i) + 0.5) * cell
            seat(p, cx: cx, cy: 40, nameY: 24)
        }
        for (i, p) in plan.nearSide.enumerated() {
            let cx = 4 + endWidth + (Double(i) + 0.5) * cell
            seat(p, cx: cx, cy: 110, nameY: 134)
        }
        if ends {
            seat(plan.westEnd, cx: 4 + endWidth - 6, cy: 75, nameY: 64)
            seat(plan.eastEnd, cx: 4 + endWidth + columns * cell + 6, cy: 75, nameY: 64)
        }
        w.element(
            "text", ["x": n(tableX + tableWidth / 2), "y": "79", "text-anchor": "middle", "class": "diagram-note"]
        ) {
            w in w.text(text.seating(plan.style))
        }
        w.close()
    }
}
