/// The sentences of `cortege diff` and of the messages of `cortege notify` (docs/diff-notify.md): one sentence per
/// change, worded from the change alone (it holds nothing its audience's view does not).
extension Vocabulary {
    /// A time as it is said: `9 h 45`, `10 h 00` (French), `9:45` (English).
    public func spokenTime(_ t: LocalTime) -> String {
        language == .fr
            ? "\(t.hour) h \(t.minute < 10 ? "0" : "")\(t.minute)" : "\(t.hour):\(t.minute < 10 ? "0" : "")\(t.minute)"
    }

    /// A time, with its date when it is not on `day`: `9 h 45`, `samedi 5 décembre 2026 à 9 h 45`.
    func spoken(_ instant: Instant, zone: Zone, day: LocalDate?) -> String {
        let local = zone.local(instant)
        let time = spokenTime(local.time)
        guard let day, local.date != day else { return time }
        return "\(longDate(local.date)) \(pick("à", "at")) \(time)"
    }

    /// `de 10 h 00 à 11 h 00`, `from 10:00 to 11:00`.
    func span(_ start: Instant, _ end: Instant, zone: Zone, day: LocalDate?) -> String {
        pick("de", "from") + " \(spoken(start, zone: zone, day: day)) " + pick("à", "to")
            + " \(spoken(end, zone: zone, day: day))"
    }

    /// The name of what changed: `« Cérémonie au monument aux morts »`, or a busy block.
    func subject(_ change: PlanChange) -> String {
        guard let title = change.title else { return pick("un créneau occupé", "a busy slot") }
        return language == .fr ? "« \(title) »" : "“\(title)”"
    }

    func names(_ people: [AudiencePerson]) -> String { people.map(\.name).joined(separator: ", ") }

    func escortText(_ escort: EscortSummary?, zone: Zone, day: LocalDate?) -> String {
        guard let escort, !escort.units.isEmpty else { return pick("sans escorte", "no escort") }
        let units = escort.units.map { unit -> String in
            guard let at = escort.inPlace[unit] else { return unit }
            return "\(unit) (" + pick("en place à", "in place by") + " \(spoken(at, zone: zone, day: day)))"
        }
        var text = units.joined(separator: ", ")
        if !escort.handOvers.isEmpty {
            text += pick(", relèves : ", ", hand-overs: ") + escort.handOvers.joined(separator: ", ")
        }
        return text
    }

    /// One sentence for one change, ending with a full stop. `day` is the visit's date: times on it are said
    /// without their date. `personal` words an item leaving the view as leaving the reader's own programme (the
    /// messages to a person): it may be cancelled, or they may no longer attend.
    public func sentence(_ change: PlanChange, zone: Zone, day: LocalDate? = nil, personal: Bool = false) -> String {
        let what = subject(change)
        switch (change.kind, change.before, change.after) {
        case (.added, _, .item(_, let start, let end, let venue)?):
            return pick(
                "Nouveau au programme : \(what), \(span(start, end, zone: zone, day: day)), \(venue).",
                "New on the programme: \(what), \(span(start, end, zone: zone, day: day)), \(venue).")
        case (.added, _, .span(let start, let end)?):
            return pick(
                "Nouveau créneau occupé \(span(start, end, zone: zone, day: day)).",
                "New busy slot \(span(start, end, zone: zone, day: day)).")
        case (.removed, .item(_, let start, let end, _)?, _), (.removed, .span(let start, let end)?, _):
            let programme = personal ? pick("votre programme", "your programme") : pick("le programme", "the programme")
            return pick(
                "\(capitalized(what)) (\(span(start, end, zone: zone, day: day))) ne figure plus "
                    + (personal ? "à votre programme." : "au programme."),
                "\(capitalized(what)) (\(span(start, end, zone: zone, day: day))) is no longer on \(programme).")
        case (.moved, .span(let s0, let e0)?, .span(let s1, let e1)?):
            let earlier = s1 < s0
            var text = pick(
                "Le début de \(what) est \(earlier ? "avancé" : "retardé") de \(spoken(s0, zone: zone, day: day)) "
                    + "à \(spoken(s1, zone: zone, day: day))",
                "\(capitalized(what)) \(earlier ? "is brought forward" : "is put back") from "
                    + "\(spoken(s0, zone: zone, day: day)) to \(spoken(s1, zone: zone, day: day))")
            if s0.minutes(until: e0) != s1.minutes(until: e1) {
                text += pick(
                    " ; fin à \(spoken(e1, zone: zone, day: day)) au lieu de \(spoken(e0, zone: zone, day: day))",
                    "; it ends at \(spoken(e1, zone: zone, day: day)) instead of \(spoken(e0, zone: zone, day: day))")
            }
            return text + "."
        case (.lengthened, .span(_, let e0)?, .span(_, let e1)?), (.shortened, .span(_, let e0)?, .span(_, let e1)?):
            let later = change.kind == .lengthened
            return pick(
                "La fin de \(what) est \(later ? "repoussée" : "avancée") de \(spoken(e0, zone: zone, day: day)) "
                    + "à \(spoken(e1, zone: zone, day: day)).",
                "\(capitalized(what)) now ends at \(spoken(e1, zone: zone, day: day)) instead of "
                    + "\(spoken(e0, zone: zone, day: day)).")
        case (.venue, .venue(_, let a)?, .venue(_, let b)?):
            return pick(
                "Le lieu de \(what) change : \(b) au lieu de \(a).",
                "\(capitalized(what)) moves to \(b) instead of \(a).")
        case (.participantsAdded, _, .people(let p)?):
            return pick(
                "\(p.count > 1 ? "Participent" : "Participe") désormais à \(what) : \(names(p)).",
                "Now attending \(what): \(names(p)).")
        case (.participantsRemoved, .people(let p)?, _):
            return pick(
                "Ne \(p.count > 1 ? "participent" : "participe") plus à \(what) : \(names(p)).",
                "No longer attending \(what): \(names(p)).")
        case (.ridersAdded, _, .people(let p)?):
            return pick(
                "\(p.count > 1 ? "Font" : "Fait") désormais le trajet vers \(change.title ?? "") : \(names(p)).",
                "Now riding the transfer to \(change.title ?? ""): \(names(p)).")
        case (.ridersRemoved, .people(let p)?, _):
            return pick(
                "Ne \(p.count > 1 ? "font" : "fait") plus le trajet vers \(change.title ?? "") : \(names(p)).",
                "No longer riding the transfer to \(change.title ?? ""): \(names(p)).")
        case (.press, .press(let a)?, .press(let b)?):
            return pick(
                "L'accès de la presse à \(what) passe de « \(pressAccess(a)) » à « \(pressAccess(b)) ».",
                "Press access to \(what) changes from “\(pressAccess(a))” to “\(pressAccess(b))”.")
        case (.escort, .escort(let a)?, .escort(let b)?):
            return pick(
                "L'escorte du trajet vers \(change.title ?? "") change : \(escortText(b, zone: zone, day: day)) "
                    + "(auparavant : \(escortText(a, zone: zone, day: day))).",
                "The escort of the transfer to \(change.title ?? "") changes: \(escortText(b, zone: zone, day: day)) "
                    + "(before: \(escortText(a, zone: zone, day: day))).")
        case (.status, .status(let a)?, .status(let b)?):
            return pick(
                "Le statut de la visite passe de « \(status(a)) » à « \(status(b)) ».",
                "The visit's status changes from “\(status(a))” to “\(status(b))”.")
        default:
            return pick("\(capitalized(what)) change.", "\(capitalized(what)) changes.")
        }
    }

    func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        if first == "«" || first == "“" { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// What `diff` prints when nothing changed.
    public var noChange: String { pick("Aucun changement.", "No change.") }

    /// `Concerne : …` under a change.
    public func affects(_ names: [String]) -> String {
        pick("Concerne : ", "Affects: ") + names.joined(separator: ", ")
    }
}
