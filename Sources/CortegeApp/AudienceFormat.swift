import CortegeCore

/// Renders an audience's view as text and as JSON. It reads the view only, so it prints nothing the view dropped.
public enum AudienceFormat {
    static func time(_ i: Instant, _ zone: Zone, _ w: Vocabulary) -> String { w.clock(i, in: zone) }

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

    public static func text(_ view: AudienceView, _ w: Vocabulary) -> String {
        let zone = view.visit.zone
        let colon = w.pick(" : ", ": ")
        var out: [String] = []
        out.append(
            ItineraryFormat.visitLine(
                title: view.visit.title, id: view.visit.id, status: view.visit.status, zone: zone, w))
        var header =
            w.language == .fr
            ? w.version(view.audience, personName: view.personName) : "Audience: \(view.audience)"
        if let announce = view.visit.announce {
            header += w.pick(
                " — annoncée le \(w.dateTime(zone.local(announce)))",
                " — announced \(zone.local(announce).date) \(zone.local(announce).time)")
        }
        out.append(header)
        if let p = view.visit.principal { out.append(w.pick("Autorité", "Principal") + colon + personText(p)) }
        if let o = view.visit.organizer {
            out.append(w.pick("Organisation", "Organizer") + colon + o.name + (o.email.map { " <\($0)>" } ?? ""))
        }

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
            out.append(w.pick("Aucune séquence à communiquer pour ce public.", "Nothing to show to this audience."))
        }
        for event in events {
            let d = zone.local(event.start).date
            if d != day {
                day = d
                out.append("")
                out.append(ItineraryFormat.dayHeading(d, w))
            }
            if let t = event.transfer {
                out += transferLines(t, zone: zone, w)
                continue
            }
            switch event.entry {
            case .busy(let b):
                out.append("  \(time(b.start, zone, w))-\(time(b.end, zone, w))  \(w.pick("réservé", "busy"))")
            case .item(let item):
                out.append(
                    "  \(time(item.start, zone, w))-\(time(item.end, zone, w))  \(item.title) [\(item.id)]"
                        + (item.confidential ? w.pick(" (confidentiel)", " (confidential)") : ""))
                out.append("      " + w.pick("lieu", "at") + colon + venueText(item.venue))
                let access = w.language == .fr ? EscortFormat.accessText(item.press) : item.press.rawValue
                var press = w.pick("presse", "press") + colon + access
                if let p = item.pressPositioning {
                    press += w.pick(
                        ", journalistes en place à \(time(p, zone, w))", ", journalists in place \(time(p, zone, w))")
                }
                out.append("      \(press)")
                if !item.participants.isEmpty {
                    out.append(
                        "      " + w.pick("avec", "with") + colon
                            + item.participants.map(personText).joined(separator: "; "))
                }
                if let notes = item.notes { out.append("      " + w.pick("observations", "notes") + colon + notes) }
            case nil:
                break
            }
        }
        if let escort = view.escort {
            out.append("")
            out.append(w.pick("Unités d'escorte", "Escort units"))
            for u in escort.units {
                var s = "  \(u.id) (\(u.force.rawValue))"
                if let name = u.name { s += " \(name)" }
                s += w.pick(", avance \(w.span(u.leadMinutes))", ", lead \(w.span(u.leadMinutes))")
                if let max = u.maxDutyMinutes { s += ", max-duty \(w.span(max))" }
                if let a = u.available { s += w.pick(", disponible \(a)", ", available \(a)") }
                if let p = u.phone { s += w.pick(", téléphone \(p)", ", phone \(p)") }
                out.append(s)
            }
            out.append(w.pick("Amplitudes de service", "Duty spans"))
            for d in escort.duties {
                out.append(
                    "  \(d.unit)  \(EscortFormat.dateText(d.day, w)) \(time(d.start, zone, w))-\(time(d.end, zone, w))  "
                        + "\(w.span(d.minutes)); " + w.pick("trajets : ", "legs: ") + d.legs.joined(separator: ", "))
            }
        }
        return out.joined(separator: "\n")
    }

    static func transferLines(_ t: AudienceTransfer, zone: Zone, _ w: Vocabulary) -> [String] {
        let colon = w.pick(" : ", ": ")
        let how =
            w.language == .fr
            ? "\(w.mode(t.mode)) : \(t.from.name) → \(t.to.name)"
            : "\(t.mode.rawValue) from \(t.from.name) to \(t.to.name)"
        var lines = ["  \(time(t.start, zone, w))-\(time(t.end, zone, w))  ↳ \(how)"]
        if !t.riders.isEmpty {
            lines.append(
                "      " + w.pick("à bord", "riders") + colon + t.riders.map(personText).joined(separator: "; "))
        }
        if let e = t.escort {
            // A unit's view holds its own post only: the other units of the leg are named without one.
            let units = e.units.map { id in
                guard let inPlace = e.inPlace[id] else { return id }
                return "\(id) \(w.pick("en place à", "in place")) " + time(inPlace, zone, w)
                    + (e.posts.first { $0.unit == id }.map { w.pick(" (\($0.place))", " at \($0.place)") } ?? "")
            }
            lines.append(
                "      " + w.pick("escorte", "escort") + colon
                    + (units.isEmpty ? w.pick("aucune", "none") : units.joined(separator: ", ")))
            lines.append(
                "      " + w.pick("itinéraire", "route") + colon
                    + e.places.map { EscortFormat.placeText($0, w) }.joined(separator: " → "))
            for h in e.handOvers {
                lines.append("      " + w.pick("relève", "hand-over") + colon + EscortFormat.handOverText(h, w))
            }
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
