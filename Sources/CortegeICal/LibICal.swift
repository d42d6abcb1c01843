internal import CLibical
import Foundation

/// The one door to libical.
///
/// libical keeps process-wide state (the error mode, the TZID prefix, the lazily filled table of built-in
/// time zones). Every call into libical in this module goes through ``LibICal/locked(_:)`` or
/// ``LibICal/concurrent(_:)``: the first call sets the process-wide settings once (errors are not fatal; the
/// built-in zone table and UTC are loaded), and one recursive lock serialises the calls that are not safe
/// from several threads at once. No other code in the package touches those settings.
///
/// What may run outside the lock (docs/agendas.md, "libical on every core", checked with helgrind and the
/// thread sanitizer): parsing a text, walking and reading its tree, recurrence iteration, time conversion
/// (libical 3.0's own `changes_mutex` guards a zone's transitions) and freeing, each thread on its own
/// components; libical's error number and ring buffer are per thread. What stays under the lock: looking
/// up a built-in zone by a name taken from a file (`icaltimezone_get_builtin_timezone` may append to the
/// shared zone table without a lock), ``SharedZones``, and every call of the calendar writer.
public enum LibICal {
    private static let lock = NSRecursiveLock()
    private static let settings = Settings()

    /// Runs `body` while holding the libical lock, after making sure the process-wide settings are in place.
    static func locked<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        defer { lock.unlock() }
        settings.applyOnce()
        return try body()
    }

    /// Runs `body` without the libical lock, after making sure the process-wide settings are in place: for
    /// the calls that are safe from several threads on separate components (see above). Calls inside `body`
    /// that are not must still take ``locked(_:)``.
    static func concurrent<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        lock.lock()
        settings.applyOnce()
        lock.unlock()
        return try body()
    }

    /// Frees libical's caches (built-in zones, ring buffer). For a clean leak report at exit only: call it
    /// when no libical object is alive any more.
    public static func releaseCaches() {
        locked {
            SharedZones.shared.removeAll()
            icaltimezone_free_builtin_timezones()
            icalmemory_free_ring()
            settings.reset()
        }
    }

    /// The process-wide settings, applied the first time libical is used (always under the lock).
    private final class Settings: @unchecked Sendable {
        // Only read or written while `LibICal.lock` is held.
        private var applied = false

        func applyOnce() {
            guard !applied else { return }
            applied = true
            icalerror_set_errors_are_fatal(0)
            // The state icalparser_parse_string saves, sets to NONFATAL and restores around every parse: set
            // once here, parses on several threads only ever write the value it already has (docs/agendas.md).
            icalerror_set_error_state(ICAL_MALFORMEDDATA_ERROR, ICAL_ERROR_NONFATAL)
            icalerror_clear_errno()
            // Warm the built-in zone table up once, while the lock is held.
            _ = icaltimezone_get_builtin_timezones()
            _ = icaltimezone_get_utc_timezone()
        }

        func reset() { applied = false }
    }
}

/// An error reported by libical: its error number and its text, read at the call that failed, with what
/// Cortège was doing. Errors of the bridge itself (not libical's) carry ``Code/none``.
public struct ICalError: Error, CustomStringConvertible, Sendable {
    /// libical's error number (`icalerrorenum`), as a Swift value.
    public struct Code: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        init(_ c: icalerrorenum) { rawValue = Int(c.rawValue) }

        /// No libical error was recorded (an error of the bridge, or a call that fails without saying why).
        public static let none = Code(ICAL_NO_ERROR)
        public static let badArgument = Code(ICAL_BADARG_ERROR)
        public static let allocationFailed = Code(ICAL_NEWFAILED_ERROR)
        public static let allocation = Code(ICAL_ALLOCATION_ERROR)
        public static let malformedData = Code(ICAL_MALFORMEDDATA_ERROR)
        public static let parse = Code(ICAL_PARSE_ERROR)
        public static let `internal` = Code(ICAL_INTERNAL_ERROR)
        /// A file libical needed could not be read (for example the system tzdata file of an unknown zone).
        public static let file = Code(ICAL_FILE_ERROR)
        public static let usage = Code(ICAL_USAGE_ERROR)
        public static let unimplemented = Code(ICAL_UNIMPLEMENTED_ERROR)
        public static let unknown = Code(ICAL_UNKNOWN_ERROR)

        /// The number and libical's name for it, e.g. `7 (FILE)`.
        public var description: String {
            // icalerror_strerror only reads a constant table ("FILE: An operation on a file failed…").
            let text =
                icalerror_strerror(icalerrorenum(rawValue: UInt32(clamping: max(0, rawValue))))
                .map { String(cString: $0) } ?? ""
            return "\(rawValue) (\(text.prefix { $0 != ":" }))"
        }
    }

    /// libical's error number; ``Code/none`` for the bridge's own errors.
    public var code: Code
    /// What Cortège was doing when the call failed, e.g. "no time zone Europe/Atlantis in libical".
    public var context: String
    /// libical's text for `code` (`icalerror_strerror`); empty for ``Code/none``.
    public var libicalMessage: String

    /// An error of the bridge itself, not reported by libical.
    public init(_ context: String) {
        self.code = .none
        self.context = context
        self.libicalMessage = ""
    }

    /// An error of the bridge itself with a code of its choosing (kept for the callers that already pass 0).
    public init(code: Int, message: String) {
        self.code = Code(rawValue: code)
        self.context = message
        self.libicalMessage = ""
    }

    init(code: Code, context: String, libicalMessage: String) {
        self.code = code
        self.context = context
        self.libicalMessage = libicalMessage
    }

    /// The error libical recorded for the call that just failed, with `context` in front. Call with the lock
    /// held, right after the failing call (``LibICal/checked(_:_:)`` does both).
    static func current(_ context: String) -> ICalError {
        let errno = icalerrno_return().pointee
        let code = Code(errno)
        let text = code == .none ? "" : icalerror_strerror(errno).map { String(cString: $0) } ?? ""
        return ICalError(code: code, context: context, libicalMessage: text)
    }

    /// The context, then libical's message when it gave one.
    public var message: String { libicalMessage.isEmpty ? context : "\(context): \(libicalMessage)" }

    public var description: String { message }
}

extension LibICal {
    /// Runs one libical call that returns nil on failure, with the error number cleared before it, and turns
    /// a failure into the ``ICalError`` libical recorded for it. Call with the lock held.
    static func checked<T>(_ context: @autoclosure () -> String, _ call: () -> T?) throws(ICalError) -> T {
        icalerror_clear_errno()
        guard let result = call() else { throw ICalError.current(context()) }
        return result
    }
}
