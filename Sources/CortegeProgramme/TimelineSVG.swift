import CortegeCore
import Foundation

/// Draws a day's timeline as inline SVG: an hour axis, one lane per key person, the press and (security) each
/// escort unit; items as solid bars, transfers as hatched bars, conflicts in red with their code.
///
/// The scale is written on the picture (`data-axis-start`, `data-origin-x`, `data-units-per-minute`) so a reader
/// can check every bar against the times printed beside it.
enum TimelineSVG {
    static func number(_ v: Double) -> String {
        let r = (v * 100).rounded() / 100
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func write(_ t: DayTimeline, dayIndex: Int, zone: Zone, text: Vocabulary, into w: inout HTMLWriter) {
        let s = t.scale
        let width = DayTimeline.width
        let height = t.height
        let hatch = "hatch-\(dayIndex)"
        let hatchLead = "hatch-lead-\(dayIndex)"
        w.open(
            "svg",
            [
                "xmlns": "http://www.w3.org/2000/svg", "class": "timeline", "role": "img",
                "viewBox": "0 0 \(number(width)) \(number(height))", "preserveAspectRatio": "xMinYMin meet",
                "aria-label": text.timeline, "data-axis-start": zone.iso8601(s.axisStart),
                "data-axis-end": zone.iso8601(s.axisEnd), "data-origin-x": number(s.originX),
                "data-plot-width": number(s.plotWidth), "data-units-per-minute": String(s.unitsPerMinute),
            ])
        w.element("defs") { w in
            w.element(
                "pattern",
                [
                    "id": hatch, "patternUnits": "userSpaceOnUse", "width": "6", "height": "6",
                    "patternTransform": "rotate(45)",
                ]
            ) { w in
                w.empty("rect", ["width": "6", "height": "6", "class": "hatch-ground"])
                w.empty("rect", ["width": "2.4", "height": "6", "class": "hatch-stripe"])
            }
            w.element(
                "pattern",
                [
                    "id": hatchLead, "patternUnits": "userSpaceOnUse", "width": "4", "height": "4",
                    "patternTransform": "rotate(-45)",
                ]
            ) { w in
                w.empty("rect", ["width": "4", "height": "4", "class": "lead-ground"])
                w.empty("rect", ["width": "1.2", "height": "4", "class": "lead-stripe"])
            }
        }
        let plotTop = DayTimeline.axisHeight
        let plotBottom = plotTop + Double(t.lanes.count) * DayTimeline.laneHeight

        // Lane backgrounds and labels.
        for (index, lane) in t.lanes.enumerated() {
            let y = plotTop + Double(index) * DayTimeline.laneHeight
            w.empty(
                "rect",
                [
                    "class": "lane lane-\(lane.kind.rawValue)" + (index % 2 == 0 ? " even" : ""), "x": "0",
                    "y": number(y), "width": number(width), "height": number(DayTimeline.laneHeight),
                ])
            w.element("text", ["class": "lane-label", "x": "8", "y": number(y + (lane.sublabel == nil ? 19 : 14))]) {
                w in w.text(Self.fit(lane.label, width: DayTimeline.labelWidth - 12, fontSize: 10.5))
            }
            if let sub = lane.sublabel {
                w.element("text", ["class": "lane-sublabel", "x": "8", "y": number(y + 25)]) { w in
                    w.text(Self.fit(sub, width: DayTimeline.labelWidth - 12, fontSize: 8))
                }
            }
        }

        // Hour grid and axis.
        for (i, hour) in s.hours.enumerated() {
            let x = s.x(hour)
            w.empty(
                "line",
                [
                    "class": "grid", "x1": number(x), "y1": number(plotTop - 4), "x2": number(x),
                    "y2": number(plotBottom),
                ])
            if i + 1 < s.hours.count {
                let half = s.x(hour.adding(minutes: 30))
                w.empty(
                    "line",
                    [
                        "class": "grid-half", "x1": number(half), "y1": number(plotTop), "x2": number(half),
                        "y2": number(plotBottom),
                    ])
            }
            w.element(
                "text",
                ["class": "tick", "x": number(x), "y": "16", "text-anchor": "middle", "data-at": zone.iso8601(hour)]
            ) { w in w.text(text.time(zone.local(hour).time)) }
        }

        // Bars.
        for (index, lane) in t.lanes.enumerated() {
            let y =
                plotTop + Double(index) * DayTimeline.laneHeight + (DayTimeline.laneHeight - DayTimeline.barHeight) / 2
            for bar in lane.bars {
                let x = s.x(bar.start)
                let barWidth = s.width(from: bar.start, to: bar.end)
                var cls = "bar bar-\(bar.kind.rawValue)"
                if let p = bar.press, bar.kind == .item { cls += " press-\(p.rawValue)" }
                if lane.kind == .press, bar.kind == .item { cls += " on-press" }
                let fill: String? =
                    switch bar.kind {
                    case .transfer: "url(#\(hatch))"
                    case .escortLead, .pressLead: "url(#\(hatchLead))"
                    default: nil
                    }
                let isLead = bar.kind == .pressLead || bar.kind == .escortLead
                let barY = isLead ? y + DayTimeline.barHeight * 0.3 : y
                let barH = isLead ? DayTimeline.barHeight * 0.4 : DayTimeline.barHeight
                w.element(
                    "g",
                    [
                        "class": "bar-group", "data-kind": bar.kind.rawValue, "data-ref": bar.ref,
                        "data-lane": lane.key, "data-start": zone.iso8601(bar.start), "data-end": zone.iso8601(bar.end),
                    ]
                ) { w in
                    w.element("title", text: Self.tooltip(bar, zone: zone, text: text))
                    w.empty(
                        "rect",
                        [
                            "class": cls, "x": number(x), "y": number(barY), "width": number(barWidth),
                            "height": number(barH), "rx": isLead ? "1" : "3", "fill": fill,
                        ])
                    if !bar.label.isEmpty, bar.kind == .item || bar.kind == .busy || bar.kind == .transfer {
                        let label = Self.fitWhole(bar.label, width: barWidth - 6, fontSize: 8.5)
                        if !label.isEmpty {
                            w.element(
                                "text",
                                [
                                    "class": bar.kind == .transfer ? "bar-label on-hatch" : "bar-label",
                                    "x": number(x + 3), "y": number(y + 12.2),
                                ]
                            ) { w in w.text(label) }
                        }
                    }
                }
            }
        }

        // Conflicts, over everything. Codes of neighbouring marks alternate between the top and the bottom of
        // the lane so they do not overprint each other.
        var labelEnds: [Int: [Double]] = [:]
        for mark in t.marks.sorted(by: { $0.start < $1.start }) {
            let x = s.x(mark.start)
            let markWidth = max(2, s.width(from: mark.start, to: mark.end))
            for lane in mark.lanes {
                let y = plotTop + Double(lane) * DayTimeline.laneHeight + 2
                var ends = labelEnds[lane] ?? [-1, -1]
                let row = ends[0] <= x ? 0 : (ends[1] <= x ? 1 : (ends[0] <= ends[1] ? 0 : 1))
                ends[row] = x + 2 + Double(mark.code.count) * 7.5 * 0.62
                labelEnds[lane] = ends
                let labelY = row == 0 ? y + 8 : y + DayTimeline.laneHeight - 6.5
                w.element(
                    "g",
                    [
                        "class": "conflict", "data-code": mark.code, "data-start": zone.iso8601(mark.start),
                        "data-end": zone.iso8601(mark.end),
                    ]
                ) { w in
                    w.element(
                        "title",
                        text:
                            "\(mark.code) \(text.time(zone.local(mark.start).time))–\(text.time(zone.local(mark.end).time))"
                    )
                    w.empty(
                        "rect",
                        [
                            "class": "conflict-mark severity-\(mark.severity.rawValue)", "x": number(x),
                            "y": number(y), "width": number(markWidth),
                            "height": number(DayTimeline.laneHeight - 4),
                        ])
                    w.element("text", ["class": "conflict-code", "x": number(x + 2), "y": number(labelY)]) { w in
                        w.text(mark.code)
                    }
                }
            }
        }

        // Legend.
        let ly = plotBottom + 10
        var lx = DayTimeline.originX
        func legend(_ label: String, _ attributes: HTMLWriter.Attributes, width: Double = 22) {
            var attrs: [(String, String?)] = attributes.map { ($0.key, $0.value) }
            attrs += [("x", number(lx)), ("y", number(ly)), ("width", number(width)), ("height", "10")]
            w.empty("rect", attributes: attrs)
            w.element("text", ["class": "legend", "x": number(lx + width + 4), "y": number(ly + 8.5)]) { w in
                w.text(label)
            }
            lx += width + 12 + Double(label.count) * 5
        }
        legend(text.legendItem, ["class": "bar bar-item press-open"])
        legend(text.legendTransfer, ["class": "bar bar-transfer", "fill": "url(#\(hatch))"])
        legend(text.legendPress, ["class": "bar bar-press-lead", "fill": "url(#\(hatchLead))"])
        if !t.marks.isEmpty { legend(text.legendConflict, ["class": "conflict-mark severity-error"]) }
        w.close()
    }

    static func tooltip(_ bar: TimelineBar, zone: Zone, text: Vocabulary) -> String {
        let times = "\(text.time(zone.local(bar.start).time))–\(text.time(zone.local(bar.end).time))"
        switch bar.kind {
        case .pressLead: return "\(times) \(text.legendPress)"
        case .escortLead: return "\(times) \(text.legendLead)"
        default: return "\(times) \(bar.label)"
        }
    }

    /// `label`, shortened with an ellipsis to fit `width` at `fontSize` (average glyph 0.55 em); empty when not
    /// even two characters fit. For the lanes' names, whose start identifies them.
    static func fit(_ label: String, width: Double, fontSize: Double) -> String {
        let capacity = Int(width / (fontSize * 0.55))
        if label.count <= capacity { return label }
        guard capacity >= 3 else { return "" }
        return String(label.prefix(capacity - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The label of a block: `label` when it fits `width` at `fontSize` (average glyph 0.55 em), else its longest run of first words that
    /// fits (without a trailing « de », « du »…), else nothing: a label is readable whole or not drawn, never cut
    /// (docs/audiences.md §5). The full label stays in the bar's tooltip and in the list below the timeline.
    static func fitWhole(_ label: String, width: Double, fontSize: Double) -> String {
        let capacity = Int(width / (fontSize * 0.55))
        if label.count <= capacity { return label }
        var words = label.split(separator: " ").map(String.init)
        let weak: Set<String> = [
            "de", "du", "des", "d'", "à", "au", "aux", "et", "la", "le", "les", "l'", "en", "sur", "—", "-", "·",
        ]
        while !words.isEmpty {
            words.removeLast()
            while let last = words.last, weak.contains(last.lowercased()) || last.hasSuffix("'") || last.hasSuffix("’")
            {
                words.removeLast()
            }
            let candidate = words.joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: " ,;:"))
            if !candidate.isEmpty, candidate.count <= capacity, candidate.count >= 3 { return candidate }
        }
        return ""
    }
}
