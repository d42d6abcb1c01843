/// The content of the press advisory (*avis aux médias*, docs/documents.md): the press view of the visit
/// (docs/audiences.md §4) and the two things the plan says for the press only, the accreditation deadline and the
/// press contact.
///
/// It is built from the press view and from nothing else of the plan but `press-contact` and
/// `accreditation-deadline`: what the press view dropped (closed and confidential items, escort, routes, notes,
/// phones) cannot reach it. Before `announce` it is refused exactly as the press view is (`embargo`).
public struct PressAdvisory: Hashable, Sendable {
    /// The press view it is built from.
    public let view: AudienceView
    /// The open and pool items, in itinerary order, each with its press in-place time.
    public var items: [AudienceItem] { view.items }
    /// How long before an item journalists must be in place (`press-lead`).
    public let leadMinutes: Int
    /// The last moment to ask for an accreditation, in the visit's zone.
    public let accreditationDeadline: LocalDateTime?
    /// The one contact the advisory prints, with its phone and e-mail.
    public let contact: Contact?

    /// Whether some item admits a pool only: the pool rules are then printed.
    public var hasPool: Bool { items.contains { $0.press == .pool } }

    /// The advisory of `plan` at `now`, or the refusal of its press view.
    public static func build(
        plan: Plan, itinerary: Itinerary, escort: EscortPlan, now: Instant
    ) -> Result<PressAdvisory, AudienceRefusal> {
        AudienceView.build(plan: plan, itinerary: itinerary, escort: escort, audience: .press, now: now).map { view in
            PressAdvisory(
                view: view, leadMinutes: plan.visit.pressLeadMinutes,
                accreditationDeadline: plan.visit.accreditationDeadline, contact: plan.visit.pressContact)
        }
    }
}

extension Analysis {
    /// The press advisory at `now` (docs/documents.md), refused with `embargo` before `announce`.
    public func pressAdvisory(now: Instant) -> Result<PressAdvisory, AudienceRefusal> {
        PressAdvisory.build(plan: plan, itinerary: itinerary, escort: escort, now: now)
    }
}
