import CortegeCore

/// `cortege diff` (docs/diff-notify.md): the changes between two revisions of one visit, as one audience sees them.
public enum DiffReport {
    /// The changes `audience` may see at `now`; without an audience, every change (the security view, which
    /// holds everything). Nil views (embargo, a person absent from a revision) are handled by `PlanDiff`.
    public static func changes(_ revisions: Revisions, audience: Audience?, now: Instant) -> [PlanChange] {
        let audience = audience ?? .security
        let old = try? revisions.old.view(for: audience, now: now).get()
        let new = try? revisions.new.view(for: audience, now: now).get()
        if case .person = audience, let old, new == nil { return PlanDiff.everythingRemoved(old) }
        return PlanDiff.changes(from: old, to: new)
    }

    /// One sentence a change, each followed by who it concerns.
    public static func human(_ changes: [PlanChange], visit: Visit, language: Language, personal: Bool = false)
        -> String
    {
        let words = Vocabulary(language)
        guard !changes.isEmpty else { return words.noChange + "\n" }
        var out = ""
        for change in changes {
            out += "- " + words.sentence(change, zone: visit.zone, day: visit.date, personal: personal) + "\n"
            if !change.affects.isEmpty { out += "  " + words.affects(change.affects) + "\n" }
        }
        return out
    }

    /// `[{"item", "change", "title", "text", "before", "after", "affects"}]`; times are local to the visit.
    public static func json(_ changes: [PlanChange], visit: Visit, language: Language, personal: Bool = false)
        -> JSONValue
    {
        let words = Vocabulary(language)
        return .array(
            changes.map { change in
                .object([
                    "item": .string(change.item), "change": .string(change.kind.rawValue),
                    "title": .string(change.title),
                    "text": .string(words.sentence(change, zone: visit.zone, day: visit.date, personal: personal)),
                    "before": json(change.before, zone: visit.zone), "after": json(change.after, zone: visit.zone),
                    "affects": .strings(change.affects),
                ])
            })
    }

    static func json(_ value: ChangeValue?, zone: Zone) -> JSONValue {
        func time(_ i: Instant) -> JSONValue { .string(zone.local(i).description) }
        switch value {
        case nil: return .null
        case .item(let title, let start, let end, let venue)?:
            return .object(["title": .string(title), "start": time(start), "end": time(end), "venue": .string(venue)])
        case .span(let start, let end)?: return .object(["start": time(start), "end": time(end)])
        case .venue(let id, let name)?: return .object(["id": .string(id), "name": .string(name)])
        case .people(let people)?: return .strings(people.map(\.id))
        case .press(let p)?: return .string(p.rawValue)
        case .status(let s)?: return .string(s.rawValue)
        case .escort(let e)?:
            guard let e else { return .null }
            return .object([
                "units": .strings(e.units), "in-place": .object(e.inPlace.mapValues(time)),
                "hand-overs": .strings(e.handOvers),
            ])
        }
    }

    /// Reads both plans, compares, prints; exit status 0 nothing changed, 1 something did, 2 a plan cannot be read.
    public static func run(
        old: String?, new: String, since: String?, audience: Audience?, format: ReportFormat, language: Language,
        now nowText: String?
    ) -> CommandResult {
        do throws(CommandStop) {
            let revisions = try Revisions.open(old: old, new: new, since: since, language: language)
            let visit = revisions.new.plan.visit
            let now = try TimeOption.now(nowText, zone: visit.zone).mapError { CommandStop($0.result(language)) }.get()
            if case .person(let id)? = audience, revisions.old.plan.people[id] == nil,
                revisions.new.plan.people[id] == nil
            {
                throw CommandStop(
                    Vocabulary(language).pick(
                        "erreur[unknown-ref] : `\(id)` n’est une personne d’aucune des deux révisions",
                        "error[unknown-ref]: `\(id)` is no person of either revision"), status: 2)
            }
            let changes = changes(revisions, audience: audience, now: now)
            var result = CommandResult(status: changes.isEmpty ? 0 : 1)
            var personal = false
            if case .person? = audience { personal = true }
            switch format {
            case .human: result.write(human(changes, visit: visit, language: language, personal: personal))
            case .json: result.print(json(changes, visit: visit, language: language, personal: personal).text)
            }
            return result
        } catch {
            return error.result
        }
    }
}
