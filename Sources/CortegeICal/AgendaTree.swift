internal import CLibical
import CortegeCore

/// A parsed agenda: libical's component tree, owned (freed when the tree goes away), read as Swift values.
///
/// The agenda reader's only door to libical, in the way GRDB wraps a SQLite statement: the tree owns its root,
/// a recurrence iterator owns its iterator, and what they hand out (``Event``, ``Time``, ``Duration``,
/// ``ZoneRef``, ``RecurrenceRule``) are small values that read libical's data without owning it. Those
/// views live only while the tree does, and are used only by the thread that parsed the tree, inside
/// ``LibICal/concurrent(_:)``: the calls that are not safe from several threads (built-in zones by name,
/// ``SharedZones``) take the libical lock themselves (docs/agendas.md).
///
/// Nothing here allocates per property: an event is read in one walk over its property list, and times,
/// durations and zones are plain structs around libical's own.
struct AgendaTree: ~Copyable {
    private let root: OpaquePointer

    /// Parses `text`; nil when it holds no component at all (empty, truncated, not iCalendar).
    init?(parsing text: String) {
        icalerror_clear_errno()
        guard let root = text.withCString({ icalparser_parse_string($0) }) else { return nil }
        self.root = root
    }

    deinit {
        icalcomponent_free(root)
    }

    /// Whether libical rejected any line (left an X-LIC-ERROR property somewhere in the tree).
    var hasRejectedLines: Bool { icalcomponent_count_errors(root) > 0 }

    /// The root component, to walk the tree from.
    var top: Node { Node(component: root) }

    /// One component of the tree (a view: valid while the tree lives).
    struct Node {
        fileprivate let component: OpaquePointer

        var isEvent: Bool { icalcomponent_isa(component) == ICAL_VEVENT_COMPONENT }

        /// The direct children, in order.
        var children: [Node] {
            var result: [Node] = []
            var c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
            while let child = c {
                result.append(Node(component: child))
                c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
            }
            return result
        }

        /// The UID, if any.
        var uid: String? { icalcomponent_get_uid(component).map { String(cString: $0) } }

        /// The messages of the X-LIC-ERROR properties libical left in this component (not its children).
        var rejectedLines: [String] {
            var messages: [String] = []
            var p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
            while let prop = p {
                messages.append(icalproperty_get_xlicerror(prop).map { String(cString: $0) } ?? "rejected line")
                p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
            }
            return messages
        }

        /// This component read as an event (one walk over its properties).
        var event: Event { Event(of: component) }
    }

    /// What the agenda reader uses of one VEVENT, found in one walk over its property list (the first of
    /// each kind, every RRULE, RDATE and EXDATE).
    struct Event {
        fileprivate let component: OpaquePointer
        private(set) var uid: String?
        private(set) var isCancelled = false
        private(set) var transparency: Transparency?
        private(set) var start: PropertyTime?
        private(set) var end: PropertyTime?
        private(set) var duration: Duration?
        private(set) var recurrenceID: PropertyTime?
        /// libical rejected a line of this event (an X-LIC-ERROR property in it).
        private(set) var hasRejectedLine = false
        private(set) var rrules: [RecurrenceRule] = []
        private(set) var rdates: [PropertyTime] = []
        private(set) var exdates: [PropertyTime] = []
        private var summaryProperty: OpaquePointer?

        enum Transparency { case opaque, transparent, other }

        fileprivate init(of component: OpaquePointer) {
            self.component = component
            var p = icalcomponent_get_first_property(component, ICAL_ANY_PROPERTY)
            while let prop = p {
                switch icalproperty_isa(prop) {
                case ICAL_UID_PROPERTY:
                    if uid == nil { uid = icalproperty_get_uid(prop).map { String(cString: $0) } }
                case ICAL_SUMMARY_PROPERTY: if summaryProperty == nil { summaryProperty = prop }
                case ICAL_STATUS_PROPERTY:
                    // The first STATUS decides (as libical's getter would).
                    if !seenStatus {
                        seenStatus = true
                        isCancelled = icalproperty_get_status(prop) == ICAL_STATUS_CANCELLED
                    }
                case ICAL_TRANSP_PROPERTY:
                    if transparency == nil {
                        let t = icalproperty_get_transp(prop)
                        transparency =
                            t == ICAL_TRANSP_OPAQUE ? .opaque : t == ICAL_TRANSP_TRANSPARENT ? .transparent : .other
                    }
                case ICAL_DTSTART_PROPERTY:
                    if start == nil { start = PropertyTime(Time(icalproperty_get_dtstart(prop)), of: prop) }
                case ICAL_DTEND_PROPERTY:
                    if end == nil { end = PropertyTime(Time(icalproperty_get_dtend(prop)), of: prop) }
                case ICAL_DURATION_PROPERTY:
                    if duration == nil { duration = Duration(value: icalproperty_get_duration(prop)) }
                case ICAL_RECURRENCEID_PROPERTY:
                    if recurrenceID == nil {
                        recurrenceID = PropertyTime(Time(icalproperty_get_recurrenceid(prop)), of: prop)
                    }
                case ICAL_XLICERROR_PROPERTY: hasRejectedLine = true
                case ICAL_RRULE_PROPERTY: rrules.append(RecurrenceRule(property: prop))
                case ICAL_RDATE_PROPERTY:
                    let r = icalproperty_get_rdate(prop)
                    let t = icaltime_is_null_time(r.time) == 0 ? r.time : r.period.start
                    rdates.append(PropertyTime(Time(t), of: prop))
                case ICAL_EXDATE_PROPERTY: exdates.append(PropertyTime(Time(icalproperty_get_exdate(prop)), of: prop))
                default: break
                }
                p = icalcomponent_get_next_property(component, ICAL_ANY_PROPERTY)
            }
        }

        private var seenStatus = false

        /// The SUMMARY ("" when there is none).
        var summary: String {
            summaryProperty.flatMap { icalproperty_get_summary($0) }.map { String(cString: $0) } ?? ""
        }

        /// The component the event sits in (its calendar), which the VTIMEZONEs it may use are looked up from.
        var scope: Scope { Scope(parent: icalcomponent_get_parent(component)) }

        /// The zone a VTIMEZONE of this event's file defines under `tzid` (looked up from the event outwards),
        /// with the number of VTIMEZONE components of the component it was found in.
        func definedZone(_ tzid: String) -> (zone: ZoneRef, siblings: Int)? {
            var c: OpaquePointer? = component
            while let comp = c {
                if let zone = tzid.withCString({ icalcomponent_get_timezone(comp, $0) }) {
                    return (ZoneRef(zone), Int(icalcomponent_count_components(comp, ICAL_VTIMEZONE_COMPONENT)))
                }
                c = icalcomponent_get_parent(comp)
            }
            return nil
        }
    }

    /// The identity of the component an event sits in (see ``Event/scope``), valid while the tree lives.
    struct Scope: Hashable {
        fileprivate let parent: OpaquePointer?
    }

    /// A time read from a property, with the TZID parameter it carried.
    struct PropertyTime {
        var time: Time
        var tzid: String?

        fileprivate init(_ time: Time, of property: OpaquePointer) {
            self.time = time
            // Only a time with a wall clock in some zone names one; skip the lookup for dates and UTC.
            if time.isDate || time.isUTC {
                tzid = nil
            } else if let param = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
                let text = icalparameter_get_tzid(param)
            {
                tzid = String(cString: text)
            } else {
                tzid = nil
            }
        }
    }
}

extension AgendaTree {
    /// A libical date or date-time value (the fields as written, plus the zone libical attached, if any).
    struct Time {
        fileprivate var value: icaltimetype

        fileprivate init(_ value: icaltimetype) { self.value = value }

        var isDate: Bool { value.is_date != 0 }
        var isUTC: Bool { icaltime_is_utc(value) != 0 }
        /// libical's null time: no value, or the end of a recurrence.
        var isNull: Bool { icaltime_is_null_time(value) != 0 }
        var isValid: Bool { icaltime_is_valid_time(value) != 0 }
        /// The zone libical attached to the value while parsing, if any.
        var attachedZone: ZoneRef? { value.zone.map(ZoneRef.init) }

        var year: Int { Int(value.year) }
        var month: Int { Int(value.month) }
        var day: Int { Int(value.day) }
        var hour: Int { Int(value.hour) }
        var minute: Int { Int(value.minute) }
        var second: Int { Int(value.second) }

        /// The fields read in `zone` (libical ignores the value's own zone here, so it is set to `zone` too).
        func instant(in zone: ZoneRef) -> Instant {
            var t = value
            t.zone = zone.pointer
            return Instant(seconds: Int64(icaltime_as_timet_with_zone(t, zone.pointer)))
        }

        /// The same fields marked as being in `zone` (what libical's recurrence iterator compares with UNTIL).
        func marked(_ zone: ZoneRef) -> Time {
            var t = value
            t.zone = zone.pointer
            return Time(t)
        }

        /// The time `duration` later, by libical's nominal arithmetic (a day is a calendar day).
        func adding(_ duration: Duration) -> Time { Time(icaltime_add(value, duration.value)) }
    }

    /// A libical duration.
    struct Duration {
        fileprivate var value: icaldurationtype

        fileprivate init(value: icaldurationtype) { self.value = value }

        static var oneDay: Duration {
            var d = icaldurationtype_null_duration()
            d.days = 1
            return Duration(value: d)
        }

        var isNegative: Bool { value.is_neg != 0 }
        var seconds: Int64 { Int64(icaldurationtype_as_int(value)) }
    }

    /// A libical time zone, borrowed: owned by a tree, by libical's table of built-in zones, or by
    /// ``SharedZones``; valid while its owner is.
    struct ZoneRef: Equatable {
        fileprivate let pointer: OpaquePointer

        fileprivate init(_ pointer: OpaquePointer) { self.pointer = pointer }

        static var utc: ZoneRef? { icaltimezone_get_utc_timezone().map(ZoneRef.init) }

        /// libical's built-in zone of an IANA name (UTC for "UTC", "Etc/UTC" and "GMT").
        static func builtin(_ location: String) -> ZoneRef? {
            guard !location.isEmpty, location.utf8.count < 200 else { return nil }
            if location == "UTC" || location == "Etc/UTC" || location == "GMT" { return utc }
            // May append to libical's zone table: serialised.
            return LibICal.locked { location.withCString { icaltimezone_get_builtin_timezone($0) } }.map(ZoneRef.init)
        }

        /// libical's built-in zone for a TZID with libical's own prefix.
        static func builtin(tzid: String) -> ZoneRef? {
            LibICal.locked { tzid.withCString { icaltimezone_get_builtin_timezone_from_tzid($0) } }.map(ZoneRef.init)
        }

        /// The zone shared by every file with the same definition as this one (see ``SharedZones``), recognised
        /// by `key` (``SharedZones/key(tzid:blocks:)``), else by libical's writing of the definition; this zone
        /// itself when it cannot be shared.
        func shared(key: SharedZones.Key?) -> ZoneRef {
            guard let definition = icaltimezone_get_component(pointer),
                let key = key ?? SharedZones.key(for: definition),
                let shared = LibICal.locked({ SharedZones.shared.zone(for: definition, key: key) })
            else { return self }
            return ZoneRef(shared)
        }
    }

    /// A RRULE of an event (a view of its property).
    struct RecurrenceRule {
        fileprivate let property: OpaquePointer

        /// An iterator over the rule's occurrences from `start` (a DTSTART carrying its zone); nil when libical
        /// cannot expand the rule.
        func occurrences(from start: Time) -> RecurrenceIterator? {
            let rule = icalproperty_get_rrule(property)
            guard rule.freq != ICAL_NO_RECURRENCE, let iterator = icalrecur_iterator_new(rule, start.value) else {
                return nil
            }
            return RecurrenceIterator(iterator)
        }
    }

    /// libical's recurrence iterator, owned (freed when it goes away). Iterators only stop at year 2582: the
    /// caller bounds the loop.
    struct RecurrenceIterator: ~Copyable {
        private let iterator: OpaquePointer

        fileprivate init(_ iterator: OpaquePointer) { self.iterator = iterator }

        deinit {
            icalrecur_iterator_free(iterator)
        }

        /// The next occurrence; nil when the rule has no more.
        mutating func next() -> Time? {
            let t = Time(icalrecur_iterator_next(iterator))
            return t.isNull ? nil : t
        }
    }
}
