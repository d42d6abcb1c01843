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
///
/// Writing a definition back, once per file, took about 3 % of a cold check at 5,000 agendas
/// (Benchmarks/README.md); so a file's definition is recognised first by the text it was read from: the TZID and the file's VTIMEZONE blocks as written, when they are all the zones of the calendar
/// (``key(tzid:blocks:)``). Identical blocks in the same order parse to the same components, and libical then
/// finds the same one under the TZID. The two kinds of key never meet (each has its own prefix).
final class SharedZones: @unchecked Sendable {
    static let shared = SharedZones()
    /// At most this many definitions are kept (a folder of agendas holds a handful).
    private static let capacity = 64

    /// What a definition is recognised by: bytes, hashed as bytes (a `String` key would be normalised to NFC
    /// for every hash, which cost more than the look-up saves).
    struct Key: Hashable, Sendable {
        let bytes: [UInt8]

        static func == (a: Key, b: Key) -> Bool { a.bytes == b.bytes }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    // Only read or written while the libical lock is held.
    private var zones: [Key: OpaquePointer] = [:]

    /// The text a VTIMEZONE component is recognised by: libical's writing of it. Reads only the component
    /// (of the caller's own tree), so it is called without the libical lock, before ``zone(for:key:)``.
    static func key(for definition: OpaquePointer) -> Key? {
        guard let raw = icalcomponent_as_ical_string_r(definition) else { return nil }
        defer { free(raw) }
        var bytes = Array("ical\u{0}".utf8)
        bytes += UnsafeRawBufferPointer(start: raw, count: strlen(raw))
        return Key(bytes: bytes)
    }

    /// The key of the zone a file defines under `tzid`, from the text of all its VTIMEZONE blocks (`blocks`,
    /// the file's own bytes, in order) when they are all the VTIMEZONE components of the calendar the zone was
    /// found in.
    static func key(tzid: String, blocks: [UInt8]) -> Key {
        var bytes = Array("text\u{0}".utf8)
        bytes.reserveCapacity(bytes.count + tzid.utf8.count + 1 + blocks.count)
        bytes += tzid.utf8
        bytes.append(0)
        bytes += blocks
        return Key(bytes: bytes)
    }

    /// The shared zone for a VTIMEZONE component recognised by `key` (a zone of its own made from a copy on
    /// first sight), or nil when libical cannot make one. Call with the libical lock held.
    func zone(for definition: OpaquePointer, key: Key) -> OpaquePointer? {
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
