internal import CLibical
import CortegeCore
import Foundation

/// A property Cortège writes, as a Swift value. Texts are cleaned (control characters removed) and empty
/// texts are not written at all (libical writes them, but rejects them on reading back).
public enum ICalProperty {
    case version
    case productID(String)
    case calendarScale
    case methodPublish
    /// iTIP requests and cancellations (RFC 5546), for the iMIP parts of `cortege notify`.
    case methodRequest, methodCancel
    /// `NAME` (RFC 7986) and `X-WR-CALNAME`.
    case calendarName(String)
    /// `REFRESH-INTERVAL;VALUE=DURATION` (RFC 7986) and `X-PUBLISHED-TTL`.
    case refreshInterval(minutes: Int)
    case uid(String)
    case dtstamp(Instant)
    case start(Instant, ICalZone)
    case end(Instant, ICalZone)
    case summary(String)
    case location(String)
    case description(String)
    case geo(latitude: Double, longitude: Double)
    /// One category: written as one CATEGORIES property (commas are replaced, they do not survive a round trip).
    case category(String)
    case classification(Classification)
    case status(Status)
    case sequence(Int)
    case relatedTo(String)
    case organizer(uri: String, name: String?)
    case attendee(uri: String, name: String?, role: Role)
    case actionDisplay
    /// A trigger `minutes` before the start of the event.
    case triggerBefore(minutes: Int)
    /// `TZID` of a VTIMEZONE.
    case timezoneID(String)
    /// `DTSTART` of a time zone observance: a local wall time, floating.
    case observanceStart(LocalDateTime)
    /// `TZOFFSETFROM`, in seconds east of UTC.
    case offsetFrom(Int)
    /// `TZOFFSETTO`, in seconds east of UTC.
    case offsetTo(Int)
    /// `RRULE` of a time zone observance (`FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`), parsed by libical.
    case yearlyRule(String)
    /// An X- property of Cortège's own (the export journal), with a plain value: an id, a key, a number.
    case extended(name: String, value: String)

    public enum Classification: Sendable { case publicItem, privateItem, confidential }
    public enum Status: Sendable { case confirmed, tentative, cancelled }
    public enum Role: Sendable { case chair, required, optional, nonParticipant }
}

/// Text as a calendar may carry it: without control characters (tab becomes a space; line breaks stay,
/// libical escapes them).
public func calendarText(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for s in text.unicodeScalars {
        switch s.value {
        case 0x09: scalars.append(" ")
        case 0x0A: scalars.append(s)
        case 0x0D: continue
        case 0x00..<0x20, 0x7F, 0x80..<0xA0: continue
        default: scalars.append(s)
        }
    }
    return String(scalars).trimmingCharacters(in: .whitespacesAndNewlines)
}

extension ICalComponent {
    /// Adds `property` (nothing for an empty text).
    public func add(_ property: ICalProperty) {
        LibICal.locked {
            for p in makeProperties(property) { icalcomponent_add_property(pointer, p) }
        }
    }

    /// Removes every property of the kinds `property` would write (its value does not matter).
    public func removeAll(like property: ICalProperty) {
        LibICal.locked {
            for kind in kinds(of: property) {
                while let p = icalcomponent_get_first_property(pointer, kind) {
                    icalcomponent_remove_property(pointer, p)
                    icalproperty_free(p)
                }
            }
        }
    }

    /// The UID, if any.
    public var uid: String? {
        LibICal.locked { icalcomponent_get_uid(pointer).map { String(cString: $0) } }
    }

    /// The SEQUENCE (0 when absent).
    public var sequence: Int {
        LibICal.locked {
            icalcomponent_get_first_property(pointer, ICAL_SEQUENCE_PROPERTY).map {
                Int(icalproperty_get_sequence($0))
            } ?? 0
        }
    }

    /// The DTSTAMP, if any.
    public var dtstampInstant: Instant? {
        LibICal.locked {
            guard let prop = icalcomponent_get_first_property(pointer, ICAL_DTSTAMP_PROPERTY) else { return nil }
            let t = icalproperty_get_dtstamp(prop)
            guard icaltime_is_null_time(t) == 0 else { return nil }
            return Instant(seconds: Int64(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone())))
        }
    }

    /// The value of the first X- property named `name` (`X-CORTEGE-CALENDAR`), if any.
    public func extendedValue(_ name: String) -> String? {
        LibICal.locked {
            var p = icalcomponent_get_first_property(pointer, ICAL_X_PROPERTY)
            while let property = p {
                if let x = icalproperty_get_x_name(property), String(cString: x).uppercased() == name.uppercased() {
                    return icalproperty_get_value_as_string(property).map { String(cString: $0) }
                }
                p = icalcomponent_get_next_property(pointer, ICAL_X_PROPERTY)
            }
            return nil
        }
    }

    /// The values of every X- property named `name`, in order.
    public func extendedValues(_ name: String) -> [String] {
        LibICal.locked {
            var values: [String] = []
            var p = icalcomponent_get_first_property(pointer, ICAL_X_PROPERTY)
            while let property = p {
                if let x = icalproperty_get_x_name(property), String(cString: x).uppercased() == name.uppercased(),
                    let value = icalproperty_get_value_as_string(property)
                {
                    values.append(String(cString: value))
                }
                p = icalcomponent_get_next_property(pointer, ICAL_X_PROPERTY)
            }
            return values
        }
    }

    /// The NAME (RFC 7986), if any.
    public var calendarName: String? {
        LibICal.locked {
            icalcomponent_get_first_property(pointer, ICAL_NAME_PROPERTY).flatMap { icalproperty_get_name($0) }.map {
                String(cString: $0)
            }
        }
    }

    /// Whether STATUS is CANCELLED.
    public var isCancelled: Bool {
        LibICal.locked {
            icalcomponent_get_first_property(pointer, ICAL_STATUS_PROPERTY).map {
                icalproperty_get_status($0) == ICAL_STATUS_CANCELLED
            } ?? false
        }
    }

    /// The number of X-LIC-ERROR properties in the tree (lines libical rejected while parsing).
    public var errorCount: Int {
        LibICal.locked { Int(icalcomponent_count_errors(pointer)) }
    }

    private func kinds(of property: ICalProperty) -> [icalproperty_kind] {
        switch property {
        case .version: [ICAL_VERSION_PROPERTY]
        case .productID: [ICAL_PRODID_PROPERTY]
        case .calendarScale: [ICAL_CALSCALE_PROPERTY]
        case .methodPublish, .methodRequest, .methodCancel: [ICAL_METHOD_PROPERTY]
        case .calendarName: [ICAL_NAME_PROPERTY, ICAL_X_PROPERTY]
        case .refreshInterval: [ICAL_REFRESHINTERVAL_PROPERTY, ICAL_X_PROPERTY]
        case .uid: [ICAL_UID_PROPERTY]
        case .dtstamp: [ICAL_DTSTAMP_PROPERTY]
        case .start: [ICAL_DTSTART_PROPERTY]
        case .end: [ICAL_DTEND_PROPERTY]
        case .summary: [ICAL_SUMMARY_PROPERTY]
        case .location: [ICAL_LOCATION_PROPERTY]
        case .description: [ICAL_DESCRIPTION_PROPERTY]
        case .geo: [ICAL_GEO_PROPERTY]
        case .category: [ICAL_CATEGORIES_PROPERTY]
        case .classification: [ICAL_CLASS_PROPERTY]
        case .status: [ICAL_STATUS_PROPERTY]
        case .sequence: [ICAL_SEQUENCE_PROPERTY]
        case .relatedTo: [ICAL_RELATEDTO_PROPERTY]
        case .organizer: [ICAL_ORGANIZER_PROPERTY]
        case .attendee: [ICAL_ATTENDEE_PROPERTY]
        case .actionDisplay: [ICAL_ACTION_PROPERTY]
        case .triggerBefore: [ICAL_TRIGGER_PROPERTY]
        case .extended: [ICAL_X_PROPERTY]
        case .timezoneID: [ICAL_TZID_PROPERTY]
        case .observanceStart: [ICAL_DTSTART_PROPERTY]
        case .offsetFrom: [ICAL_TZOFFSETFROM_PROPERTY]
        case .offsetTo: [ICAL_TZOFFSETTO_PROPERTY]
        case .yearlyRule: [ICAL_RRULE_PROPERTY]
        }
    }

    /// The libical properties for one Swift property; the caller adds them (and so hands them over).
    private func makeProperties(_ property: ICalProperty) -> [OpaquePointer] {
        func text(_ value: String, _ make: (UnsafePointer<CChar>) -> OpaquePointer?) -> [OpaquePointer] {
            let cleaned = calendarText(value)
            guard !cleaned.isEmpty else { return [] }
            return cleaned.withCString { make($0) }.map { [$0] } ?? []
        }
        func x(_ name: String, _ value: String) -> OpaquePointer? {
            guard let p = value.withCString({ icalproperty_new_x($0) }) else { return nil }
            name.withCString { icalproperty_set_x_name(p, $0) }
            return p
        }
        /// An X- property of TEXT value, escaped (`\,`, `\;`, `\n`, `\\`) by libical's TEXT writer: libical 3.0 writes
        /// the value of an X- property as it is, without escaping commas and semicolons. The escaped text is then
        /// carried as a raw string value, with `VALUE=TEXT` saying what it is.
        func xText(_ name: String, _ value: String) -> OpaquePointer? {
            guard let textValue = value.withCString({ icalvalue_new_text($0) }) else { return nil }
            defer { icalvalue_free(textValue) }
            guard let escaped = icalvalue_as_ical_string_r(textValue) else { return nil }
            defer { free(escaped) }
            guard let raw = icalvalue_new_string(escaped) else { return nil }
            guard let p = icalproperty_new(ICAL_X_PROPERTY) else {
                icalvalue_free(raw)
                return nil
            }
            name.withCString { icalproperty_set_x_name(p, $0) }
            icalproperty_set_value(p, raw)
            icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_TEXT))
            return p
        }
        func zoned(_ t: icaltimetype, _ zone: ICalZone, _ make: (icaltimetype) -> OpaquePointer?) -> [OpaquePointer] {
            guard let p = make(t) else { return [] }
            zone.identifier.withCString { icalproperty_add_parameter(p, icalparameter_new_tzid($0)) }
            return [p]
        }
        /// A time in `zone`, except the second reading of a repeated hour (the day clocks go back): a TZID time
        /// there means the first reading (RFC 5545 §3.3.5), so that instant is written in UTC.
        func zonedOrUTC(_ instant: Instant, _ zone: ICalZone, _ make: (icaltimetype) -> OpaquePointer?)
            -> [OpaquePointer]
        {
            if let tz = Zone(zone.identifier), case .repeated(let earlier, _) = tz.resolve(tz.local(instant)),
                earlier != instant
            {
                let t = icaltime_from_timet_with_zone(time_t(instant.seconds), 0, icaltimezone_get_utc_timezone())
                return [make(t)].compactMap { $0 }
            }
            return zoned(zone.time(instant), zone, make)
        }
        switch property {
        case .version: return text("2.0") { icalproperty_new_version($0) }
        case .productID(let v): return text(v) { icalproperty_new_prodid($0) }
        case .calendarScale: return text("GREGORIAN") { icalproperty_new_calscale($0) }
        case .methodPublish: return [icalproperty_new_method(ICAL_METHOD_PUBLISH)].compactMap { $0 }
        case .methodRequest: return [icalproperty_new_method(ICAL_METHOD_REQUEST)].compactMap { $0 }
        case .methodCancel: return [icalproperty_new_method(ICAL_METHOD_CANCEL)].compactMap { $0 }
        case .calendarName(let v):
            let cleaned = calendarText(v)
            guard !cleaned.isEmpty else { return [] }
            return (text(cleaned) { icalproperty_new_name($0) } + [xText("X-WR-CALNAME", cleaned)].compactMap { $0 })
        case .refreshInterval(let minutes):
            var d = icaldurationtype_null_duration()
            let m = max(1, minutes)
            if m % (24 * 60) == 0 {
                d.days = UInt32(m / (24 * 60))
            } else {
                d.hours = UInt32(m / 60)
                d.minutes = UInt32(m % 60)
            }
            guard let p = icalproperty_new_refreshinterval(d) else { return [] }
            icalproperty_add_parameter(p, icalparameter_new_value(ICAL_VALUE_DURATION))
            guard let raw = icaldurationtype_as_ical_string_r(d) else { return [p] }
            defer { free(raw) }
            return [p] + [x("X-PUBLISHED-TTL", String(cString: raw))].compactMap { $0 }
        case .uid(let v): return text(v) { icalproperty_new_uid($0) }
        case .dtstamp(let i):
            return [
                icalproperty_new_dtstamp(
                    icaltime_from_timet_with_zone(time_t(i.seconds), 0, icaltimezone_get_utc_timezone()))
            ].compactMap { $0 }
        case .start(let i, let zone): return zonedOrUTC(i, zone) { icalproperty_new_dtstart($0) }
        case .end(let i, let zone): return zonedOrUTC(i, zone) { icalproperty_new_dtend($0) }
        case .summary(let v): return text(v) { icalproperty_new_summary($0) }
        case .location(let v): return text(v) { icalproperty_new_location($0) }
        case .description(let v): return text(v) { icalproperty_new_description($0) }
        case .geo(let lat, let lon):
            guard lat.isFinite, lon.isFinite else { return [] }
            return [icalproperty_new_geo(icalgeotype(lat: lat, lon: lon))].compactMap { $0 }
        case .category(let v):
            let name = calendarText(v).replacingOccurrences(of: ",", with: " ")
            return text(name) { icalproperty_new_categories($0) }
        case .classification(let c):
            let v: icalproperty_class =
                switch c {
                case .publicItem: ICAL_CLASS_PUBLIC
                case .privateItem: ICAL_CLASS_PRIVATE
                case .confidential: ICAL_CLASS_CONFIDENTIAL
                }
            return [icalproperty_new_class(v)].compactMap { $0 }
        case .status(let s):
            let v: icalproperty_status =
                switch s {
                case .confirmed: ICAL_STATUS_CONFIRMED
                case .tentative: ICAL_STATUS_TENTATIVE
                case .cancelled: ICAL_STATUS_CANCELLED
                }
            return [icalproperty_new_status(v)].compactMap { $0 }
        case .sequence(let n): return [icalproperty_new_sequence(Int32(clamping: n))].compactMap { $0 }
        case .relatedTo(let v): return text(v) { icalproperty_new_relatedto($0) }
        case .organizer(let uri, let name):
            let made = text(uri) { icalproperty_new_organizer($0) }
            if let p = made.first, let name, !calendarText(name).isEmpty {
                calendarText(name).withCString { icalproperty_add_parameter(p, icalparameter_new_cn($0)) }
            }
            return made
        case .attendee(let uri, let name, let role):
            let made = text(uri) { icalproperty_new_attendee($0) }
            if let p = made.first {
                if let name, !calendarText(name).isEmpty {
                    calendarText(name).withCString { icalproperty_add_parameter(p, icalparameter_new_cn($0)) }
                }
                let r: icalparameter_role =
                    switch role {
                    case .chair: ICAL_ROLE_CHAIR
                    case .required: ICAL_ROLE_REQPARTICIPANT
                    case .optional: ICAL_ROLE_OPTPARTICIPANT
                    case .nonParticipant: ICAL_ROLE_NONPARTICIPANT
                    }
                icalproperty_add_parameter(p, icalparameter_new_role(r))
            }
            return made
        case .actionDisplay: return [icalproperty_new_action(ICAL_ACTION_DISPLAY)].compactMap { $0 }
        case .triggerBefore(let minutes):
            var trigger = icaltriggertype(time: icaltime_null_time(), duration: icaldurationtype_null_duration())
            trigger.duration.is_neg = 1
            trigger.duration.minutes = UInt32(max(0, minutes))
            return [icalproperty_new_trigger(trigger)].compactMap { $0 }
        case .timezoneID(let v): return text(v) { icalproperty_new_tzid($0) }
        case .observanceStart(let local):
            var t = icaltime_null_time()
            t.year = Int32(local.date.year)
            t.month = Int32(local.date.month)
            t.day = Int32(local.date.day)
            t.hour = Int32(local.time.hour)
            t.minute = Int32(local.time.minute)
            t.second = Int32(local.second)
            return [icalproperty_new_dtstart(t)].compactMap { $0 }
        case .offsetFrom(let seconds): return [icalproperty_new_tzoffsetfrom(Int32(seconds))].compactMap { $0 }
        case .offsetTo(let seconds): return [icalproperty_new_tzoffsetto(Int32(seconds))].compactMap { $0 }
        case .yearlyRule(let rule):
            let recurrence = rule.withCString { icalrecurrencetype_from_string($0) }
            guard recurrence.freq != ICAL_NO_RECURRENCE else { return [] }
            return [icalproperty_new_rrule(recurrence)].compactMap { $0 }
        case .extended(let name, let value):
            let cleaned = calendarText(value)
            guard !cleaned.isEmpty else { return [] }
            return [x(name, cleaned)].compactMap { $0 }
        }
    }
}
