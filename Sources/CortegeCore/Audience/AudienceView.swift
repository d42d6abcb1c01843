/// What one audience may see of a visit, field by field (docs/audiences.md §4).
///
/// A view holds copies of the allowed fields only, never the `Plan`, the `Itinerary` or the `EscortPlan` it was
/// built from: an exporter given a view cannot reach a field the view dropped. Views are built only by
/// `AudienceView.build` (the initializers are internal to CortegeCore).

/// A person as an audience sees them.
public struct AudiencePerson: Hashable, Sendable {
    public let id: String
    public let name: String
    public let title: String?
    /// Only in the principal, person and security views.
    public let phone: String?
    /// Only where phones are shown (contact details).
    public let email: String?
}

public struct AudienceVenue: Hashable, Sendable {
    public let id: String
    public let name: String
    public let address: String?
    public let geo: GeoPoint?
    /// Only in the security view.
    public let securityZone: SecurityZone?
    /// Only where phones are shown (principal, person and security views).
    public var phone: String? = nil
}

/// An item with the details this audience may see.
public struct AudienceItem: Hashable, Sendable {
    public let id: String
    public let kind: ItemKind
    public let title: String
    public let start: Instant
    public let end: Instant
    public let venue: AudienceVenue
    public let participants: [AudiencePerson]
    public let press: PressAccess
    /// When journalists must be in place; for open and pool items, not in the public view.
    public let pressPositioning: Instant?
    /// Working notes; never in the press and public views.
    public let notes: String?
    /// A confidential item shown in full (principal, person, security views only).
    public let confidential: Bool
}

/// A confidential item as staff see it: time taken, nothing else. The id is opaque and stable.
public struct AudienceBusyBlock: Hashable, Sendable {
    public let id: String
    public let start: Instant
    public let end: Instant
}

public enum AudienceEntry: Hashable, Sendable {
    case item(AudienceItem)
    case busy(AudienceBusyBlock)

    public var start: Instant {
        switch self {
        case .item(let i): i.start
        case .busy(let b): b.start
        }
    }

    public var end: Instant {
        switch self {
        case .item(let i): i.end
        case .busy(let b): b.end
        }
    }
}

/// An escort unit as the security view shows it.
public struct AudienceUnit: Hashable, Sendable {
    public let id: String
    public let name: String?
    public let force: Force
    public let leadMinutes: Int
    public let maxDutyMinutes: Int?
    public let available: DailyHours?
    /// Where the unit is told of its escort changes (nil by default, so that a unit can be built without it).
    public var email: String? = nil
    /// The unit's contact: in the security view, and in a unit's view for that unit only.
    public let phone: String?
}

/// The escort of one leg (security view only).
public struct AudienceEscortLeg: Hashable, Sendable {
    public let units: [String]
    /// Places in order (origin venue, route communes, destination venue), with their zones.
    public let places: [EscortPlace]
    public let stretches: [EscortStretch]
    public let handOvers: [EscortHandOver]
    /// Each unit's in-place time (`lead` before the leg, or before the cortège reaches its hand-over point).
    public let inPlace: [String: Instant]
    /// Where and when each unit must be in place, in the order of `units`.
    public let posts: [EscortPost]

    init(
        units: [String], places: [EscortPlace], stretches: [EscortStretch], handOvers: [EscortHandOver],
        inPlace: [String: Instant], posts: [EscortPost] = []
    ) {
        self.units = units
        self.places = places
        self.stretches = stretches
        self.handOvers = handOvers
        self.inPlace = inPlace
        self.posts = posts
    }
}

/// A motorcade transfer as the audience sees it.
public struct AudienceTransfer: Hashable, Sendable {
    public let fromItem: String
    public let toItem: String
    public let from: AudienceVenue
    public let to: AudienceVenue
    public let start: Instant
    public let end: Instant
    public let mode: TransferMode
    public let riders: [AudiencePerson]
    /// Only in the security view.
    public let escort: AudienceEscortLeg?
}

/// The escort plan as the security view holds it.
public struct AudienceEscort: Hashable, Sendable {
    public let units: [AudienceUnit]
    public let duties: [EscortDutySpan]
}

public struct AudienceVisit: Hashable, Sendable {
    public let id: String
    public let title: String
    public let kind: VisitKind
    public let status: VisitStatus
    public let zone: Zone
    public let date: LocalDate
    /// The embargo: nothing reaches press and public before it.
    public let announce: Instant?
    public let organizer: Organizer?
    public let principal: AudiencePerson?
}

public struct AudienceView: Hashable, Sendable {
    public let audience: Audience
    public let visit: AudienceVisit
    /// Items and busy blocks, in itinerary order.
    public let entries: [AudienceEntry]
    public let transfers: [AudienceTransfer]
    /// Only in the security view, and in a unit's view (that unit's only).
    public let escort: AudienceEscort?

    public var items: [AudienceItem] {
        entries.compactMap { if case .item(let i) = $0 { i } else { nil } }
    }

    public var busyBlocks: [AudienceBusyBlock] {
        entries.compactMap { if case .busy(let b) = $0 { b } else { nil } }
    }
}

/// Why a view cannot be given: the embargo is not lifted, or the audience names no known person.
public struct AudienceRefusal: Error, Hashable, Sendable {
    public let diagnostic: Diagnostic
}
