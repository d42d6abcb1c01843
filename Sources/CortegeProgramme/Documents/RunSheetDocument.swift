import CortegeCore

/// The ceremony run-sheet (*déroulé*, docs/documents.md): for each ceremony the audience view shows, the moments
/// minute by minute (``RunSheet``), who does what, and how much the moments overrun the item when they do not fit.
/// Written for those who run the ceremony (staff by default, the principal's office, security): names only, no
/// phone; a ceremony the view does not show (a confidential one in the staff view) is not printed.
public enum RunSheetDocument {
    public static func html(view: AudienceView, sheets: [RunSheet], options: ProgrammeOptions) -> String {
        let page = DocumentPage(kind: .runSheet, view: view, options: options)
        let text = page.text
        let items = Dictionary(view.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shown = sheets.filter { items[$0.item] != nil }
        let people = view.people

        func names(_ ids: [String]) -> String {
            ids.map { id in
                guard let p = people[id] else { return id }
                return p.name + (p.title.map { ", \($0)" } ?? "")
            }.joined(separator: " ; ")
        }

        return page.html { w in
            if shown.isEmpty {
                w.element("p", ["class": "muted"], text: text.runSheetNone)
                return
            }
            w.element("p", ["class": "intro"], text: page.typeset(text.runSheetPrinciple))
            for sheet in shown {
                guard let item = items[sheet.item] else { continue }
                w.element("section", ["class": "run-sheet", "id": "run-sheet-\(sheet.item)"]) { w in
                    w.element("h2", text: page.typeset(item.title))
                    w.element("dl", ["class": "facts-list"]) { w in
                        w.element("dt", text: text.advisoryVenue)
                        w.element("dd", text: page.typeset(item.venue.name))
                        w.element("dt", text: text.runSheetTime)
                        w.element(
                            "dd",
                            text: "\(text.longDate(page.zone.local(item.start).date)), \(page.time(item.start))"
                                + " – \(page.time(item.end)) (\(text.duration(sheet.itemMinutes)))")
                    }
                    if sheet.overrunMinutes > 0 {
                        w.element(
                            "p", ["class": "overrun"],
                            text: page.typeset(
                                text.runSheetOverrun(needed: sheet.neededMinutes, item: sheet.itemMinutes)))
                    }
                    w.element("table", ["class": "run-sheet-lines"]) { w in
                        w.element("thead") { w in
                            w.element("tr") { w in
                                for h in [
                                    text.runSheetTime, text.runSheetDuration, text.runSheetMoment, text.runSheetWho,
                                ] {
                                    w.element("th", text: h)
                                }
                            }
                        }
                        w.element("tbody") { w in
                            for entry in sheet.entries {
                                line(&w, entry, sheet: sheet, page: page, names: names)
                            }
                        }
                    }
                }
            }
        }
    }

    static func line(
        _ w: inout HTMLWriter, _ entry: RunSheetEntry, sheet: RunSheet, page: DocumentPage, names: ([String]) -> String
    ) {
        let text = page.text
        let place: String
        switch (entry.withinItem, entry.moment) {
        case (true, _): place = "within"
        case (false, .arrival): place = "before"
        default: place = "after"
        }
        let who: String
        switch entry.moment {
        case .arrival(let ids), .departure(let ids): who = names(ids)
        case .wreath(let id), .speech(let id): who = names([id])
        case .honours(let detachment): who = detachment
        case .lastPost, .silence, .anthem, .standards, .exchanges: who = ""
        }
        w.element("tr", ["class": "moment \(kind(entry.moment)) \(place)"]) { w in
            w.element("td", ["class": "when"], text: page.time(entry.start))
            w.element("td", ["class": "length"], text: text.duration(entry.minutes))
            w.element("td", ["class": "what"]) { w in
                w.element("strong", text: text.moment(entry.moment))
                if !entry.withinItem {
                    w.element("small", text: " (\(place == "before" ? text.runSheetBefore : text.runSheetAfter))")
                }
            }
            w.element("td", ["class": "who"], text: page.typeset(who))
        }
    }

    /// The class of a line, for the style sheet and the tests.
    static func kind(_ moment: RunSheetEntry.Moment) -> String {
        switch moment {
        case .arrival: "arrival"
        case .honours: "honours"
        case .wreath: "wreath"
        case .lastPost: "last-post"
        case .silence: "silence"
        case .anthem: "anthem"
        case .speech: "speech"
        case .standards: "standards"
        case .exchanges: "exchanges"
        case .departure: "departure"
        }
    }
}
