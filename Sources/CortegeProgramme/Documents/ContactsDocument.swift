import CortegeCore

/// The contact sheet (*fiche contacts*, docs/documents.md): the principal, the préfet, the cabinet's contact, the
/// staff of the visit, the escort units (security only) and the venues, with their phones and e-mails. Written for
/// the principal and security audiences only, the two views that hold phones of everyone (docs/audiences.md §4).
public enum ContactsDocument {
    public static func html(view: AudienceView, extras: DocumentExtras, options: ProgrammeOptions) -> String {
        let page = DocumentPage(kind: .contacts, view: view, options: options)
        let text = page.text
        let people = view.people
        var ordered: [(String, AudiencePerson)] = []
        if let p = view.visit.principal { ordered.append((text.contactPrincipal, p)) }
        if let id = extras.prefect, let p = people[id], id != view.visit.principal?.id {
            ordered.append((text.contactPrefect, p))
        }
        let staff = people.values.filter { extras.staff.contains($0.id) }.sorted { $0.name < $1.name }
        var venues: [String: AudienceVenue] = [:]
        for i in view.items { venues[i.venue.id] = i.venue }
        for t in view.transfers {
            venues[t.from.id] = t.from
            venues[t.to.id] = t.to
        }
        let venueList = venues.values.sorted { $0.name < $1.name }
        let units = view.escort?.units ?? []

        return page.html { w in
            w.element("h2", text: text.contactAuthorities)
            table(
                &w, headers: [text.contactRole, text.contactName, text.contactPhone, text.contactEmail],
                rows: ordered.map { role, p in
                    Row(
                        cells: [role, page.typeset(p.name + (p.title.map { " — \($0)" } ?? ""))], phone: p.phone,
                        email: p.email, cls: "person")
                } + cabinetRow(extras.cabinetContact, page: page))
            w.element("h2", text: text.contactStaff)
            if staff.isEmpty {
                w.element("p", ["class": "muted"], text: text.contactNone)
            } else {
                table(
                    &w, headers: [text.contactName, text.contactFunction, text.contactPhone, text.contactEmail],
                    rows: staff.map { p in
                        Row(
                            cells: [p.name, page.typeset(p.title ?? "")], phone: p.phone, email: p.email, cls: "person")
                    })
            }
            if view.audience.seesEscort {
                w.element("h2", text: text.contactUnits)
                if units.isEmpty {
                    w.element("p", ["class": "muted"], text: text.contactNone)
                } else {
                    table(
                        &w, headers: [text.contactUnit, text.contactForce, text.contactPhone, text.contactEmail],
                        rows: units.map { u in
                            Row(
                                cells: [u.name.map { "\($0) (\(u.id))" } ?? u.id, text.force(u.force)], phone: u.phone,
                                email: u.email, cls: "unit")
                        })
                }
            }
            w.element("h2", text: text.contactVenues)
            w.element("table", ["class": "contacts venues"]) { w in
                w.element("thead") { w in
                    w.element("tr") { w in
                        for h in [text.contactVenue, text.contactAddress, text.contactPhone, text.contactAccess] {
                            w.element("th", text: h)
                        }
                    }
                }
                w.element("tbody") { w in
                    for v in venueList {
                        w.element("tr", ["class": "contact venue"]) { w in
                            w.element("td") { w in w.element("strong", text: page.typeset(v.name)) }
                            w.element("td", text: page.typeset(v.address ?? "—"))
                            w.element("td", ["class": "phone"], text: v.phone ?? "—")
                            w.element("td", text: page.typeset(extras.access[v.id] ?? "—"))
                        }
                    }
                }
            }
        }
    }

    struct Row {
        var cells: [String]
        var phone: String?
        var email: String?
        var cls: String
    }

    static func cabinetRow(_ contact: Contact?, page: DocumentPage) -> [Row] {
        guard let contact else { return [] }
        return [
            Row(
                cells: [page.text.contactCabinet, contact.name], phone: contact.phone, email: contact.email,
                cls: "cabinet")
        ]
    }

    static func table(_ w: inout HTMLWriter, headers: [String], rows: [Row]) {
        w.element("table", ["class": "contacts"]) { w in
            w.element("thead") { w in
                w.element("tr") { w in for h in headers { w.element("th", text: h) } }
            }
            w.element("tbody") { w in
                for r in rows {
                    w.element("tr", ["class": "contact \(r.cls)"]) { w in
                        for (i, c) in r.cells.enumerated() {
                            if i == 0 {
                                w.element("td") { w in w.element("strong", text: c) }
                            } else {
                                w.element("td", text: c)
                            }
                        }
                        w.element("td", ["class": "phone"], text: r.phone ?? "—")
                        w.element("td", ["class": "email"], text: r.email ?? "—")
                    }
                }
            }
        }
    }
}

extension Vocabulary {
    var contactAuthorities: String { pick("Autorités et cabinet", "Principal, préfet and cabinet") }
    var contactPrincipal: String { pick("Autorité", "Principal") }
    var contactPrefect: String { pick("Représentant de l'État", "Representative of the State") }
    var contactCabinet: String { pick("Cabinet", "Cabinet") }
    var contactStaff: String { pick("Délégation et équipe", "Staff of the visit") }
    var contactRole: String { pick("Qualité", "Role") }
    var contactName: String { pick("Nom", "Name") }
    var contactFunction: String { pick("Fonction", "Function") }
    var contactPhone: String { pick("Téléphone", "Phone") }
    var contactEmail: String { pick("Courriel", "E-mail") }
    var contactUnit: String { pick("Unité", "Unit") }
    var contactForce: String { pick("Force", "Force") }
    var contactVenue: String { pick("Lieu", "Venue") }
    var contactAddress: String { pick("Adresse", "Address") }
    var contactAccess: String { pick("Accès", "Access") }
    var contactNone: String { pick("Aucun.", "None.") }
}
