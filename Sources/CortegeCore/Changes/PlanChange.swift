/// What changed between two revisions of one visit, as one audience sees it (docs/diff-notify.md).
///
/// Changes are computed from two `AudienceView`s of the same audience, never from the plans: a change can only
/// carry what both views already hold, so `diff --audience A` and the messages of `notify` stay inside A's view.

/// The kind of a change (the `change` field of `cortege diff --format json`).
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
    /// An item appears in the view.
    case added
    /// An item leaves the view: cancelled, or no longer shown to this audience.
    case removed
    /// The item starts at another time (its end may move too).
    case moved
    /// Same start, later end.
    case lengthened
    /// Same start, earlier end.
    case shortened
    /// Another venue.
    case venue
    case participantsAdded = "participants-added"
    case participantsRemoved = "participants-removed"
    case ridersAdded = "riders-added"
    case ridersRemoved = "riders-removed"
    /// Open, pool or closed.
    case press
    /// Units, in-place times or hand-overs of the leg leading to the item (security view only).
    case escort
    /// The visit's status.
    case status
}

/// The escort of one leg as a change shows it.
public struct EscortSummary: Hashable, Sendable {
    public let units: [String]
    /// Each unit's in-place time.
    public let inPlace: [String: Instant]
    /// `zone → zone at place` for each hand-over, in order.
    public let handOvers: [String]
}

/// The value before or after a change.
public enum ChangeValue: Hashable, Sendable {
    /// An item as it is shown: its title, times and venue.
    case item(title: String, start: Instant, end: Instant, venue: String)
    case span(start: Instant, end: Instant)
    case venue(id: String, name: String)
    case people([AudiencePerson])
    case press(PressAccess)
    case escort(EscortSummary?)
    case status(VisitStatus)
}

/// One change of one item (or of the visit, or of a transfer: `transfer-<from>-<to>`).
public struct PlanChange: Hashable, Sendable {
    /// The item's id; `visit` for the visit's status; `transfer-<from>-<to>` for a transfer.
    public let item: String
    /// The item's title as the view shows it (the visit's title for `visit`, the destination's venue for a
    /// transfer); nil for a busy block (a confidential item as staff see it).
    public let title: String?
    public let kind: ChangeKind
    public let before: ChangeValue?
    public let after: ChangeValue?
    /// Who must be told: ids of the people (participants, riders) and escort units of the old or the new item,
    /// as the views hold them.
    public let affects: [String]
}
