import CortegeCore

/// From an audience view to the calendar libical writes (docs/ical-export.md, "the glue").
///
/// The mapping reads the `AudienceView` only, never the plan: a field the view dropped for its audience cannot
/// reach a file. It adds nothing the view does not hold, apart from the words of `language`.
extension ExportCalendar {
    /// The UID domain of a view's events: the part after `@` of the organizer's e-mail, else `cortege.invalid`.
    public static func domain(of view: AudienceView) -> String {
        guard let email = view.visit.organizer?.email, let at = email.lastIndex(of: "@") else {
            return "cortege.invalid"
        }
        let domain = email[email.index(after: at)...].trimmingCharacters(in: .whitespaces).lowercased()
        return domain.isEmpty ? "cortege.invalid" : domain
    }

    /// The ORGANIZER of a visit whose organizer has no e-mail (docs/ical-export.md): RFC 5546 §3.2.1 wants one
    /// ORGANIZER per event of a published calendar, and the `.invalid` domain (RFC 2606) reaches nobody.
    public static let fallbackOrganizerEmail = "organizer@cortege.invalid"

    /// The ORGANIZER of every event: the visit's organizer, by their e-mail, else ``fallbackOrganizerEmail``.
    public static func organizer(of visit: AudienceVisit) -> ExportEvent.Attendee {
        let email = visit.organizer?.email?.trimmingCharacters(in: .whitespaces) ?? ""
        return ExportEvent.Attendee(
            uri: "mailto:" + (email.isEmpty ? fallbackOrganizerEmail : email), name: visit.organizer?.name,
            role: .chair)
    }

    /// The UID of a transfer between two items.
    /// The UID the visit's own span event had in earlier exports. The visit has no event of its own any more
    /// (docs/ical-export.md): the UID only recognises such an event, which the next export cancels.
    public static func visitUID(visit: String, domain: String) -> String { "visit.\(visit)@\(domain)" }

    public static func transferUID(from: String, to: String, visit: String, domain: String) -> String {
        ExportEvent.uid(item: "transfer-\(from)-\(to)", visit: visit, domain: domain)
    }

    /// The calendar of one audience view, worded in `language`.
    ///
    /// - One event per item, busy block and transfer, and nothing else: only they are busy time (the visit has no
    ///   event of its own). A view that holds nothing gives a calendar without events.
    /// - Every event names the visit's organizer (``organizer(of:)``) and carries the visit's status.
    /// - Items carry their title, venue (name and address, GEO), category, class and a description made of their
    ///   notes (where the view has them), the press access and the press positioning time (where the view has
    ///   it). Person views add an alarm `alarmMinutes` before.
    /// - Busy blocks (staff view) say `busy` and nothing else; transfers say where they go.
    public init(
        view: AudienceView, language: Language = .fr, domain: String? = nil, alarmMinutes: Int = 30,
        refreshMinutes: Int = 60
    ) {
        let words = Vocabulary(language)
        let visit = view.visit
        let domain = domain ?? Self.domain(of: view)
        let zone = visit.zone
        let status: ExportEvent.Status
        switch visit.status {
        case .confirmed: status = .confirmed
        case .cancelled: status = .cancelled
        case .draft, .tentative: status = .tentative
        }
        let organizer = Self.organizer(of: visit)
        var alarm: Int?
        if case .person = view.audience { alarm = alarmMinutes }

        var events: [ExportEvent] = []
        for entry in view.entries {
            switch entry {
            case .item(let item):
                var location = item.venue.name
                if let address = item.venue.address, !address.isEmpty { location += ", " + address }
                var description: [String] = []
                if let notes = item.notes, !notes.isEmpty { description.append(notes) }
                description.append(words.pressLine(item.press))
                if let positioning = item.pressPositioning {
                    description.append(words.pressPositioning(zone.local(positioning).time))
                }
                events.append(
                    ExportEvent(
                        uid: ExportEvent.uid(item: item.id, visit: visit.id, domain: domain), start: item.start,
                        end: item.end, summary: item.title, location: location, geo: item.venue.geo,
                        description: description.joined(separator: "\n"), categories: [words.itemKind(item.kind)],
                        classification: item.confidential ? .confidential : .publicItem, status: status,
                        organizer: organizer,
                        attendees: Self.attendees(item.participants, principal: visit.principal?.id),
                        alarmMinutesBefore: alarm))
            case .busy(let block):
                events.append(
                    ExportEvent(
                        uid: ExportEvent.uid(item: block.id, visit: visit.id, domain: domain), start: block.start,
                        end: block.end, summary: words.busy, classification: .confidential, status: status,
                        organizer: organizer))
            }
        }
        for transfer in view.transfers {
            events.append(
                ExportEvent(
                    uid: Self.transferUID(
                        from: transfer.fromItem, to: transfer.toItem, visit: visit.id, domain: domain),
                    start: transfer.start, end: transfer.end, summary: words.transfer(to: transfer.to.name),
                    status: status, organizer: organizer))
        }
        events = Self.addingEscort(to: events, view: view, words: words, domain: domain)
        self.init(
            name: words.calendarName(
                visit: visit.title, audience: words.audience(view.audience, personName: view.personName)),
            zone: zone, events: events, refreshMinutes: refreshMinutes)
    }

    /// ATTENDEE of an item: the participants whose e-mail the view holds (views that carry contact details);
    /// the principal chairs, the others are required participants.
    static func attendees(_ people: [AudiencePerson], principal: String?) -> [ExportEvent.Attendee] {
        people.compactMap { p in
            p.email.map {
                ExportEvent.Attendee(uri: "mailto:" + $0, name: p.name, role: p.id == principal ? .chair : .required)
            }
        }
    }
}
