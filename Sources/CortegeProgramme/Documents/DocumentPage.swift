import CortegeCore

/// The A4 page every cabinet document is printed on (docs/documents.md): the cabinet's header (the tricolour, the
/// organiser's name, the classification of the audience), the document's title, the visit's title, dates and
/// principal, the *PROJET* watermark while the visit is a draft or tentative (as on the programme), and the
/// revision, generation time and page numbers in the print margins.
///
/// A document's renderer writes only its body; the page is the same for every kind. It reads the audience view's
/// visit (never the `Plan`), so it prints nothing the view does not hold.
struct DocumentPage {
    let kind: DocumentKind
    let view: AudienceView
    let options: ProgrammeOptions
    let text: Vocabulary

    init(kind: DocumentKind, view: AudienceView, options: ProgrammeOptions) {
        self.kind = kind
        self.view = view
        self.options = options
        self.text = Vocabulary(options.language)
    }

    var visit: AudienceVisit { view.visit }
    var zone: Zone { visit.zone }

    /// A draft or tentative visit carries the *PROJET* watermark.
    var isProvisional: Bool { visit.status == .draft || visit.status == .tentative }

    var classification: String { text.classification(view.audience, personName: view.personName) }

    var footer: String {
        let revision = options.revision.map { "\(text.revision) \(text.dateTime($0))" } ?? text.noRevision
        return "\(revision) · \(text.generated) \(text.dateTime(zone.local(options.now))) (\(zone.identifier))"
    }

    /// The days the view's items and transfers span (the visit's first date when it holds none).
    var days: [LocalDate] {
        var set = Set<LocalDate>()
        for e in view.entries { set.insert(zone.local(e.start).date) }
        for t in view.transfers { set.insert(zone.local(t.start).date) }
        if set.isEmpty { set.insert(visit.date) }
        return set.sorted()
    }

    /// Text in the document's language, French punctuation spaced (``Typography``).
    func typeset(_ s: String) -> String { options.language == .fr ? Typography.french(s) : s }

    func time(_ i: Instant) -> String { text.time(zone.local(i).time) }

    /// The whole page: `subtitle` under the title (the addressee of a convocation), `body` the document's own part.
    func html(subtitle: String? = nil, body: (inout HTMLWriter) -> Void) -> String {
        var w = HTMLWriter()
        w.newline()
        w.open("html", ["xmlns": "http://www.w3.org/1999/xhtml", "lang": options.language.rawValue])
        w.element("head") { w in
            w.empty("meta", ["charset": "utf-8"])
            w.empty("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
            w.element("title", text: "\(text.documentTitle(kind)) — \(visit.title)")
            w.element("style") { w in
                w.styleSheet(DocumentStyle.sheet(footer: footer, classification: classification, pageWord: text.page))
            }
        }
        w.newline()
        w.open("body", ["class": "document document-\(kind.rawValue) status-\(visit.status.rawValue)"])
        if isProvisional {
            w.element("div", ["class": "watermark", "aria-hidden": "true"]) { w in
                w.element("span", text: text.draftMark)
            }
        }
        w.open("div", ["class": "sheet"])
        masthead(&w)
        w.element("section", ["class": "cover"]) { w in
            w.element("p", ["class": "kicker"], text: text.visitKind(visit.kind))
            w.element("h1", text: typeset(text.documentTitle(kind)))
            if let subtitle { w.element("p", ["class": "addressee"], text: typeset(subtitle)) }
            w.element("p", ["class": "visit-title"], text: typeset(visit.title))
            w.element("div", ["class": "facts"]) { w in
                w.element("span", ["class": "status status-\(visit.status.rawValue)"], text: text.status(visit.status))
                let days = self.days
                let range =
                    days.count > 1
                    ? "\(text.longDate(days[0])) – \(text.longDate(days[days.count - 1]))" : text.longDate(days[0])
                w.element("strong", text: range)
                if let p = visit.principal {
                    w.element("span") { w in
                        w.element("strong", text: p.name)
                        if let t = p.title { w.text(" · \(typeset(t))") }
                    }
                }
                w.element("span", text: "\(text.timezone) (\(zone.identifier))")
            }
        }
        w.newline()
        body(&w)
        w.newline()
        w.element("footer", ["class": "page-foot"]) { w in
            w.element("span", text: footer)
            w.element("span", text: classification)
        }
        w.close()
        w.close()
        w.newline()
        return "<!DOCTYPE html>\n" + w.finish() + "\n"
    }

    /// The cabinet's header: the tricolour, the organiser (the cabinet that sends the document), the classification.
    func masthead(_ w: inout HTMLWriter) {
        w.element("header", ["class": "masthead"]) { w in
            w.element("div", ["class": "brand"]) { w in
                w.element("span", ["class": "tricolore", "aria-hidden": "true"]) { w in
                    w.element("span", ["class": "b"], text: "")
                    w.element("span", ["class": "w"], text: "")
                    w.element("span", ["class": "r"], text: "")
                }
                w.element("span", ["class": "republique"]) { w in
                    w.element("span", text: text.republic)
                    w.empty("br")
                    w.element("strong", text: typeset(visit.organizer?.name ?? text.visitKind(visit.kind)))
                }
            }
            w.element("div", ["class": "classification"], text: typeset(classification))
        }
    }
}

/// French typography (the *Lexique des règles typographiques en usage à l'Imprimerie nationale*): a no-break
/// space before the colon and inside the guillemets, a narrow no-break space before `;`, `!` and `?`.
enum Typography {
    static func french(_ s: String) -> String {
        var out = ""
        let scalars = Array(s.unicodeScalars)
        for (i, c) in scalars.enumerated() {
            let next = i + 1 < scalars.count ? scalars[i + 1] : nil
            switch c {
            case " " where next == ":" || next == "»": out.unicodeScalars.append("\u{00A0}")
            case " " where next == ";" || next == "!" || next == "?": out.unicodeScalars.append("\u{202F}")
            case " " where i > 0 && scalars[i - 1] == "«": out.unicodeScalars.append("\u{00A0}")
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
