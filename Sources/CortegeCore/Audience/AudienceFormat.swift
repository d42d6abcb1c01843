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
            let units = e.units.map { id in "\(id) in place " + (e.inPlace[id].map { time($0, zone) } ?? "?") }
            lines.append("      escort: " + (units.isEmpty ? "none" : units.joined(separator: ", ")))
            lines.append("      route: " + e.places.map(\.description).joined(separator: " → "))
            for h in e.handOvers { lines.append("      hand-over: " + EscortFormat.handOverText(h)) }
        }
        return lines
    }

    public static func jsonObject(_ view: AudienceView) -> [String: Any] {
        let zone = view.visit.zone
        func person(_ p: AudiencePerson) -> [String: Any] {
            var o: [String: Any] = ["id": p.id, "name": p.name]
            if let t = p.title { o["title"] = t }
            if let phone = p.phone { o["phone"] = phone }
            return o
        }
        func venue(_ v: AudienceVenue) -> [String: Any] {
            var o: [String: Any] = ["id": v.id, "name": v.name]
            if let a = v.address { o["address"] = a }
            if let g = v.geo { o["geo"] = [g.latitude, g.longitude] }
            if let z = v.securityZone { o["security-zone"] = z.rawValue }
            return o
        }
        let items: [[String: Any]] = view.entries.map { entry in
            switch entry {
            case .busy(let b):
                return ["id": b.id, "busy": true, "start": zone.iso8601(b.start), "end": zone.iso8601(b.end)]
            case .item(let i):
                var o: [String: Any] = [
                    "id": i.id, "kind": i.kind.rawValue, "title": i.title, "start": zone.iso8601(i.start),
                    "end": zone.iso8601(i.end), "venue": venue(i.venue), "participants": i.participants.map(person),
                    "press": i.press.rawValue, "confidential": i.confidential,
                ]
                if let p = i.pressPositioning { o["press-positioning"] = zone.iso8601(p) }
                if let n = i.notes { o["notes"] = n }
                return o
            }
        }
        let transfers: [[String: Any]] = view.transfers.map { t in
            var o: [String: Any] = [
                "from-item": t.fromItem, "to-item": t.toItem, "from": venue(t.from), "to": venue(t.to),
                "start": zone.iso8601(t.start), "end": zone.iso8601(t.end), "mode": t.mode.rawValue,
                "riders": t.riders.map(person),
            ]
            if let e = t.escort {
                o["escort"] =
                    [
                        "units": e.units, "places": e.places.map(EscortFormat.placeObject),
                        "hand-overs": e.handOvers.map(EscortFormat.handOverObject),
                        "in-place": e.inPlace.mapValues { zone.iso8601($0) },
                    ] as [String: Any]
            }
            return o
        }
        var visit: [String: Any] = [
            "id": view.visit.id, "title": view.visit.title, "kind": view.visit.kind.rawValue,
            "status": view.visit.status.rawValue, "timezone": zone.identifier, "date": view.visit.date.description,
        ]
        if let a = view.visit.announce { visit["announce"] = zone.iso8601(a) }
        if let p = view.visit.principal { visit["principal"] = person(p) }
        var object: [String: Any] = [
            "audience": view.audience.description, "visit": visit, "items": items, "transfers": transfers,
        ]
        if let escort = view.escort {
            object["escort"] =
                [
                    "units": escort.units.map { u -> [String: Any] in
                        var o: [String: Any] = ["id": u.id, "force": u.force.rawValue, "lead": u.leadMinutes]
                        if let n = u.name { o["name"] = n }
                        if let m = u.maxDutyMinutes { o["max-duty"] = m }
                        if let a = u.available { o["available"] = a.description }
                        return o
                    },
                    "duties": escort.duties.map { EscortFormat.dutyObject($0, zone: zone) },
                ] as [String: Any]
        }
        return object
    }

    public static func json(_ view: AudienceView) -> String { JSON.string(jsonObject(view)) }
}
