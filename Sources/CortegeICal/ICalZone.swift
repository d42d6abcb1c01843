internal import CLibical
import CortegeCore
import Foundation

/// A time zone for writing: libical's built-in definition of an IANA zone, with the plain IANA name as TZID
/// and its history truncated to start at a given year (docs/ical-export.md).
///
/// Owns its `icaltimezone` (freed in `deinit`) and the truncated VTIMEZONE it was built from.
public final class ICalZone {
    /// The IANA name, written as the TZID.
    public let identifier: String
    let pointer: OpaquePointer
    /// The truncated VTIMEZONE; calendars get a clone of it.
    private let vtimezone: ICalComponent

    /// The zone `identifier`, with a VTIMEZONE that starts on 1 January of `fromYear`.
    ///
    /// - Throws: the ``ICalError`` libical reported at the call that failed: ``ICalError/Code/file`` when it
    ///   has no definition of the zone (no tzdata file of that name).
    public init(_ identifier: String, fromYear: Int) throws(ICalError) {
        let built: (OpaquePointer, ICalComponent) = try LibICal.locked { () throws(ICalError) in
            let context = "libical has no definition of the time zone \(identifier)"
            guard !identifier.isEmpty else { throw ICalError(context) }
            let builtin = try LibICal.checked(context) {
                identifier.withCString { icaltimezone_get_builtin_timezone($0) }
            }
            let original = try LibICal.checked(context) { icaltimezone_get_component(builtin) }
            let copy = try LibICal.checked(context) { icalcomponent_new_clone(original) }
            let vtz = ICalComponent(owning: copy)
            var start = icaltime_null_time()
            start.year = Int32(fromYear)
            start.month = 1
            start.day = 1
            icaltimezone_truncate_vtimezone(copy, start, icaltime_null_time(), 0)
            if let tzid = icalcomponent_get_first_property(copy, ICAL_TZID_PROPERTY) {
                identifier.withCString { icalproperty_set_tzid(tzid, $0) }
            }
            while let x = icalcomponent_get_first_property(copy, ICAL_X_PROPERTY) {
                icalcomponent_remove_property(copy, x)
                icalproperty_free(x)
            }
            let zoneContext = "libical cannot build the time zone \(identifier)"
            let zone = try LibICal.checked(zoneContext) { icaltimezone_new() }
            guard let definition = icalcomponent_new_clone(copy) else {
                let error = ICalError.current(zoneContext)
                icaltimezone_free(zone, 1)
                throw error
            }
            icalerror_clear_errno()
            if icaltimezone_set_component(zone, definition) == 0 {
                let error = ICalError.current(zoneContext)
                icalcomponent_free(definition)
                icaltimezone_free(zone, 1)
                throw error
            }
            return (zone, vtz)
        }
        self.identifier = identifier
        self.pointer = built.0
        self.vtimezone = built.1
    }

    /// The zone `zone`, with a VTIMEZONE that starts on 1 January of `fromYear`.
    public convenience init(_ zone: Zone, fromYear: Int) throws(ICalError) {
        try self.init(zone.identifier, fromYear: fromYear)
    }

    deinit {
        let p = pointer
        LibICal.locked { icaltimezone_free(p, 1) }
    }

    /// A copy of the truncated VTIMEZONE, for a calendar to own.
    public func vtimezoneComponent() -> ICalComponent { vtimezone.clone() }

    /// The libical time of an instant, as a wall time in this zone.
    func time(_ instant: Instant) -> icaltimetype {
        // libical converts the fields but leaves the time marked UTC: mark it with this zone.
        var t = icaltime_from_timet_with_zone(time_t(instant.seconds), 0, pointer)
        t.zone = pointer
        return t
    }
}
