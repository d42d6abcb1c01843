import CortegeCore
import Foundation

/// What one exported calendar says, before libical writes it: the events an audience may see, already
/// filtered (docs/audiences.md §4) and worded (French or English). The writer adds nothing that is not here.
///
/// This is the seam between the audience views of CortegeCore and the libical writer: an `AudienceView`
/// is turned into an `ExportCalendar` (field by field, see docs/ical-export.md), and only this value
/// reaches libical.
public struct ExportCalendar: Hashable, Sendable {
    /// The calendar's display name (`NAME`, `X-WR-CALNAME`; on calendar files, not CalDAV objects).
    public var name: String
    /// The zone of every DTSTART/DTEND (its IANA name is the VTIMEZONE's TZID).
    public var zone: Zone
    public var events: [ExportEvent]
    /// `REFRESH-INTERVAL` / `X-PUBLISHED-TTL`, in minutes (calendar files, not CalDAV objects).
    public var refreshMinutes: Int

    public init(name: String, zone: Zone, events: [ExportEvent], refreshMinutes: Int = 60) {
        self.name = name
        self.zone = zone
        self.events = events
        self.refreshMinutes = refreshMinutes
    }
}

/// One VEVENT.
public struct ExportEvent: Hashable, Sendable {
    public struct Attendee: Hashable, Sendable {
        public var uri: String
        public var name: String?
        public var role: ICalProperty.Role

        public init(uri: String, name: String?, role: ICalProperty.Role = .required) {
            self.uri = uri
            self.name = name
            self.role = role
        }
    }

    public enum Status: Hashable, Sendable { case confirmed, tentative, cancelled }
    /// `confidential` is written `CLASS:PRIVATE` (docs/ical-export.md).
    public enum Classification: Hashable, Sendable { case publicItem, confidential }

    /// Stable across exports: `<item-id>.<visit-id>@<organizer domain>`.
    public var uid: String
    public var start: Instant
    public var end: Instant
    public var summary: String
    public var location: String?
    public var geo: GeoPoint?
    public var description: String?
    /// One CATEGORIES property each.
    public var categories: [String]
    public var classification: Classification
    public var status: Status
    public var organizer: Attendee?
    public var attendees: [Attendee]
    /// The UID of the parent event (the visit), for items.
    public var relatedTo: String?
    /// A display alarm this many minutes before the start (the items a person attends).
    public var alarmMinutesBefore: Int?

    public init(
        uid: String, start: Instant, end: Instant, summary: String, location: String? = nil, geo: GeoPoint? = nil,
        description: String? = nil, categories: [String] = [], classification: Classification = .publicItem,
        status: Status = .confirmed, organizer: Attendee? = nil, attendees: [Attendee] = [],
        relatedTo: String? = nil, alarmMinutesBefore: Int? = nil
    ) {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.geo = geo
        self.description = description
        self.categories = categories
        self.classification = classification
        self.status = status
        self.organizer = organizer
        self.attendees = attendees
        self.relatedTo = relatedTo
        self.alarmMinutesBefore = alarmMinutesBefore
    }

    /// A stable UID: `<item-id>.<visit-id>@<domain>`.
    public static func uid(item: String, visit: String, domain: String) -> String {
        "\(item).\(visit)@\(domain)"
    }
}
