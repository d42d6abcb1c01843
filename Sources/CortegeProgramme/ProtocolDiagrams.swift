import CortegeCore

/// Small pictures of the protocol orders: the line-up as seen from the front, and the seating plan from above.
///
/// They are HTML boxes laid out by the browser, not SVG: the names keep a font size of 8 pt printed on A4
/// whatever the number of people and wrap onto further lines inside their box; a name
/// is never shortened (docs/audiences.md §5).
enum ProtocolDiagrams {
    /// The line of art. 16: one box per person, left to right as the public sees it, with their rank.
    static func lineup(_ lineup: ProgrammeContent.Lineup, text: Vocabulary, into w: inout HTMLWriter) {
        w.element("div", ["class": "diagram diagram-lineup", "aria-label": text.lineup]) { w in
            w.element("ol", ["class": "places"]) { w in
                for (i, entry) in lineup.leftToRight.enumerated() {
                    if let split = lineup.aisleAfter, i == split {
                        w.element("li", ["class": "aisle", "aria-hidden": "true"], text: text.aisle)
                    }
                    let first = entry.rank == 1
                    w.element("li", ["class": first ? "place place-first" : "place", "data-person": entry.person.id]) {
                        w in
                        w.element("span", ["class": "place-rank"], text: String(entry.rank))
                        w.element("span", ["class": "place-name"], text: entry.person.name)
                    }
                }
                if let split = lineup.aisleAfter, split >= lineup.leftToRight.count {
                    w.element("li", ["class": "aisle", "aria-hidden": "true"], text: text.aisle)
                }
            }
            w.element("p", ["class": "diagram-note"], text: "▲ " + text.front + " ▲")
        }
    }

    /// The table from above: the co-host's side at the top, the host's at the bottom (à la française), or the
    /// host at the west end and the co-host at the east end (à l'anglaise).
    static func seating(_ plan: ProgrammeContent.Seating, text: Vocabulary, into w: inout HTMLWriter) {
        let ends = plan.style == .aLAnglaise
        let columns = max(plan.nearSide.count, plan.farSide.count, 1)
        func seat(_ person: AudiencePerson?, nameFirst: Bool, extraClass: String = "", into w: inout HTMLWriter) {
            guard let person else {
                w.element("li", ["class": "seat-group seat-group-empty" + extraClass]) { w in
                    w.element("span", ["class": "seat seat-empty"], text: "")
                }
                return
            }
            let isHost = person.id == plan.host.id
            w.element(
                "li", ["class": (isHost ? "seat-group host" : "seat-group") + extraClass, "data-person": person.id]
            ) { w in
                if nameFirst { w.element("span", ["class": "seat-name"], text: person.name) }
                w.element("span", ["class": isHost ? "seat seat-host" : "seat"], text: "")
                if !nameFirst { w.element("span", ["class": "seat-name"], text: person.name) }
            }
        }
        func side(_ people: [AudiencePerson?], _ cls: String, nameFirst: Bool, into w: inout HTMLWriter) {
            let padded = people + Array(repeating: nil, count: columns - people.count)
            w.element("ol", ["class": "side " + cls]) { w in
                for p in padded { seat(p, nameFirst: nameFirst, into: &w) }
            }
        }
        let style = ends ? "seating-ends" : "seating-sides"
        w.element("div", ["class": "diagram diagram-seating \(style)", "aria-label": text.seating]) { w in
            side(plan.farSide, "side-far", nameFirst: true, into: &w)
            if ends {
                w.element("ol", ["class": "end end-west"]) { w in seat(plan.westEnd, nameFirst: true, into: &w) }
            }
            w.element("div", ["class": "table"], text: text.seating(plan.style))
            if ends {
                w.element("ol", ["class": "end end-east"]) { w in seat(plan.eastEnd, nameFirst: true, into: &w) }
            }
            side(plan.nearSide, "side-near", nameFirst: false, into: &w)
        }
    }
}
