internal import CLibical
import CortegeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes an ``ExportCalendar`` through libical (docs/ical-export.md).
///
/// - One VCALENDAR (`VERSION`, `PRODID`, `CALSCALE`, `METHOD:PUBLISH` unless CalDAV), with one VTIMEZONE:
///   the plain IANA TZID, covering the years of the events (``ICalZone``).
/// - `NAME`/`X-WR-CALNAME` and `REFRESH-INTERVAL`/`X-PUBLISHED-TTL` on every calendar file (none on CalDAV objects).
/// - Updates: given the events of the previous export (read back through libical), an unchanged event is
///   written with its previous bytes (DTSTAMP and SEQUENCE included), a changed one gets SEQUENCE + 1 and the
///   new DTSTAMP, and an event that disappeared is written once more with `STATUS:CANCELLED`.
/// - Deterministic: the same calendar, previous export and `dtstamp` give the same bytes.
public struct CalendarWriter: Sendable {
    public var productID: String
    /// DTSTAMP of new and changed events (the plan's revision time or `--dtstamp`).
    public var dtstamp: Instant
    public var language: Language
    /// When set, only the previous events whose UID ends with it (`.<visit-id>@<domain>`) are carried over:
    /// a file left by another visit's export is replaced, not merged (its events are not cancelled here).
    public var previousUIDSuffix: String?

    public init(
        dtstamp: Instant, language: Language = .fr,
        productID: String = "-//Prefecture//Cortege 1.0//FR", previousUIDSuffix: String? = nil
    ) {
        self.dtstamp = dtstamp
        self.language = language
        self.productID = productID
        self.previousUIDSuffix = previousUIDSuffix
    }

    /// What an export changed relative to the previous one.
    public struct Changes: Hashable, Sendable {
        public var added: [String] = []
        public var unchanged: [String] = []
        public var changed: [String] = []
        public var cancelled: [String] = []
    }

    /// What rendering one calendar gives (``output(_:previous:journal:caldav:)``).
    public struct Output: Sendable {
        /// The calendar file (empty in the CalDAV profile).
        public var text: String = ""
        /// The CalDAV objects, by file name (empty in the file profile).
        public var files: [String: String] = [:]
        public var changes = Changes()
        /// The journal record of the calendar: every event as written (cancelled ones included), and the
        /// events cancelled by an earlier export that are no longer written, VEVENT text by UID.
        public var journal: [String: String] = [:]
    }

    /// The DTSTAMP of a changed or cancelled event: ``dtstamp``, or one second after its previous DTSTAMP when
    /// that is not earlier (a plan changed without a new `revision:`): a change always gets a later DTSTAMP.
    func stamp(after before: ICalComponent) -> Instant {
        guard let previous = before.dtstampInstant, previous >= dtstamp else { return dtstamp }
        return Instant(seconds: previous.seconds + 1)
    }

    /// The events to write, after comparing with `previous`, as libical components (sorted by start, then UID),
    /// and the previous events already cancelled (not written again; kept in the journal).
    func events(for calendar: ExportCalendar, zone: ICalZone, previous: [String: ICalComponent]) -> (
        [ICalComponent], Changes
    ) {
        let (events, changes, _) = eventsAndRetired(for: calendar, zone: zone, previous: previous)
        return (events, changes)
    }

    func eventsAndRetired(for calendar: ExportCalendar, zone: ICalZone, previous: [String: ICalComponent]) -> (
        [ICalComponent], Changes, [String: String]
    ) {
        var retired: [String: String] = [:]
        var changes = Changes()
        var out: [(Instant, String, ICalComponent)] = []
        let current = Set(calendar.events.map(\.uid))
        for event in calendar.events {
            let fresh = component(for: event, zone: zone)
            if let before = previous[event.uid] {
                if fingerprint(before) == fingerprint(fresh) && !before.isCancelled {
                    out.append((event.start, event.uid, before.clone()))
                    changes.unchanged.append(event.uid)
                    continue
                }
                fresh.add(.sequence(before.sequence + 1))
                fresh.add(.dtstamp(stamp(after: before)))
                changes.changed.append(event.uid)
            } else {
                fresh.add(.sequence(0))
                fresh.add(.dtstamp(dtstamp))
                changes.added.append(event.uid)
            }
            out.append((event.start, event.uid, fresh))
        }
        for (uid, before) in previous.sorted(by: { $0.key < $1.key }) where !current.contains(uid) {
            // Written once more as cancelled; an event already cancelled in the previous export is gone.
            guard !before.isCancelled else {
                retired[uid] = before.serialized()
                continue
            }
            let cancelled = before.clone()
            cancelled.removeAll(like: .status(.cancelled))
            cancelled.removeAll(like: .sequence(0))
            cancelled.removeAll(like: .dtstamp(dtstamp))
            for alarm in cancelled.children(.alarm) { cancelled.remove(alarm) }
            cancelled.add(.status(.cancelled))
            cancelled.add(.sequence(before.sequence + 1))
            cancelled.add(.dtstamp(stamp(after: before)))
            out.append((cancelled.startInstant ?? Instant(seconds: .max), uid, cancelled))
            changes.cancelled.append(uid)
        }
        out.sort { ($0.0, $0.1) < ($1.0, $1.1) }
        return (out.map(\.2), changes, retired)
    }

    /// The event's content without DTSTAMP and SEQUENCE, to tell a changed event from an unchanged one.
    private func fingerprint(_ event: ICalComponent) -> String {
        let copy = event.clone()
        copy.removeAll(like: .dtstamp(dtstamp))
        copy.removeAll(like: .sequence(0))
        return copy.serialized()
    }

    /// A VEVENT for `event`, without DTSTAMP and SEQUENCE.
    func component(for event: ExportEvent, zone: ICalZone) -> ICalComponent {
        let c = ICalComponent(kind: .event)
        c.add(.uid(event.uid))
        c.add(.start(event.start, zone))
        c.add(.end(max(event.end, event.start), zone))
        c.add(.summary(event.summary))
        if let location = event.location { c.add(.location(location)) }
        if let geo = event.geo { c.add(.geo(latitude: geo.latitude, longitude: geo.longitude)) }
        if let description = event.description { c.add(.description(description)) }
        for category in event.categories { c.add(.category(category)) }
        // CLASS:PRIVATE, not CONFIDENTIAL: the class Outlook and Google honour by hiding an event's details from
        // the people a calendar is shared with (docs/ical-export.md).
        c.add(.classification(event.classification == .confidential ? .privateItem : .publicItem))
        switch event.status {
        case .confirmed: c.add(.status(.confirmed))
        case .tentative: c.add(.status(.tentative))
        case .cancelled: c.add(.status(.cancelled))
        }
        if let o = event.organizer { c.add(.organizer(uri: o.uri, name: o.name)) }
        for a in event.attendees { c.add(.attendee(uri: a.uri, name: a.name, role: a.role)) }
        if let parent = event.relatedTo { c.add(.relatedTo(parent)) }
        if let minutes = event.alarmMinutesBefore {
            let alarm = ICalComponent(kind: .alarm)
            alarm.add(.actionDisplay)
            alarm.add(.triggerBefore(minutes: minutes))
            let reminder = Vocabulary(language).reminder
            alarm.add(.description(calendarText(event.summary).isEmpty ? reminder : event.summary))
            c.add(alarm)
        }
        return c
    }

    /// The zone of `calendar`, its VTIMEZONE covering the years of its events (or of `dtstamp`).
    func zone(for calendar: ExportCalendar, also earlier: [Instant] = []) throws(ICalError) -> ICalZone {
        let instants = calendar.events.flatMap { [$0.start, $0.end] } + earlier
        let first = instants.min() ?? dtstamp
        let last = instants.max() ?? dtstamp
        return try ICalZone(
            calendar.zone.identifier,
            years: calendar.zone.local(first).date.year...calendar.zone.local(last).date.year)
    }

    /// A VCALENDAR holding `events` (the components are handed over to it).
    func calendarComponent(
        name: String?, refreshMinutes: Int?, zone: ICalZone, events: [ICalComponent],
        caldav: Bool
    ) -> ICalComponent {
        let cal = ICalComponent(kind: .calendar)
        cal.add(.version)
        cal.add(.productID(productID))
        cal.add(.calendarScale)
        if !caldav { cal.add(.methodPublish) }
        if let name { cal.add(.calendarName(name)) }
        if let refreshMinutes { cal.add(.refreshInterval(minutes: refreshMinutes)) }
        cal.add(zone.vtimezoneComponent())
        for e in events { cal.add(e) }
        return cal
    }

    /// One calendar, given the texts of the previous export in the output folder (one file, or the CalDAV
    /// objects) and the calendar's record in the export journal (VEVENT text by UID): of a UID in both, the
    /// event of higher SEQUENCE is the previous one (the journal's when equal).
    public func output(_ calendar: ExportCalendar, previous texts: [String], journal: [String: String], caldav: Bool)
        throws -> Output
    {
        var before = previousEvents(in: texts)
        for (uid, text) in journal.sorted(by: { $0.key < $1.key }) {
            if let suffix = previousUIDSuffix, !uid.hasSuffix(suffix) { continue }
            guard let root = ICalComponent.parse(text) else { continue }
            root.stripErrors()
            guard let event = root.kind == .event ? root : root.children(.event).first?.clone() else { continue }
            if let folder = before[uid], folder.sequence > event.sequence { continue }
            before[uid] = event
        }
        let zone = try self.zone(for: calendar, also: before.values.compactMap(\.startInstant))
        let (events, changes, retired) = eventsAndRetired(for: calendar, zone: zone, previous: before)
        var output = Output(changes: changes, journal: retired)
        for event in events where event.uid != nil {
            output.journal[event.uid ?? ""] = event.serialized()
        }
        if caldav {
            for event in events {
                let uid = event.uid ?? "event"
                let cal = calendarComponent(name: nil, refreshMinutes: nil, zone: zone, events: [event], caldav: true)
                output.files[Self.fileName(forUID: uid)] = cal.serialized()
            }
        } else {
            let cal = calendarComponent(
                name: calendar.name, refreshMinutes: calendar.refreshMinutes, zone: zone, events: events,
                caldav: false)
            output.text = cal.serialized()
        }
        return output
    }

    /// The text of the calendar file (one VCALENDAR with every event), given the previous export's text.
    public func render(_ calendar: ExportCalendar, previous: String?) throws -> (text: String, changes: Changes) {
        let before = previousEvents(in: previous.map { [$0] } ?? [])
        let zone = try self.zone(for: calendar, also: before.values.compactMap(\.startInstant))
        let (events, changes) = self.events(for: calendar, zone: zone, previous: before)
        // A subscribed feed keeps its name and refresh interval even while it holds no event.
        let cal = calendarComponent(
            name: calendar.name, refreshMinutes: calendar.refreshMinutes, zone: zone, events: events, caldav: false)
        return (cal.serialized(), changes)
    }

    /// One text per event (CalDAV profile: one event per object, no METHOD), keyed by file name.
    public func renderCalDAV(_ calendar: ExportCalendar, previous: [String]) throws -> (
        files: [String: String], changes: Changes
    ) {
        let before = previousEvents(in: previous)
        let zone = try self.zone(for: calendar, also: before.values.compactMap(\.startInstant))
        let (events, changes) = self.events(for: calendar, zone: zone, previous: before)
        var files: [String: String] = [:]
        for event in events {
            let uid = event.uid ?? "event"
            let cal = calendarComponent(name: nil, refreshMinutes: nil, zone: zone, events: [event], caldav: true)
            files[Self.fileName(forUID: uid)] = cal.serialized()
        }
        return (files, changes)
    }

    /// A file name for a UID: letters, digits, `-`, `_`, `.` and `@` kept, the rest replaced by `_`.
    public static func fileName(forUID uid: String) -> String {
        let kept = uid.unicodeScalars.map { s -> Character in
            let ok = (s.isASCII && (CharacterSet.alphanumerics.contains(s))) || "-_.@".unicodeScalars.contains(s)
            return ok ? Character(s) : "_"
        }
        return String(kept) + ".ics"
    }

    /// The events of previous exports, by UID (X-LIC-ERROR properties stripped).
    func previousEvents(in texts: [String]) -> [String: ICalComponent] {
        var result: [String: ICalComponent] = [:]
        for text in texts {
            guard let root = ICalComponent.parse(text) else { continue }
            root.stripErrors()
            let calendars = root.kind == .calendar ? [root] : root.children(.calendar)
            for cal in calendars {
                for event in cal.children(.event) {
                    guard let uid = event.uid else { continue }
                    if let suffix = previousUIDSuffix, !uid.hasSuffix(suffix) { continue }
                    result[uid] = event.clone()
                }
            }
        }
        return result
    }
}

extension ICalComponent {
    /// Removes `child` from this component; the caller's handle owns it again.
    func remove(_ child: ICalComponent) {
        LibICal.locked { icalcomponent_remove_component(pointer, child.pointer) }
        child.detach()
    }
}
