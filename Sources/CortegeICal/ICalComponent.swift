internal import CLibical
import CortegeCore
import Foundation

/// A libical component tree, owned by Swift.
///
/// The root of a tree frees it in `deinit`. A component taken from inside a tree (a child) keeps its root
/// alive and frees nothing. Adding a component to a parent hands the parent the ownership, as libical
/// does. The C pointer never leaves this module.
public final class ICalComponent {
    let pointer: OpaquePointer
    /// The component that owns the tree this one lives in; nil while this component owns itself.
    private var owner: ICalComponent?
    /// Whether `deinit` frees the tree.
    private var ownsTree: Bool

    /// Takes ownership of a tree root libical just returned.
    init(owning pointer: OpaquePointer) {
        self.pointer = pointer
        self.owner = nil
        self.ownsTree = true
    }

    /// A view of a component inside `owner`'s tree.
    init(borrowing pointer: OpaquePointer, in owner: ICalComponent) {
        self.pointer = pointer
        self.owner = owner
        self.ownsTree = false
    }

    deinit {
        if ownsTree {
            let p = pointer
            LibICal.locked { icalcomponent_free(p) }
        }
    }

    /// A new, empty component of `kind`.
    public convenience init(kind: Kind) {
        let p = LibICal.locked { icalcomponent_new(kind.cValue) }
        // icalcomponent_new fails only when malloc does.
        guard let p else { preconditionFailure("libical could not allocate a component") }
        self.init(owning: p)
    }

    /// Parses iCalendar text; nil when the text holds no component at all (empty, truncated, not iCalendar).
    public static func parse(_ text: String) -> ICalComponent? {
        LibICal.locked {
            icalerror_clear_errno()
            let root = text.withCString { icalparser_parse_string($0) }
            return root.map { ICalComponent(owning: $0) }
        }
    }

    /// A deep copy, owned by the caller.
    public func clone() -> ICalComponent {
        let p = LibICal.locked { icalcomponent_new_clone(pointer) }
        guard let p else { preconditionFailure("libical could not clone a component") }
        return ICalComponent(owning: p)
    }

    public var kind: Kind { Kind(LibICal.locked { icalcomponent_isa(pointer) }) }

    /// The direct children of `kind` (all of them for `.any`), in order.
    public func children(_ kind: Kind = .any) -> [ICalComponent] {
        LibICal.locked {
            var result: [ICalComponent] = []
            var c = icalcomponent_get_first_component(pointer, kind.cValue)
            while let child = c {
                result.append(ICalComponent(borrowing: child, in: owner ?? self))
                c = icalcomponent_get_next_component(pointer, kind.cValue)
            }
            return result
        }
    }

    /// Adds `child` under this component; the tree takes ownership of it.
    ///
    /// - Precondition: `child` is a root (not already inside a tree).
    public func add(_ child: ICalComponent) {
        precondition(child.ownsTree, "a component can be added to one parent only")
        LibICal.locked { icalcomponent_add_component(pointer, child.pointer) }
        child.ownsTree = false
        child.owner = owner ?? self
    }

    /// After libical removed this component from its parent: the handle owns the tree again.
    func detach() {
        ownsTree = true
        owner = nil
    }

    /// The DTSTART as an instant: UTC, or its TZID through the enclosing VTIMEZONEs or libical's built-ins.
    /// Nil for floating and date values, and when the zone is unknown.
    public var startInstant: Instant? {
        LibICal.locked {
            guard let prop = icalcomponent_get_first_property(pointer, ICAL_DTSTART_PROPERTY) else { return nil }
            var t = icalproperty_get_dtstart(prop)
            guard t.is_date == 0, icaltime_is_null_time(t) == 0 else { return nil }
            var zone: OpaquePointer? = icaltime_is_utc(t) != 0 ? icaltimezone_get_utc_timezone() : nil
            if zone == nil, let param = icalproperty_get_first_parameter(prop, ICAL_TZID_PARAMETER),
                let tzid = icalparameter_get_tzid(param)
            {
                var c: OpaquePointer? = pointer
                while let comp = c, zone == nil {
                    zone = icalcomponent_get_timezone(comp, tzid)
                    c = icalcomponent_get_parent(comp)
                }
                if zone == nil { zone = icaltimezone_get_builtin_timezone(tzid) }
            }
            guard let zone else { return nil }
            t.zone = zone
            return Instant(seconds: Int64(icaltime_as_timet_with_zone(t, zone)))
        }
    }

    /// The text libical writes for this component (CRLF line ends, folded at 75 octets).
    ///
    /// libical folds a content line whose last fold is exactly 73 octets long (a long UID without spaces) inside
    /// its line end: `…a\r` `\r\n ` `\n` instead of `…a\r\n`, a bare LF that readers take for a broken line.
    /// That one sequence (a CR never precedes a CR in a well-formed file) is put back to the CRLF libical meant.
    public func serialized() -> String {
        LibICal.locked {
            guard let text = icalcomponent_as_ical_string_r(pointer) else { return "" }
            defer { free(text) }
            return String(cString: text).replacingOccurrences(of: "\r\r\n \n", with: "\r\n")
        }
    }

    /// Removes every X-LIC-ERROR property libical inserted while parsing.
    public func stripErrors() {
        LibICal.locked { icalcomponent_strip_errors(pointer) }
    }

    /// The component kinds Cortège uses.
    public struct Kind: Hashable, Sendable {
        private let raw: UInt32
        init(_ c: icalcomponent_kind) { raw = c.rawValue }
        var cValue: icalcomponent_kind { icalcomponent_kind(rawValue: raw) }

        public static let any = Kind(ICAL_ANY_COMPONENT)
        public static let xroot = Kind(ICAL_XROOT_COMPONENT)
        public static let calendar = Kind(ICAL_VCALENDAR_COMPONENT)
        public static let event = Kind(ICAL_VEVENT_COMPONENT)
        public static let timezone = Kind(ICAL_VTIMEZONE_COMPONENT)
        public static let alarm = Kind(ICAL_VALARM_COMPONENT)
        public static let standard = Kind(ICAL_XSTANDARD_COMPONENT)
        public static let daylight = Kind(ICAL_XDAYLIGHT_COMPONENT)
    }
}

extension ICalComponent {
    /// What libical's `icalrestriction_check` finds in this calendar (a copy of it): the RFC 5545 and
    /// RFC 5546 rules on how often each property may appear in each component, for the calendar's METHOD
    /// (`ORGANIZER` once per VEVENT under `METHOD:PUBLISH`, …). One text per finding; none for a calendar that
    /// passes. A component that is not a VCALENDAR gives libical's own finding.
    public func restrictionFindings() -> [String] {
        LibICal.locked {
            guard let copy = icalcomponent_new_clone(pointer) else { return ["libical could not copy the calendar"] }
            defer { icalcomponent_free(copy) }
            icalcomponent_strip_errors(copy)
            icalerror_clear_errno()
            let passed = icalrestriction_check(copy) != 0
            var found: [String] = []
            func collect(_ c: OpaquePointer) {
                var p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY)
                while let property = p {
                    found.append(icalproperty_get_xlicerror(property).map { String(cString: $0) } ?? "")
                    p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY)
                }
                var child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT)
                while let component = child {
                    collect(component)
                    child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT)
                }
            }
            collect(copy)
            if !passed && found.isEmpty { found.append("icalrestriction_check failed without saying where") }
            return found
        }
    }
}
