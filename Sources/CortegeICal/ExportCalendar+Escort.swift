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
        if case .unit(let id) = view.audience {
            return unitEvents(events, view: view, unit: id, escort: escort, words: words, domain: domain)
        }
        let visit = view.visit
        var byUID: [String: AudienceTransfer] = [:]
        for t in view.transfers {
            byUID[transferUID(from: t.fromItem, to: t.toItem, visit: visit.id, domain: domain)] = t
        }
        var venuePhones: [String: String] = [:]
        for item in view.items {
            if let phone = item.venue.phone, !phone.isEmpty {
                venuePhones[ExportEvent.uid(item: item.id, visit: visit.id, domain: domain)] = phone
            }
        }
        var result = events.map { event in
            var event = event
            if let phone = venuePhones[event.uid] {
                event.description = [event.description, words.venueContact(phone)].compactMap { $0 }
                    .joined(separator: "\n")
            } else if let t = byUID[event.uid] {
                event.location = words.fromTo(t.from.name, t.to.name)
                event.description = escortDescription(t, units: escort.units, zone: visit.zone, words: words)
            }
            return event
        }
        // The duty spans of the day, once: one event over the units' service, since the visit has no event of
        // its own (docs/ical-export.md).
        if let start = escort.duties.map(\.start).min(), let end = escort.duties.map(\.end).max() {
            result.append(
                ExportEvent(
                    uid: ExportEvent.uid(item: "escort-duties", visit: visit.id, domain: domain),
                    start: start, end: end, summary: words.dutySpan,
                    description: dutyDescription(escort.duties, zone: visit.zone, words: words),
                    status: events.first?.status ?? .confirmed, organizer: organizer(of: visit)))
        }
        return result
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
                if let phone = unit?.phone, !phone.isEmpty { line += " — " + phone }
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

    /// The calendar of one unit (docs/audiences.md §4): each of its legs from its in-place time to the leg's end
    /// (where to be, whom it escorts by function, the route and zones, the hand-overs to or from which unit at
    /// which point), each repositioning between two legs as its own event, its duty spans, its own contact.
    static func unitEvents(
        _ events: [ExportEvent], view: AudienceView, unit: String, escort: AudienceEscort, words: Vocabulary,
        domain: String
    ) -> [ExportEvent] {
        let visit = view.visit
        let zone = visit.zone
        let status = events.first?.status ?? .confirmed
        let organizer = organizer(of: visit)
        let me = escort.units.first { $0.id == unit }
        var byUID: [String: AudienceTransfer] = [:]
        for t in view.transfers {
            byUID[transferUID(from: t.fromItem, to: t.toItem, visit: visit.id, domain: domain)] = t
        }
        var result: [ExportEvent] = []
        for event in events {
            guard let t = byUID[event.uid], let e = t.escort else {
                result.append(event)
                continue
            }
            var leg = event
            // The leg has a UID of its own: the transfer's UID keeps one meaning (its span) in every calendar.
            leg.uid = ExportEvent.uid(item: "escort-\(unit)-\(t.fromItem)-\(t.toItem)", visit: visit.id, domain: domain)
            let post = e.posts.first { $0.unit == unit }
            leg.start = post?.time ?? e.inPlace[unit] ?? t.start
            leg.summary = words.escortLeg(to: t.to.name)
            leg.location = post?.place ?? t.from.name
            var lines = [words.fromTo(t.from.name, t.to.name)]
            if let post {
                lines.append(
                    words.post(time: zone.local(post.time).time, place: post.place, atHandOver: post.atHandOver))
            }
            lines.append(words.route(e.places))
            if !t.riders.isEmpty { lines.append(words.escorts(t.riders.map(\.name))) }
            for h in e.handOvers {
                let time = h.time.map { zone.local($0).time }
                if h.fromUnits.contains(unit) {
                    lines.append(words.handsOver(to: h.toUnits, place: h.placeName, time: time))
                }
                if h.toUnits.contains(unit) {
                    lines.append(words.takesOver(from: h.fromUnits, place: h.placeName, time: time))
                }
            }
            leg.description = lines.joined(separator: "\n")
            result.append(leg)
        }
        // Repositioning: from the end of one leg to the post of the next, when the place changes.
        let legs = view.transfers.sorted { $0.start < $1.start }
        for (a, b) in zip(legs, legs.dropFirst()) {
            let post = b.escort?.posts.first { $0.unit == unit }
            let target = post?.place ?? b.from.name
            let ready = post?.time ?? b.start
            // Between two days the unit is off duty: no repositioning.
            guard target != a.to.name, a.end < ready, zone.local(a.end).date == zone.local(ready).date else {
                continue
            }
            result.append(
                ExportEvent(
                    uid: ExportEvent.uid(item: "reposition-\(unit)-\(b.toItem)", visit: visit.id, domain: domain),
                    start: a.end, end: ready, summary: words.reposition(to: target),
                    location: words.fromTo(a.to.name, target),
                    status: status, organizer: organizer))
        }
        for d in escort.duties {
            var lines = [
                words.duty(
                    unit: d.unit, day: d.day, from: zone.local(d.start).time, to: zone.local(d.end).time,
                    minutes: d.minutes)
            ]
            if let phone = me?.phone, !phone.isEmpty {
                lines.append(words.unit(id: unit, force: me?.force, name: me?.name) + " — " + phone)
            }
            result.append(
                ExportEvent(
                    uid: ExportEvent.uid(item: "duty-\(unit)-\(d.day)", visit: visit.id, domain: domain),
                    start: d.start, end: d.end, summary: words.dutySpan, description: lines.joined(separator: "\n"),
                    status: status, organizer: organizer))
        }
        return result
    }

    static func event(_ uid: String, in events: [ExportEvent]) -> ExportEvent? { events.first { $0.uid == uid } }
}
