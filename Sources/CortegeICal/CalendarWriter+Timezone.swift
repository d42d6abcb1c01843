import CortegeCore

extension CalendarWriter {
    /// A VCALENDAR holding only the VTIMEZONE of `zone` for `years` (the same VTIMEZONE the calendar's objects
    /// carry, docs/ical-export.md "Time zones"): the `calendar-timezone` of a CalDAV collection (RFC 4791 §5.2.2).
    public func timezoneCalendar(_ zone: Zone, years: ClosedRange<Int>) throws(ICalError) -> String {
        let icalZone = try ICalZone(zone.identifier, years: years)
        let cal = ICalComponent(kind: .calendar)
        cal.add(.version)
        cal.add(.productID(productID))
        cal.add(.calendarScale)
        cal.add(icalZone.vtimezoneComponent())
        return cal.serialized()
    }
}

extension CalendarWriter {
    /// The CalDAV object (one VCALENDAR, its VTIMEZONE, no METHOD) of one VEVENT kept in the export journal: the
    /// cancelled version of an event the export no longer writes, for `cortege publish` (docs/publish.md).
    public func caldavObject(event text: String, zone: Zone) throws(ICalError) -> String? {
        guard let root = ICalComponent.parse(text) else { return nil }
        root.stripErrors()
        guard let event = root.kind == .event ? root : root.children(.event).first?.clone() else { return nil }
        let start = event.startInstant ?? dtstamp
        let icalZone = try ICalZone(zone.identifier, years: zone.local(start).date.year...zone.local(start).date.year)
        return calendarComponent(name: nil, refreshMinutes: nil, zone: icalZone, events: [event], caldav: true)
            .serialized()
    }

    /// Whether two CalDAV objects hold the same events, as libical reads and writes them, whatever the order of
    /// their lines (a server may fold or order them its own way).
    public static func sameEvents(_ a: String, _ b: String) -> Bool {
        func events(_ text: String) -> [String]? {
            guard let root = ICalComponent.parse(text) else { return nil }
            root.stripErrors()
            let calendars = root.kind == .calendar ? [root] : root.children(.calendar)
            // Each event as its sorted unfolded lines: a server may write the properties in another order.
            return calendars.flatMap { $0.children(.event) }.map { event in
                event.serialized().replacingOccurrences(of: "\r\n ", with: "").split(separator: "\r\n")
                    .sorted().joined(separator: "\n")
            }.sorted()
        }
        guard let x = events(a), let y = events(b) else { return false }
        return x == y
    }

    /// Whether the VEVENT text is cancelled.
    public static func isCancelled(event text: String) -> Bool {
        guard let root = ICalComponent.parse(text) else { return false }
        let event = root.kind == .event ? root : root.children(.event).first
        return event?.isCancelled ?? false
    }
}
