internal import CLibical
import CortegeCore
import Foundation

/// A time zone for writing: a VTIMEZONE built from the zone data for the years a calendar spans, with the
/// plain IANA name as TZID (docs/ical-export.md, "Time zones").
///
/// - It covers the calendar from local midnight on 1 January of its first year.
/// - Where the zone's present rule holds over the span (two offset changes a year, each on the same weekday of
///   the same week of the same month at the same local time), it is one STANDARD and one DAYLIGHT observance,
///   each with its RRULE, starting the year before the span (the form Outlook reads); a zone without changes
///   over the span is one observance from local midnight; otherwise one observance per change.
/// - Each observance is STANDARD or DAYLIGHT as the zone data says daylight saving time is in force after it
///   (Sydney's January is DAYLIGHT).
///
/// Owns its `icaltimezone` (freed in `deinit`), built by libical from that VTIMEZONE, so that the times written
/// and the VTIMEZONE that readers use agree.
public final class ICalZone {
    /// The IANA name, written as the TZID.
    public let identifier: String
    let pointer: OpaquePointer
    /// The VTIMEZONE; calendars get a clone of it.
    private let vtimezone: ICalComponent

    /// The zone `identifier` for a calendar of the year `fromYear` only.
    ///
    /// - Throws: the ``ICalError`` libical reported at the call that failed: ``ICalError/Code/file`` when it
    ///   has no definition of the zone (no tzdata file of that name).
    public convenience init(_ identifier: String, fromYear: Int) throws(ICalError) {
        try self.init(identifier, years: fromYear...fromYear)
    }

    /// The zone `zone` for a calendar of the year `fromYear` only.
    public convenience init(_ zone: Zone, fromYear: Int) throws(ICalError) {
        try self.init(zone.identifier, years: fromYear...fromYear)
    }

    /// The zone `identifier` for a calendar whose events fall in `years`.
    public init(_ identifier: String, years: ClosedRange<Int>) throws(ICalError) {
        let context = "libical has no definition of the time zone \(identifier)"
        let built: (OpaquePointer, ICalComponent) = try LibICal.locked { () throws(ICalError) in
            guard !identifier.isEmpty else { throw ICalError(context) }
            // The name must be one libical knows too (its readers resolve the TZID).
            _ = try LibICal.checked(context) { identifier.withCString { icaltimezone_get_builtin_timezone($0) } }
            guard let zone = Zone(identifier) else { throw ICalError(context) }
            let vtz = Self.vtimezone(zone, years: years)
            let zoneContext = "libical cannot build the time zone \(identifier)"
            let tz = try LibICal.checked(zoneContext) { icaltimezone_new() }
            guard let definition = icalcomponent_new_clone(vtz.pointer) else {
                let error = ICalError.current(zoneContext)
                icaltimezone_free(tz, 1)
                throw error
            }
            icalerror_clear_errno()
            if icaltimezone_set_component(tz, definition) == 0 {
                let error = ICalError.current(zoneContext)
                icalcomponent_free(definition)
                icaltimezone_free(tz, 1)
                throw error
            }
            return (tz, vtz)
        }
        self.identifier = identifier
        self.pointer = built.0
        self.vtimezone = built.1
    }

    /// One observance: from `start` (local wall time in the offset before it), `from` → `to` seconds.
    struct Observance {
        var daylight: Bool
        var start: LocalDateTime
        var from: Int
        var to: Int
        var rule: String?
    }

    /// The VTIMEZONE of `zone` for `years` (see the type's documentation).
    static func vtimezone(_ zone: Zone, years: ClosedRange<Int>) -> ICalComponent {
        let midnight = LocalDateTime(
            date: LocalDate(year: years.lowerBound, month: 1, day: 1), time: .init(hour: 0, minute: 0))
        let end = LocalDateTime(
            date: LocalDate(year: years.upperBound + 1, month: 1, day: 1), time: .init(hour: 0, minute: 0))
        let atStart: Instant
        switch zone.resolve(midnight) {
        case .unique(let instant): atStart = instant
        case .skipped(let shifted): atStart = shifted
        case .repeated(let earlier, _): atStart = earlier
        }
        let stop = Instant(seconds: end.naiveSeconds + 14 * 3600)
        let changes = zone.transitions(from: Instant(seconds: atStart.seconds - 14 * 3600), to: stop)
        let observances =
            rules(zone, changes: changes, years: years, atMidnight: atStart)
            ?? listed(zone, changes: changes, midnight: midnight, atStart: atStart)
        let vtz = ICalComponent(kind: .timezone)
        vtz.add(.timezoneID(zone.identifier))
        for o in observances {
            let c = ICalComponent(kind: o.daylight ? .daylight : .standard)
            c.add(.observanceStart(o.start))
            c.add(.offsetFrom(o.from))
            c.add(.offsetTo(o.to))
            if let rule = o.rule { c.add(.yearlyRule(rule)) }
            vtz.add(c)
        }
        return vtz
    }

    /// One observance per change, after one from local midnight of the first day.
    static func listed(_ zone: Zone, changes: [Instant], midnight: LocalDateTime, atStart: Instant) -> [Observance] {
        let initial = zone.offset(at: atStart)
        var result = [
            Observance(
                daylight: zone.isDaylightSaving(at: atStart), start: midnight, from: initial, to: initial, rule: nil)
        ]
        for change in changes where change.seconds > atStart.seconds {
            let before = zone.offset(at: Instant(seconds: change.seconds - 1))
            let after = zone.offset(at: change)
            result.append(
                Observance(
                    daylight: zone.isDaylightSaving(at: change),
                    start: LocalDateTime(naiveSeconds: change.seconds + Int64(before)), from: before, to: after,
                    rule: nil))
        }
        return result
    }

    /// One STANDARD and one DAYLIGHT observance with their RRULE, when the zone changes twice a year in every
    /// year of the span by one fixed rule each; nil otherwise.
    static func rules(_ zone: Zone, changes: [Instant], years: ClosedRange<Int>, atMidnight: Instant) -> [Observance]? {
        struct Key: Hashable {
            var from: Int
            var to: Int
        }
        struct When: Hashable {
            var month: Int
            var week: Int  // 1…4, or -1 for the last
            var weekday: Int  // 0 = Sunday
            var time: LocalTime
            var second: Int
        }
        var byKey: [Key: [(year: Int, when: When, last: Bool, local: LocalDateTime, daylight: Bool)]] = [:]
        for change in changes {
            let before = zone.offset(at: Instant(seconds: change.seconds - 1))
            let after = zone.offset(at: change)
            let local = LocalDateTime(naiveSeconds: change.seconds + Int64(before))
            guard years.contains(local.date.year) else { continue }
            let day = local.date.day
            let weekday = ((local.date.daysSinceEpoch % 7) + 11) % 7
            let last = day + 7 > LocalDate.daysIn(month: local.date.month, year: local.date.year)
            let when = When(
                month: local.date.month, week: (day - 1) / 7 + 1, weekday: weekday, time: local.time,
                second: local.second)
            byKey[Key(from: before, to: after), default: []].append(
                (local.date.year, when, last, local, zone.isDaylightSaving(at: change)))
        }
        guard byKey.count == 2 else { return nil }
        var result: [Observance] = []
        for (key, list) in byKey {
            guard list.count == years.count, Set(list.map(\.year)) == Set(years) else { return nil }
            let first = list[0].when
            let sameDay = list.allSatisfy {
                $0.when.month == first.month && $0.when.weekday == first.weekday && $0.when.time == first.time
                    && $0.when.second == first.second
            }
            guard sameDay, list.allSatisfy({ $0.daylight == list[0].daylight }) else { return nil }
            let week: Int
            if list.allSatisfy(\.last) {
                week = -1
            } else if list.allSatisfy({ $0.when.week == first.week }), first.week <= 4 {
                week = first.week
            } else {
                return nil
            }
            let days = ["SU", "MO", "TU", "WE", "TH", "FR", "SA"]
            // The first occurrence: the rule's day in the year before the span, so that 1 January is covered.
            let year = years.lowerBound - 1
            guard let date = occurrence(year: year, month: first.month, week: week, weekday: first.weekday) else {
                return nil
            }
            result.append(
                Observance(
                    daylight: list[0].daylight,
                    start: LocalDateTime(date: date, time: first.time, second: first.second),
                    from: key.from, to: key.to,
                    rule: "FREQ=YEARLY;BYMONTH=\(first.month);BYDAY=\(week)\(days[first.weekday])"))
        }
        guard result[0].daylight != result[1].daylight else { return nil }
        // The observance in force at local midnight of 1 January must be the one the rules say.
        let lastInYear = result.max { a, b in
            (a.start.date.month, a.start.date.day) < (b.start.date.month, b.start.date.day)
        }
        guard lastInYear?.to == zone.offset(at: atMidnight) else { return nil }
        return result.sorted { a, _ in !a.daylight }
    }

    /// The `week`th (or last, -1) `weekday` of `month` in `year`.
    static func occurrence(year: Int, month: Int, week: Int, weekday: Int) -> LocalDate? {
        let first = LocalDate(year: year, month: month, day: 1)
        let firstWeekday = ((first.daysSinceEpoch % 7) + 11) % 7
        var day = 1 + (weekday - firstWeekday + 7) % 7
        if week > 0 {
            day += 7 * (week - 1)
        } else {
            while day + 7 <= LocalDate.daysIn(month: month, year: year) { day += 7 }
        }
        guard day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        return LocalDate(year: year, month: month, day: day)
    }

    deinit {
        let p = pointer
        LibICal.locked { icaltimezone_free(p, 1) }
    }

    /// A copy of the VTIMEZONE, for a calendar to own.
    public func vtimezoneComponent() -> ICalComponent { vtimezone.clone() }

    /// The libical time of an instant, as a wall time in this zone.
    func time(_ instant: Instant) -> icaltimetype {
        // libical converts the fields but leaves the time marked UTC: mark it with this zone.
        var t = icaltime_from_timet_with_zone(time_t(instant.seconds), 0, pointer)
        t.zone = pointer
        return t
    }
}
