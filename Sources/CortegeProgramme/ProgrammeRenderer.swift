import CortegeCore

/// What the programme needs besides the view: its language, the generation time and the plan's revision.
public struct ProgrammeOptions: Sendable {
    public var language: Language
    /// The generation time printed in the footer; the module never reads a clock.
    public var now: Instant
    /// The plan's last revision (`visit.revision`), printed in the footer.
    public var revision: LocalDateTime?

    public init(language: Language = .fr, now: Instant, revision: LocalDateTime? = nil) {
        self.language = language
        self.now = now
        self.revision = revision
    }
}

/// Writes the programme document: one self-contained XHTML-compatible page, a section per day.
struct ProgrammeRenderer {
    let content: ProgrammeContent
    let options: ProgrammeOptions
    let text: Vocabulary

    init(content: ProgrammeContent, options: ProgrammeOptions) {
        self.content = content
        self.options = options
        self.text = Vocabulary(options.language)
    }

    private var zone: Zone { content.zone }

    private func time(_ i: Instant) -> String { text.time(zone.local(i).time) }

    private func span(_ a: Instant, _ b: Instant) -> String { "\(time(a)) – \(time(b))" }

    var footer: String {
        let revision = options.revision.map { "\(text.revision) \(text.dateTime($0))" } ?? text.noRevision
        return "\(revision) · \(text.generated) \(text.dateTime(zone.local(options.now))) (\(zone.identifier))"
    }

    var classification: String { text.classification(content.audience, personName: content.view.personName) }

    /// Who the document is for, in its header.
    var version: String { text.version(content.audience, personName: content.view.personName) }

    /// The audience's class on the page: its name, `person` for any person.
    var readerClass: String {
        if case .person = content.audience { return "person" }
        if case .unit = content.audience { return "unit" }
        return content.audience.description
    }

    func html() -> String {
        var w = HTMLWriter()
        w.newline()
        var doc = "<!DOCTYPE html>\n"
        w.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": options.language.rawValue])
        w.element("head") { w in
            w.empty("meta", ["charset": "utf-8"])
            w.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            w.element("title", text: "\(text.programme) — \(content.visit.title)")
            w.element("style") { w in
                w.styleSheet(
                    ProgrammeStyle.sheet(footer: footer, classification: classification, pageWord: text.page))
            }
        }
        w.newline()
        w.open("body", ["class": "audience-\(readerClass) status-\(content.visit.status.rawValue)"])
        if content.isProvisional {
            w.element("div", ["class": "watermark", "aria-hidden": "true"]) { w in
                w.element("span", text: text.draftMark)
            }
        }
        w.open("div", ["class": "sheet"])
        masthead(&w)
        cover(&w)
        if !content.motorcade.isEmpty { motorcade(&w) }
        let days = content.days
        for (index, day) in days.enumerated() {
            w.newline()
            self.day(day, index: index, of: days.count, into: &w)
        }
        if hasContactSheet {
            w.newline()
            contactSheet(&w)
        }
        w.close()
        w.close()
        w.newline()
        doc += w.finish()
        return doc + "\n"
    }

    func masthead(_ w: inout HTMLWriter) {
        w.element("header", ["class": "masthead"]) { w in
            w.element("div", ["class": "brand"]) { w in
                w.element("span", ["class": "tricolore", "aria-hidden": "true"]) { w in
                    w.element("span", ["class": "b"], text: "")
                    w.element("span", ["class": "w"], text: "")
                    w.element("span", ["class": "r"], text: "")
                }
                w.element("span", text: content.visit.organizer?.name ?? heading)
            }
            w.element("div", ["class": "classification"], text: classification)
        }
    }

    /// The heading after the principal: « Déplacement de la sous-préfète », « Visite du Premier ministre ».
    var heading: String { text.visitHeading(content.visit.kind, principal: content.principalRole) }

    func cover(_ w: inout HTMLWriter) {
        let days = content.days
        w.element("section", ["class": "cover"]) { w in
            w.element(
                "p", ["class": "kicker"],
                text:
                    "\(heading) · \(text.programme) · \(version)"
            )
            w.element("h1", text: content.visit.title)
            w.element("div", ["class": "facts"]) { w in
                w.element(
                    "span", ["class": "status status-\(content.visit.status.rawValue)"],
                    text: text.status(content.visit.status))
                let range =
                    days.count > 1
                    ? "\(text.longDate(days[0])) – \(text.longDate(days[days.count - 1]))" : text.longDate(days[0])
                w.element("span") { w in
                    w.element("strong", text: range)
                    w.text(" · \(text.days(days.count))")
                }
                if let p = content.visit.principal {
                    w.element("span") { w in
                        w.element("strong", text: p.name)
                        if let t = p.title { w.text(" · \(t)") }
                    }
                }
                w.element("span", text: "\(text.timezone) (\(zone.identifier))")
            }
        }
    }

    func motorcade(_ w: inout HTMLWriter) {
        w.element("section", ["class": "motorcade"]) { w in
            w.element("span", ["class": "label"], text: text.motorcade)
            w.element("ol") { w in
                for slot in content.motorcade {
                    w.element("li") { w in
                        w.element("strong", text: text.motorcadeRole(slot.role))
                        if !slot.people.isEmpty { w.text(" — " + slot.people.map(\.name).joined(separator: ", ")) }
                    }
                }
            }
        }
    }

    /// One day: its heading, its timeline, its conflicts and its timed list.
    func day(_ day: LocalDate, index: Int, of count: Int, into w: inout HTMLWriter) {
        w.open(
            "section",
            ["class": index == 0 ? "day first" : "day", "id": "day-\(index + 1)", "data-date": day.description])
        w.element("div", ["class": "day-head"]) { w in
            w.element("h2", text: text.longDate(day))
            w.element("div", ["class": "day-visit"], text: "\(content.visit.title) · \(index + 1)/\(count)")
        }
        let entries = content.entries(on: day)
        let transfers = content.transfers(on: day)
        if entries.isEmpty && transfers.isEmpty {
            w.element("p", ["class": "empty"], text: text.nothingToShow)
        } else {
            let timeline = DayTimeline(content: content, day: day, text: text)
            w.element("figure", ["class": "timeline"]) { w in
                w.element("figcaption", text: text.timeline)
                TimelineSVG.write(timeline, dayIndex: index + 1, zone: zone, text: text, into: &w)
            }
            conflicts(on: timeline, into: &w)
            w.open("ol", ["class": "programme"])
            for row in rows(entries: entries, transfers: transfers) {
                w.newline()
                switch row {
                case .entry(.item(let item)): self.item(item, into: &w)
                case .entry(.busy(let busy)): self.busy(busy, into: &w)
                case .transfer(let t): transfer(t, into: &w)
                }
            }
            w.close()
        }
        w.element("footer", ["class": "day-foot"]) { w in
            w.element("span", text: footer)
            w.element("span", text: classification)
        }
        w.close()
    }

    enum Row {
        case entry(AudienceEntry)
        case transfer(AudienceTransfer)

        var start: Instant {
            switch self {
            case .entry(let e): e.start
            case .transfer(let t): t.start
            }
        }

        /// At one time, a transfer comes before the item it leads to.
        var order: Int {
            switch self {
            case .transfer: 0
            case .entry: 1
            }
        }
    }

    func rows(entries: [AudienceEntry], transfers: [AudienceTransfer]) -> [Row] {
        let all = entries.map(Row.entry) + transfers.map(Row.transfer)
        return all.enumerated().sorted { a, b in
            if a.element.start != b.element.start { return a.element.start < b.element.start }
            if a.element.order != b.element.order { return a.element.order < b.element.order }
            return a.offset < b.offset
        }.map(\.element)
    }

    func conflicts(on timeline: DayTimeline, into w: inout HTMLWriter) {
        guard !timeline.marks.isEmpty else { return }
        let day = timeline.day
        let found = content.conflicts.filter { c in
            timeline.marks.contains { $0.code == c.code && $0.end > c.start && $0.start < c.end }
                && (zone.local(c.start).date <= day && zone.local(c.end).date >= day)
        }
        w.element("aside", ["class": "conflicts"]) { w in
            w.element("h3", text: text.conflicts)
            w.element("ul") { w in
                for c in found {
                    // The finding's sentence in the programme's language; its code only as a small label.
                    w.element("li") { w in
                        w.element("span", ["class": "when"], text: span(c.start, c.end))
                        w.text(" " + c.message.text(options.language))
                        if !c.subjectNames.isEmpty { w.text(" — " + c.subjectNames.joined(separator: ", ")) }
                        w.text(" ")
                        w.element("small", ["class": "code"]) { w in w.element("code", text: c.code) }
                    }
                }
            }
        }
    }

    func item(_ item: AudienceItem, into w: inout HTMLWriter) {
        w.element("li", ["class": "entry item kind-\(item.kind.rawValue)", "id": "item-\(item.id)"]) { w in
            w.element("div", ["class": "time"]) { w in
                w.text(span(item.start, item.end))
                w.element("small", text: text.duration(item.start.minutes(until: item.end)))
            }
            w.element("div", ["class": "body"]) { w in
                w.element("div", ["class": "title-line"]) { w in
                    w.element("h3", ["class": "title"], text: item.title)
                    w.element(
                        "span", ["class": "badge badge-\(item.press.rawValue)"], text: text.pressAccess(item.press))
                }
                w.element("p", ["class": "venue"]) { w in
                    w.element("strong", text: item.venue.name)
                    if let a = item.venue.address {
                        w.element("span", ["class": "address"], text: " — \(a)")
                    }
                }
                if let p = item.pressPositioning, item.press != .closed {
                    w.element(
                        "p", ["class": "press-note"],
                        text: "\(text.pressAccess(item.press)) · \(text.pressPositioning) \(time(p))")
                }
                if !content.participants(of: item).isEmpty {
                    w.element("p", ["class": "people"]) { w in
                        w.element("span", ["class": "label"], text: text.participants)
                        for (i, person) in content.participants(of: item).enumerated() {
                            if i > 0 { w.text(", ") }
                            w.element("span", ["class": "who"], text: person.name)
                            if let t = person.title { w.element("span", ["class": "who-title"], text: " (\(t))") }
                        }
                    }
                }
                orders(content.orders(of: item), into: &w)
                if let notes = item.notes, !notes.isEmpty {
                    w.element("p", ["class": "notes"]) { w in
                        w.element("span", ["class": "label"], text: text.notes)
                        w.text(notes)
                    }
                }
            }
        }
    }

    func orderList(_ label: String, _ people: [AudiencePerson], cls: String, into w: inout HTMLWriter) {
        guard !people.isEmpty else { return }
        w.element("div", ["class": "order \(cls)"]) { w in
            w.element("span", ["class": "label"], text: label)
            w.element("ol") { w in
                for (i, p) in people.enumerated() {
                    w.element("li", ["data-person": p.id]) { w in
                        w.element("span", ["class": "n"], text: "\(i + 1).")
                        w.text(p.name)
                    }
                }
            }
        }
    }

    func orders(_ o: ProgrammeContent.Orders, into w: inout HTMLWriter) {
        if let welcome = o.welcome { orderList(text.welcome, welcome, cls: "welcome", into: &w) }
        if let lineup = o.lineup, !lineup.leftToRight.isEmpty {
            w.element("div", ["class": "order lineup"]) { w in
                w.element("span", ["class": "label"], text: text.lineup)
                ProtocolDiagrams.lineup(lineup, text: text, into: &w)
            }
        }
        if let speeches = o.speeches { orderList(text.speeches, speeches, cls: "speeches", into: &w) }
        if let wreaths = o.wreaths { orderList(text.wreaths, wreaths, cls: "wreaths", into: &w) }
        if let seating = o.seating {
            w.element("div", ["class": "order seating"]) { w in
                w.element("span", ["class": "label"], text: "\(text.seating) (\(text.seating(seating.style)))")
                ProtocolDiagrams.seating(seating, text: text, into: &w)
            }
        }
    }

    func busy(_ b: AudienceBusyBlock, into w: inout HTMLWriter) {
        w.element("li", ["class": "entry busy", "id": "item-\(b.id)"]) { w in
            w.element("div", ["class": "time"]) { w in
                w.text(span(b.start, b.end))
                w.element("small", text: text.duration(b.start.minutes(until: b.end)))
            }
            w.element("div", ["class": "body"]) { w in w.element("h3", ["class": "title"], text: text.reservedSlot) }
        }
    }

    func transfer(_ t: AudienceTransfer, into w: inout HTMLWriter) {
        w.element("li", ["class": "entry transfer mode-\(t.mode.rawValue)"]) { w in
            w.element("div", ["class": "time"], text: span(t.start, t.end))
            w.element("div", ["class": "body"]) { w in
                w.element("p") { w in
                    w.element("span", ["class": "what"], text: "\(text.transfer(t.mode)) · \(text.duration(t.minutes))")
                    w.text(" — \(t.from.name) → \(t.to.name)")
                }
                if !t.riders.isEmpty {
                    w.element("p") { w in
                        w.element("span", ["class": "label"], text: text.riders)
                        w.text(t.riders.map(\.name).joined(separator: ", "))
                    }
                }
                if let e = t.escort, content.audience.seesEscort { escort(e, into: &w) }
            }
        }
    }

    func escort(_ e: AudienceEscortLeg, into w: inout HTMLWriter) {
        w.element("div", ["class": "escort"]) { w in
            w.element("span", ["class": "label"], text: text.escort)
            let units = e.units.map { id in
                let place = e.posts.first { $0.unit == id }.map { ", \($0.place)" } ?? ""
                return e.inPlace[id].map { "\(id) (\(text.inPlace) \(time($0))\(place))" } ?? id
            }
            w.text(units.joined(separator: ", "))
            if !e.places.isEmpty {
                w.element("div") { w in
                    w.element("span", ["class": "label"], text: text.route)
                    w.text(e.places.map(\.name).joined(separator: " › "))
                }
            }
            if !e.handOvers.isEmpty {
                w.element("ul") { w in
                    for h in e.handOvers {
                        w.element("li", ["class": "hand-over"]) { w in
                            w.element("span", ["class": "label"], text: text.handOver)
                            w.text(
                                "\(h.leaving.name) → \(h.entering.name) : \(text.force(h.fromZone)) → \(text.force(h.toZone))"
                                    + " (\(h.fromUnits.joined(separator: ", ")) → \(h.toUnits.joined(separator: ", ")))"
                            )
                        }
                    }
                }
            }
        }
    }
}
