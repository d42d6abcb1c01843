import CortegeCore

/// Renders an audience's view as text and as JSON. It reads the view only, so it prints nothing the view dropped.
public enum AudienceFormat {
    static func time(_ i: Instant, _ zone: Zone) -> String { zone.local(i).time.description }

    static func personText(_ p: AudiencePerson) -> String {
        var s = p.name
        if let title = p.title { s += ", \(title)" }
        if let phone = p.phone { s += " (\(phone))" }
        return s
    }

    static func venueText(_ v: AudienceVenue) -> String {
        var s = v.name
        if let address = v.address { s += ", \(address)" }
        if let zone = v.securityZone { s += " [zone \(zone.rawValue)]" }
        return s
    }

    public static func text(_ view: AudienceView) -> String {
        let zone = view.visit.zone
        var out: [String] = []
        out.append("\(view.visit.title) — \(view.visit.id) (\(view.visit.status.rawValue), \(zone))")
        var header = "Audience: \(view.audience)"
        if let announce = view.visit.announce {
            header += " — announced \(zone.local(announce).date) \(zone.local(announce).time)"
        }
        out.append(header)
        if let p = view.visit.principal { out.append("Principal: \(personText(p))") }
        if let o = view.visit.organizer { out.append("Organizer: \(o.name)" + (o.email.map { " <\($0)>" } ?? "")) }

        // Items, busy blocks and transfers in time order (a transfer before the item it leads to).
        var events: [(start: Instant, rank: Int, entry: AudienceEntry?, transfer: AudienceTransfer?)] = []
        for (i, t) in view.transfers.enumerated() { events.append((t.start, 2 * i, nil, t)) }
        for (i, e) in view.entries.enumerated() { events.append((e.start, 2 * i + 1, e, nil)) }
        events.sort {
            ($0.start, $0.transfer == nil ? 1 : 0, $0.rank) < ($1.start, $1.transfer == nil ? 1 : 0, $1.rank)
        }
        var day: LocalDate?
        if events.isEmpty {
            out.append("")
            out.append("Nothing to show to this audience.")
        }
        for event in events {
            let d = zone.local(event.start).date
            if d != day {
                day = d
                out.append("")
                out.append("\(d) (\(ItineraryFormat.weekday(d)))")
            }
            if let t = event.transfer {
                out += transferLines(t, zone: zone)
                continue
            }
            switch event.entry {
            case .busy(let b):
                out.append("  \(time(b.start, zone))-\(time(b.end, zone))  busy")
            case .item(let item):
                out.append(
                    "  \(time(item.start, zone))-\(time(item.end, zone))  \(item.title) [\(item.id)]"
                        + (item.confidential ? " (confidential)" : ""))
                out.append("      at: \(venueText(item.venue))")
                var press = "press: \(item.press.rawValue)"
                if let p = item.pressPositioning { press += ", journalists in place \(time(p, zone))" }
                out.append("      \(press)")
                if !item.participants.isEmpty {
                    out.append("      with: " + item.participants.map(personText).joined(separator: "; "))
                }
                if let notes = item.notes { out.append("      notes: \(notes)") }
            case nil:
                break
            }
        }
        if let escort = view.escort {
            out.append("")
            out.append("Escort units")
            for u in escort.units {
                var s = "  \(u.id) (\(u.force.rawValue))"
                if let name = u.name { s += " \(name)" }
                s += ", lead \(DurationText.format(u.leadMinutes))"
                if let max = u.maxDutyMinutes { s += ", max-duty \(DurationText.format(max))" }
                if let a = u.available { s += ", available \(a)" }
                if let p = u.phone { s += ", phone \(p)" }
                out.append(s)
            }
            out.append("Duty spans")
            for d in escort.duties {
                out.append(
                    "  \(d.unit)  \(d.day) \(time(d.start, zone))-\(time(d.end, zone))  "
                        + "\(DurationText.format(d.minutes)); legs: \(d.legs.joined(separator: ", "))")
            }
        }
        return out.joined(separator: "\n")
    }

    static func transferLines(_ t: AudienceTransfer, zone: Zone) -> [String] {
        var lines = [
            "  \(time(t.start, zone))-\(time(t.end, zone))  ↳ \(t.mode.rawValue) from \(t.from.name) to \(t.to.name)"
        ]
        if !t.riders.isEmpty { lines.append("      riders: " + t.riders.map(personText).joined(separator: "; ")) }
        if let e = t.escort {
            // A unit's view holds its own post only: the other units of the leg are named without one.
            let units = e.units.map { id in
                guard let inPlace = e.inPlace[id] else { return id }
                return "\(id) in place " + time(inPlace, zone)
                    + (e.posts.first { $0.unit == id }.map { " at \($0.place)" } ?? "")
            }
            lines.append("      escort: " + (units.isEmpty ? "none" : units.joined(separator: ", ")))
            lines.append("      route: " + e.places.map(\.description).joined(separator: " → "))
            for h in e.handOvers { lines.append("      hand-over: " + EscortFormat.handOverText(h)) }
        }
        return lines
    }

    public static func jsonObject(_ view: AudienceView) -> JSONValue {
        let zone = view.visit.zone
        func person(_ p: AudiencePerson) -> JSONValue {
            var o: [String: JSONValue] = ["id": .string(p.id), "name": .string(p.name)]
            if let t = p.title { o["title"] = .string(t) }
            if let phone = p.phone { o["phone"] = .string(phone) }
            return .object(o)
        }
        func venue(_ v: AudienceVenue) -> JSONValue {
            var o: [String: JSONValue] = ["id": .string(v.id), "name": .string(v.name)]
            if let a = v.address { o["address"] = .string(a) }
            if let g = v.geo { o["geo"] = [.double(g.latitude), .double(g.longitude)] }
            if let z = v.securityZone { o["security-zone"] = .string(z.rawValue) }
            return .object(o)
        }
        let items: [JSONValue] = view.entries.map { entry in
            switch entry {
            case .busy(let b):
                return [
                    "id": .string(b.id), "busy": true, "start": .string(zone.iso8601(b.start)),
                    "end": .string(zone.iso8601(b.end)),
                ]
            case .item(let i):
                var o: [String: JSONValue] = [
                    "id": .string(i.id), "kind": .string(i.kind.rawValue), "title": .string(i.title),
                    "start": .string(zone.iso8601(i.start)), "end": .string(zone.iso8601(i.end)),
                    "venue": venue(i.venue), "participants": .array(i.participants.map(person)),
                    "press": .string(i.press.rawValue), "confidential": .bool(i.confidential),
                ]
                if let p = i.pressPositioning { o["press-positioning"] = .string(zone.iso8601(p)) }
                if let n = i.notes { o["notes"] = .string(n) }
                return .object(o)
            }
        }
        let transfers: [JSONValue] = view.transfers.map { t in
            var o: [String: JSONValue] = [
                "from-item": .string(t.fromItem), "to-item": .string(t.toItem), "from": venue(t.from),
                "to": venue(t.to), "start": .string(zone.iso8601(t.start)), "end": .string(zone.iso8601(t.end)),
                "mode": .string(t.mode.rawValue), "riders": .array(t.riders.map(person)),
            ]
            if let e = t.escort {
                o["escort"] = [
                    "units": .strings(e.units), "places": .array(e.places.map(EscortFormat.placeObject)),
                    "hand-overs": .array(e.handOvers.map { EscortFormat.handOverObject($0, zone: zone) }),
                    "in-place": .object(e.inPlace.mapValues { .string(zone.iso8601($0)) }),
                ]
            }
            return .object(o)
        }
        var visit: [String: JSONValue] = [
            "id": .string(view.visit.id), "title": .string(view.visit.title), "kind": .string(view.visit.kind.rawValue),
            "status": .string(view.visit.status.rawValue), "timezone": .string(zone.identifier),
            "date": .string(view.visit.date.description),
        ]
        if let a = view.visit.announce { visit["announce"] = .string(zone.iso8601(a)) }
        if let p = view.visit.principal { visit["principal"] = person(p) }
        var object: [String: JSONValue] = [
            "audience": .string(view.audience.description), "visit": .object(visit), "items": .array(items),
            "transfers": .array(transfers),
        ]
        if let escort = view.escort {
            object["escort"] = [
                "units": .array(
                    escort.units.map { u in
                        var o: [String: JSONValue] = [
                            "id": .string(u.id), "force": .string(u.force.rawValue), "lead": .int(u.leadMinutes),
                        ]
                        if let n = u.name { o["name"] = .string(n) }
                        if let m = u.maxDutyMinutes { o["max-duty"] = .int(m) }
                        if let a = u.available { o["available"] = .string(a.description) }
                        if let p = u.phone { o["phone"] = .string(p) }
                        return .object(o)
                    }),
                "duties": .array(escort.duties.map { EscortFormat.dutyObject($0, zone: zone) }),
            ]
        }
        return .object(object)
    }

    public static func json(_ view: AudienceView) -> String { jsonObject(view).text }
}
