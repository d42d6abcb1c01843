/// The words of the escort plan as the security and unit calendars print it (docs/ical-export.md, docs/audiences.md
/// §2).
extension Vocabulary {
    /// `zone police`, `police zone`.
    public func zone(_ z: SecurityZone) -> String { pick("zone \(force(z))", "\(force(z)) zone") }

    /// A place of a route with its zone: `Melun (zone police)`.
    public func routePlace(_ p: EscortPlace) -> String {
        p.zone.map { "\(p.name) (\(zone($0)))" } ?? p.name
    }

    /// `Itinéraire : A (zone police) → B (zone gendarmerie)`.
    public func route(_ places: [EscortPlace]) -> String {
        pick("Itinéraire : ", "Route: ") + places.map(routePlace).joined(separator: " → ")
    }

    /// The header of the list of units.
    public var escortHeader: String { pick("Escorte :", "Escort:") }

    /// The header of the list of hand-overs.
    public var handOversHeader: String { pick("Relèves :", "Hand-overs:") }

    /// The header of the list of riders.
    public var ridersHeader: String { pick("Passagers :", "Riders:") }

    /// The header of the duty spans.
    public var dutiesHeader: String { pick("Amplitudes de service :", "Duty spans:") }

    /// A unit with its force and name: `motards (police, Brigade motocycliste)`.
    public func unit(id: String, force f: Force?, name: String?) -> String {
        let details = [f.map(force), name].compactMap { $0 }
        return details.isEmpty ? id : "\(id) (\(details.joined(separator: ", ")))"
    }

    /// A unit's post: `en place à 09:20, Préfecture` (`au point de relève` when it takes over mid-route).
    public func post(time: LocalTime, place: String, atHandOver: Bool) -> String {
        let at = pick("en place à \(time), \(place)", "in place at \(time), \(place)")
        return atHandOver ? at + pick(" (point de relève)", " (hand-over point)") : at
    }

    /// `motards → edsr, Rond-point de Jarry, vers 09:31`.
    public func handOver(from: [String], to: [String], place: String, time: LocalTime?) -> String {
        let nobody = pick("personne", "nobody")
        let a = from.isEmpty ? nobody : from.joined(separator: ", ")
        let b = to.isEmpty ? nobody : to.joined(separator: ", ")
        return "\(a) → \(b), \(place)" + (time.map { pick(", vers \($0)", ", about \($0)") } ?? "")
    }

    /// A duty span: `04/12/2026, motards : 08:50-12:30 (3 h 40)`.
    public func duty(unit: String, day: LocalDate, from: LocalTime, to: LocalTime, minutes: Int) -> String {
        let span = "\(from)-\(to) (\(duration(minutes)))"
        return "\(shortDate(day)), " + pick("\(unit) : \(span)", "\(unit): \(span)")
    }

    /// The summary of a unit's leg: `Escorte vers Hôtel de ville`.
    public func escortLeg(to place: String) -> String { pick("Escorte vers \(place)", "Escort to \(place)") }

    /// The summary of a unit's repositioning: `Mise en place vers Port de Jarry`.
    public func reposition(to place: String) -> String {
        pick("Repositionnement vers \(place)", "Repositioning to \(place)")
    }

    /// The summary of a unit's duty span.
    public var dutySpan: String { pick("Service d'escorte", "Escort duty") }

    /// Whom a unit escorts: `Escorte : ministre, préfet`.
    public func escorts(_ functions: [String]) -> String {
        pick("Escorte de : ", "Escorting: ") + functions.joined(separator: ", ")
    }

    /// A hand-over as the unit sees it: `Relève par edsr à Rond-point de Jarry, vers 09:31`.
    public func handsOver(to units: [String], place: String, time: LocalTime?) -> String {
        pick(
            "Relève par \(units.joined(separator: ", ")) : \(place)",
            "Handed over to \(units.joined(separator: ", ")): \(place)")
            + (time.map { pick(", vers \($0)", ", about \($0)") } ?? "")
    }

    /// `Prise en charge après motards à Rond-point de Jarry, vers 09:31`.
    public func takesOver(from units: [String], place: String, time: LocalTime?) -> String {
        pick(
            "Relève de \(units.joined(separator: ", ")) : \(place)",
            "Taking over from \(units.joined(separator: ", ")): \(place)")
            + (time.map { pick(", vers \($0)", ", about \($0)") } ?? "")
    }

    /// A venue's contact in the security calendar: `Contact du lieu : +33 1 …`.
    public func venueContact(_ phone: String) -> String {
        pick("Contact du lieu : \(phone)", "Venue contact: \(phone)")
    }

    /// From where to where: `De : A → B`.
    public func fromTo(_ a: String, _ b: String) -> String { "\(a) → \(b)" }
}
