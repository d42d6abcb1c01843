import CortegeCore

/// The escort plan in the security calendar (docs/ical-export.md, docs/audiences.md §2): every transfer says
/// where it goes (LOCATION `from → to`) and, in its DESCRIPTION, the route with its zones, the units with their
/// force and post (where and when each must be in place), the hand-overs and the riders with the phones the
/// view holds; the visit's event lists the duty spans once. It reads the view only.
extension ExportCalendar {
    /// The events of `events` with the escort plan of `view` written into its transfers and its visit event;
    /// unchanged for a view without escort.
    static func addingEscort(
        to events: [ExportEvent], view: AudienceView, words: Vocabulary, domain: String
    ) -> [ExportEvent] {
        guard let escort = view.escort else { return events }
        let visit = view.visit
        var byUID: [String: AudienceTransfer] = [:]
        for t in view.transfers {
            byUID[transferUID(from: t.fromItem, to: t.toItem, visit: visit.id, domain: domain)] = t
        }
        let parentUID = visitUID(visit: visit.id, domain: domain)
        return events.map { event in
            var event = event
            if let t = byUID[event.uid] {
                event.location = words.fromTo(t.from.name, t.to.name)
                event.description = escortDescription(t, units: escort.units, zone: visit.zone, words: words)
            } else if event.uid == parentUID, !escort.duties.isEmpty {
                event.description = dutyDescription(escort.duties, zone: visit.zone, words: words)
            }
            return event
        }
    }

    /// The description of one transfer in the security calendar.
    static func escortDescription(
        _ t: AudienceTransfer, units: [AudienceUnit], zone: Zone, words: Vocabulary
    ) -> String {
        var lines: [String] = []
        if let e = t.escort {
            lines.append(words.route(e.places))
            lines.append(words.escortHeader)
            for id in e.units {
                let unit = units.first { $0.id == id }
                var line = "- " + words.unit(id: id, force: unit?.force, name: unit?.name)
                if let post = e.posts.first(where: { $0.unit == id }) {
                    line += words.language == .fr ? " : " : ": "
                    line += words.post(time: zone.local(post.time).time, place: post.place, atHandOver: post.atHandOver)
                } else if let inPlace = e.inPlace[id] {
                    line += words.language == .fr ? " : " : ": "
                    line += words.post(time: zone.local(inPlace).time, place: t.from.name, atHandOver: false)
                }
                lines.append(line)
            }
            if !e.handOvers.isEmpty {
                lines.append(words.handOversHeader)
                for h in e.handOvers {
                    lines.append(
                        "- "
                            + words.handOver(
                                from: h.fromUnits, to: h.toUnits, place: h.placeName,
                                time: h.time.map { zone.local($0).time }))
                }
            }
        }
        if !t.riders.isEmpty {
            lines.append(words.ridersHeader)
            for p in t.riders { lines.append("- " + personLine(p)) }
        }
        return lines.joined(separator: "\n")
    }

    /// `Jeanne Martin, ministre (+33 6 …)`: the phone only where the view holds it.
    static func personLine(_ p: AudiencePerson) -> String {
        var s = p.name
        if let title = p.title, !title.isEmpty { s += ", " + title }
        if let phone = p.phone, !phone.isEmpty { s += " (\(phone))" }
        return s
    }

    /// The duty spans of the day, once, in the visit's event.
    static func dutyDescription(_ duties: [EscortDutySpan], zone: Zone, words: Vocabulary) -> String {
        ([words.dutiesHeader]
            + duties.sorted { ($0.start, $0.unit) < ($1.start, $1.unit) }.map {
                "- "
                    + words.duty(
                        unit: $0.unit, day: $0.day, from: zone.local($0.start).time, to: zone.local($0.end).time,
                        minutes: $0.minutes)
            }).joined(separator: "\n")
    }
}
