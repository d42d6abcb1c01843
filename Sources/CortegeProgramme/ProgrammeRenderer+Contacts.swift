import CortegeCore

/// The contact sheet that ends the security and principal programmes (SPEC §7, docs/audiences.md §4): the people
/// of the view with their phone and e-mail, the escort units with their contact (security only, the only view
/// that holds them), the venues with theirs. It reads the view only: staff, press and public views hold no
/// phone, and their programmes have no contact sheet.
extension Vocabulary {
    var contacts: String { pick("Contacts", "Contacts") }
    var contactPeople: String { pick("Personnes", "People") }
    var contactUnits: String { pick("Unités d'escorte", "Escort units") }
    var contactVenues: String { pick("Lieux", "Venues") }
}

extension ProgrammeRenderer {
    /// The security and principal programmes end with a contact sheet.
    var hasContactSheet: Bool { content.audience == .security || content.audience == .principal }

    func contactSheet(_ w: inout HTMLWriter) {
        let view = content.view
        let people = view.people.values.filter { $0.phone != nil || $0.email != nil }.sorted { $0.name < $1.name }
        let units = (view.escort?.units ?? []).filter { $0.phone != nil }
        var venues: [String: AudienceVenue] = [:]
        for i in view.items { venues[i.venue.id] = i.venue }
        for t in view.transfers {
            venues[t.from.id] = t.from
            venues[t.to.id] = t.to
        }
        let withPhone = venues.values.filter { $0.phone != nil }.sorted { $0.name < $1.name }
        w.element("section", ["class": "contacts"]) { w in
            w.element("h2", text: text.contacts)
            if !people.isEmpty {
                w.element("h3", text: text.contactPeople)
                w.element("ul") { w in
                    for p in people {
                        w.element("li", ["class": "contact person"]) { w in
                            w.element("strong", text: p.name)
                            if let title = p.title { w.text(" · \(title)") }
                            if let phone = p.phone { w.text(" · \(phone)") }
                            if let email = p.email { w.text(" · \(email)") }
                        }
                    }
                }
            }
            if !units.isEmpty {
                w.element("h3", text: text.contactUnits)
                w.element("ul") { w in
                    for u in units {
                        w.element("li", ["class": "contact unit"]) { w in
                            w.element("strong", text: u.id)
                            w.text(" (\(text.force(u.force)))")
                            if let name = u.name { w.text(" · \(name)") }
                            if let phone = u.phone { w.text(" · \(phone)") }
                        }
                    }
                }
            }
            if !withPhone.isEmpty {
                w.element("h3", text: text.contactVenues)
                w.element("ul") { w in
                    for v in withPhone {
                        w.element("li", ["class": "contact venue"]) { w in
                            w.element("strong", text: v.name)
                            if let phone = v.phone { w.text(" · \(phone)") }
                        }
                    }
                }
            }
        }
    }
}
