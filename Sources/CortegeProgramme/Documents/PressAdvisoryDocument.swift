import CortegeCore

/// The press advisory (*avis aux médias*, docs/documents.md): the items open to the press or to a pool, each with
/// the time journalists must be in place, the pool rules when a pool is admitted, the accreditation deadline and
/// the press contact. It prints the ``PressAdvisory`` only, built from the press view: no closed or confidential
/// item, no escort, route, note or phone but the press contact's can reach it.
public enum PressAdvisoryDocument {
    public static func html(advisory: PressAdvisory, options: ProgrammeOptions) -> String {
        let page = DocumentPage(kind: .pressAdvisory, view: advisory.view, options: options)
        let text = page.text
        return page.html { w in
            w.element("h2", text: text.advisoryItems)
            if advisory.items.isEmpty {
                w.element("p", ["class": "muted"], text: text.advisoryNone)
            }
            for item in advisory.items {
                w.element(
                    "section", ["class": "entry press-item press-\(item.press.rawValue)", "id": "item-\(item.id)"]
                ) { w in
                    w.element("div", ["class": "entry-head"]) { w in
                        w.element("p", ["class": "when"]) { w in
                            w.text("\(page.time(item.start)) – \(page.time(item.end))")
                            w.element("small", text: text.longDate(page.zone.local(item.start).date))
                        }
                        w.element("h3", text: page.typeset(item.title))
                    }
                    w.element("dl", ["class": "facts-list"]) { w in
                        if let positioning = item.pressPositioning {
                            w.element("dt", text: text.advisoryInPlace)
                            w.element("dd") { w in
                                w.element("span", ["class": "in-place"], text: page.time(positioning))
                            }
                        }
                        w.element("dt", text: text.advisoryAccess)
                        w.element("dd", ["class": "access"], text: text.pressAccess(item.press))
                        w.element("dt", text: text.advisoryVenue)
                        w.element(
                            "dd", text: page.typeset(item.venue.name + (item.venue.address.map { ", \($0)" } ?? "")))
                        if !item.participants.isEmpty {
                            w.element("dt", text: text.advisoryWith)
                            w.element(
                                "dd",
                                text: page.typeset(
                                    item.participants.map { $0.name + ($0.title.map { ", \($0)" } ?? "") }
                                        .joined(separator: " ; ")))
                        }
                    }
                }
            }
            if advisory.hasPool {
                w.element("h2", text: text.advisoryPoolRules)
                w.element("ul", ["class": "pool-rules"]) { w in
                    for rule in text.advisoryPoolText { w.element("li", text: page.typeset(rule)) }
                }
            }
            w.element("h2", text: text.advisoryAccreditation)
            w.element(
                "p", ["class": "accreditation"],
                text: page.typeset(advisory.accreditationDeadline.map(text.advisoryDeadline) ?? text.advisoryNoDeadline)
            )
            w.element("p", text: page.typeset(text.advisoryLead(advisory.leadMinutes)))
            if let contact = advisory.contact {
                w.element("div", ["class": "contact-box press-contact"]) { w in
                    w.element("h3", text: text.advisoryContact)
                    w.element("p") { w in w.element("strong", text: page.typeset(contact.name)) }
                    if let phone = contact.phone { w.element("p", ["class": "phone"], text: phone) }
                    if let email = contact.email { w.element("p", ["class": "email"], text: email) }
                }
            }
        }
    }
}
