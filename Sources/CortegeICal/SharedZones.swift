internal import CLibical
import Foundation

/// VTIMEZONE definitions met in earlier files, each turned once into a libical zone that outlives its file.
///
/// Calendar programs write the same VTIMEZONE into every file they export. libical works out a zone's
/// transitions (from the definition's first DTSTART, often 1970, to a few years ahead) the first time a time
/// is converted with it, and forgets them when the file's tree is freed: with one file per person, that work
/// was done again for every file. A definition is recognised by its text as libical writes it back, so two
/// files share a zone only when their definitions are identical (same TZID, same rules): times convert
/// exactly as with the file's own zone.
final class SharedZones: @unchecked Sendable {
    static let shared = SharedZones()
    /// At most this many definitions are kept (a folder of agendas holds a handful).
    private static let capacity = 64

    // Only read or written while the libical lock is held.
    private var zones: [String: OpaquePointer] = [:]

    /// The text a VTIMEZONE component is recognised by: libical's writing of it. Reads only the component
    /// (of the caller's own tree), so it is called without the libical lock, before ``zone(for:key:)``.
    static func key(for definition: OpaquePointer) -> String? {
        guard let raw = icalcomponent_as_ical_string_r(definition) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// The shared zone for a VTIMEZONE component whose ``key(for:)`` is `key` (a zone of its own made from a
    /// copy on first sight), or nil when libical cannot make one. Call with the libical lock held.
    func zone(for definition: OpaquePointer, key: String) -> OpaquePointer? {
        if let zone = zones[key] { return zone }
        guard zones.count < Self.capacity, let copy = icalcomponent_new_clone(definition) else { return nil }
        guard let zone = icaltimezone_new() else {
            icalcomponent_free(copy)
            return nil
        }
        if icaltimezone_set_component(zone, copy) == 0 {
            icalcomponent_free(copy)
            icaltimezone_free(zone, 1)
            return nil
        }
        zones[key] = zone
        return zone
    }

    /// Frees every shared zone. Call with the libical lock held, when no time refers to them any more.
    func removeAll() {
        for zone in zones.values { icaltimezone_free(zone, 1) }
        zones = [:]
    }
}
