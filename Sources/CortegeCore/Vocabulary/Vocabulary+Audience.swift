/// The names of the audiences (docs/audiences.md): a label, the version of a document, its classification.
/// A person's audience is named after the person: `personName` is their name as the view holds it (see
/// `AudienceView.personName`), else their id.
extension Vocabulary {
    /// The audience in a calendar's name: `autorité`, `cabinet`, … (the audience's own name in English).
    public func audience(_ audience: Audience, personName: String? = nil) -> String {
        switch audience {
        case .principal: pick("autorité", "principal")
        case .person(let id): personName ?? id
        case .staff: pick("cabinet", "staff")
        case .security: pick("sécurité", "security")
        case .press: pick("presse", "press")
        case .public: pick("public", "public")
        case .unit(let id): pick("escorte \(id)", "escort \(id)")
        }
    }

    /// The readers of a document, in its header: `Version sécurité`, `Version for Jeanne Martin`.
    public func version(_ audience: Audience, personName: String? = nil) -> String {
        switch audience {
        case .security: pick("Version sécurité", "Security version")
        case .principal: pick("Version de l'autorité", "Principal's version")
        case .person(let id): pick("Version de \(personName ?? id)", "Version for \(personName ?? id)")
        case .staff: pick("Version services", "Staff version")
        case .press: pick("Version presse", "Press version")
        case .public: pick("Version publique", "Public version")
        case .unit(let id): pick("Version de l'unité \(id)", "Version for unit \(id)")
        }
    }

    /// The classification printed on every page of a document, by audience.
    public func classification(_ audience: Audience, personName: String? = nil) -> String {
        switch audience {
        case .security: pick("Diffusion restreinte — sécurité", "Restricted — security")
        case .principal: pick("Confidentiel — cabinet", "Confidential — principal's office")
        case .person(let id): pick("Personnel — \(personName ?? id)", "Personal — \(personName ?? id)")
        case .staff: pick("Usage interne — services", "Internal — staff")
        case .press: pick("Presse — diffusable", "Press — for release")
        case .public: pick("Public — diffusable", "Public — for release")
        case .unit(let id): pick("Diffusion restreinte — unité \(id)", "Restricted — unit \(id)")
        }
    }
}

extension AudienceView {
    /// Everyone the view shows anywhere (the principal, the items' participants, the transfers' riders), by id.
    public var people: [String: AudiencePerson] {
        var people: [String: AudiencePerson] = [:]
        if let p = visit.principal { people[p.id] = p }
        for i in items { for p in i.participants { people[p.id] = p } }
        for t in transfers { for p in t.riders { people[p.id] = p } }
        return people
    }

    /// The name of the person a `person:<id>` view is for, as the view shows them (the id when it does not);
    /// nil for the other audiences.
    public var personName: String? {
        guard case .person(let id) = audience else { return nil }
        return people[id]?.name ?? id
    }
}
