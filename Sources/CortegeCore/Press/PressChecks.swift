/// The press checks of SPEC §6: `press-closed`, `press-without-principal`, `press-lead`.
public enum PressChecks {
    public typealias Check = @Sendable (Plan, Itinerary, PressPlan) -> [Diagnostic]

    public static let checks: [Check] = [closed, withoutPrincipal, lead]

    static func time(_ plan: Plan, _ i: Instant) -> String { plan.visit.zone.local(i).time.description }

    static func slotLocation(_ item: Item) -> SourceLocation {
        item.keyLocations["press"] ?? item.keyLocations["at"] ?? item.location
    }

    /// `press-closed`: a press slot during a closed (or confidential) item of the same people.
    public static let closed: Check = { plan, itinerary, press in
        var findings: [Diagnostic] = []
        let principal = plan.visit.principal
        for slot in press.slots {
            guard let s = itinerary.item(slot.item) else { continue }
            let people = Set(s.item.people(principal: principal))
            for c in itinerary.items where c.id != s.id && c.item.pressAccess == .closed {
                guard c.start < s.end && s.start < c.end else { continue }
                let shared = c.item.people(principal: principal).filter { people.contains($0) }
                guard !shared.isEmpty else { continue }
                let what = c.item.confidential ? "confidential" : "closed"
                findings.append(
                    Diagnostic(
                        .pressClosed,
                        "\(slot.item) (\(slot.access.rawValue) to the press, "
                            + "\(time(plan, s.start))-\(time(plan, s.end))) takes place during the \(what) item "
                            + "\(c.id) (\(time(plan, c.start))-\(time(plan, c.end))) of "
                            + shared.joined(separator: ", "),
                        at: slotLocation(s.item), subjects: [s.id, c.id] + shared, start: max(s.start, c.start),
                        end: min(s.end, c.end), notes: [DiagnosticNote("the \(what) item", at: c.item.location)],
                        help: "move \"\(s.id)\" after \(time(plan, c.end)), or close it to the press (`press: closed`)")
                )
            }
        }
        return findings
    }

    /// `press-without-principal`: a press slot the principal does not attend.
    public static let withoutPrincipal: Check = { plan, itinerary, press in
        press.slots.compactMap { slot in
            guard let s = itinerary.item(slot.item),
                !s.item.people(principal: plan.visit.principal).contains(plan.visit.principal)
            else { return nil }
            return Diagnostic(
                .pressWithoutPrincipal,
                "\(s.id) is \(slot.access.rawValue) to the press but \(plan.visit.principal) does not attend it",
                at: s.item.keyLocations["participants"] ?? slotLocation(s.item),
                subjects: [s.id, plan.visit.principal],
                start: s.start, end: s.end,
                help: "add \(plan.visit.principal) to the participants, or close the item (`press: closed`)")
        }
    }

    /// `press-lead`: journalists travel without escort; between two open items at different venues they need the
    /// estimated transfer plus `press-lead` to be in place.
    public static let lead: Check = { plan, itinerary, press in
        var findings: [Diagnostic] = []
        let open = press.slots.filter { $0.access == .open }
        for (a, b) in zip(open, open.dropFirst()) where a.venue != b.venue {
            let adjacent = itinerary.transfer(to: b.item).flatMap { $0.fromItem == a.item ? $0.minutes : nil }
            guard
                let travel = plan.estimateMinutes(from: a.venue, to: b.venue, mode: .car, escorted: false) ?? adjacent,
                let item = itinerary.item(b.item)
            else { continue }
            let ready = a.end.adding(minutes: travel + press.leadMinutes)
            guard ready > b.start else { continue }
            let short = b.start.minutes(until: ready)
            findings.append(
                Diagnostic(
                    .pressLead,
                    "journalists cannot be in place at \(b.venue) \(DurationText.format(press.leadMinutes)) before "
                        + "\(b.item) (\(time(plan, b.start))): they leave \(a.item) at \(time(plan, a.end)) and need "
                        + "\(DurationText.format(travel)) to travel, \(DurationText.format(short)) short",
                    at: item.item.keyLocations["at"] ?? item.item.location, subjects: [a.item, b.item],
                    start: a.end, end: b.start,
                    help: "leave \(DurationText.format(short)) more between \"\(a.item)\" and \"\(b.item)\", or admit "
                        + "only a pool to \"\(b.item)\" (`press: pool`, the pool travels with the motorcade)"))
        }
        return findings
    }
}
