internal import CLibical
import Foundation

/// The one door to libical.
///
/// libical keeps process-wide state (the error mode, the TZID prefix, the lazily filled table of built-in
/// time zones, the ring buffer of temporary strings) and is not safe to call from several threads at once.
/// Every call into libical in this module goes through ``LibICal/locked(_:)``: the first call sets the
/// process-wide settings once (errors are not fatal; the built-in zone table is loaded), and one recursive
/// lock serialises all later calls. No other code in the package touches those settings.
public enum LibICal {
    private static let lock = NSRecursiveLock()
    private static let settings = Settings()

    /// Runs `body` while holding the libical lock, after making sure the process-wide settings are in place.
    public static func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        settings.applyOnce()
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
            icalerror_clear_errno()
            // Warm the built-in zone table up once, while the lock is held.
            _ = icaltimezone_get_builtin_timezones()
            _ = icaltimezone_get_utc_timezone()
        }

        func reset() { applied = false }
    }
}

/// An error reported by libical (or by the bridge when libical returns nothing).
public struct ICalError: Error, CustomStringConvertible, Sendable {
    /// libical's `icalerrorenum` value (0 when libical set none).
    public var code: Int
    public var message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    /// The error libical last recorded, with `context` in front. Call with the lock held.
    static func current(_ context: String) -> ICalError {
        let errno = icalerrno_return().pointee
        let text = icalerror_strerror(errno).map { String(cString: $0) } ?? "unknown error"
        let code = Int(errno.rawValue)
        return ICalError(code: code, message: code == 0 ? context : "\(context): \(text)")
    }

    public var description: String { message }
}
