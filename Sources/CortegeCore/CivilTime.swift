import Foundation

/// A point on the universal time line, in whole seconds since 1970-01-01T00:00:00Z.
public struct Instant: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var seconds: Int64

    public init(seconds: Int64) { self.seconds = seconds }

    public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.seconds < rhs.seconds }

    public func adding(minutes: Int) -> Instant { Instant(seconds: seconds + Int64(minutes) * 60) }
    public func adding(seconds delta: Int64) -> Instant { Instant(seconds: seconds + delta) }

    /// Whole minutes from `self` to `other` (negative when `other` is earlier), rounded towards zero.
    public func minutes(until other: Instant) -> Int { Int((other.seconds - seconds) / 60) }

    public var description: String { "@\(seconds)" }
}

/// A calendar date without a time zone (proleptic Gregorian).
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads `YYYY-MM-DD`; nil when the text is not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            (1...12).contains(m), d >= 1, d <= LocalDate.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's algorithm).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(daysSinceEpoch: daysSinceEpoch + days) }

    /// 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int { ((daysSinceEpoch % 7 + 7) % 7 + 3) % 7 + 1 }

    public var description: String {
        Digits.padded(year, 4) + "-" + Digits.padded(month, 2) + "-" + Digits.padded(day, 2)
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}

/// A wall-clock time of day, to the minute.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int

    public init(hour: Int, minute: Int) {
        self.hour = hour
        self.minute = minute
    }

    /// Reads `HH:MM` (24 h); nil when out of range.
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
        else { return nil }
        self.init(hour: h, minute: m)
    }

    public var minutesOfDay: Int { hour * 60 + minute }

    public var description: String { Digits.padded(hour, 2) + ":" + Digits.padded(minute, 2) }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutesOfDay < rhs.minutesOfDay }
}

/// A civil date and time, as a clock on a wall shows it, in no particular zone.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime
    public var second: Int

    public init(date: LocalDate, time: LocalTime, second: Int = 0) {
        self.date = date
        self.time = time
        self.second = second
    }

    /// Reads `YYYY-MM-DDTHH:MM` or `YYYY-MM-DDTHH:MM:SS` (also with a space instead of `T`).
    public init?(iso text: String) {
        let sep = text.firstIndex(where: { $0 == "T" || $0 == " " })
        guard let sep, let date = LocalDate(iso: String(text[..<sep])) else { return nil }
        var rest = String(text[text.index(after: sep)...])
        var second = 0
        let colons = rest.filter { $0 == ":" }.count
        if colons == 2, let last = rest.lastIndex(of: ":") {
            guard let s = Int(rest[rest.index(after: last)...]), (0...59).contains(s),
                rest[rest.index(after: last)...].count == 2
            else { return nil }
            second = s
            rest = String(rest[..<last])
        }
        guard let time = LocalTime(text: rest) else { return nil }
        self.init(date: date, time: time, second: second)
    }

    /// Seconds since the epoch if this wall time were UTC.
    public var naiveSeconds: Int64 {
        Int64(date.daysSinceEpoch) * 86400 + Int64(time.minutesOfDay) * 60 + Int64(second)
    }

    public init(naiveSeconds s: Int64) {
        let days = Int((s >= 0 ? s : s - 86399) / 86400)
        let rem = Int(s - Int64(days) * 86400)
        self.init(
            date: LocalDate(daysSinceEpoch: days), time: LocalTime(hour: rem / 3600, minute: rem % 3600 / 60),
            second: rem % 60)
    }

    public func adding(minutes: Int) -> LocalDateTime {
        LocalDateTime(naiveSeconds: naiveSeconds + Int64(minutes) * 60)
    }

    public var description: String {
        second == 0 ? "\(date)T\(time)" : "\(date)T\(time):" + Digits.padded(second, 2)
    }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool { lhs.naiveSeconds < rhs.naiveSeconds }
}

/// What a local time means in a zone: one instant, none (the clock skips it), or two (the clock repeats it).
public enum LocalTimeResolution: Hashable, Sendable {
    case unique(Instant)
    /// Inside a gap (spring forward). `shifted` is the instant the wall time would reach if the clock did not skip.
    case skipped(shifted: Instant)
    /// Inside a fold (fall back): the earlier and the later reading.
    case repeated(earlier: Instant, later: Instant)

    /// The instant to use when a choice must be made: the unique one, the first reading of a fold, or the
    /// instant just after a gap.
    public var instant: Instant {
        switch self {
        case .unique(let i): i
        case .skipped(let s): s
        case .repeated(let e, _): e
        }
    }
}

/// A named IANA time zone. Converting between civil and universal time happens here, and only here.
public struct Zone: Hashable, Sendable, CustomStringConvertible {
    public let identifier: String
    /// The system's zone of that name, looked up once (a look-up per conversion cost more than the conversion).
    private let timeZone: TimeZone

    /// Nil when the zone name is unknown to the system's time-zone database.
    public init?(_ identifier: String) {
        // Foundation accepts abbreviations and "GMT+3"; a plan wants a real IANA name or UTC.
        guard !identifier.isEmpty, identifier.contains("/") || identifier == "UTC",
            let timeZone = TimeZone(identifier: identifier)
        else { return nil }
        self.identifier = identifier
        self.timeZone = timeZone
    }

    /// Zones are the same when their names are.
    public static func == (lhs: Zone, rhs: Zone) -> Bool { lhs.identifier == rhs.identifier }
    public func hash(into hasher: inout Hasher) { hasher.combine(identifier) }

    public var description: String { identifier }

    public static let utc = Zone("UTC")!

    /// The offset from UTC in seconds at an instant.
    public func offset(at instant: Instant) -> Int {
        timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds)))
    }

    /// Whether daylight saving time is in force at an instant.
    public func isDaylightSaving(at instant: Instant) -> Bool {
        timeZone.isDaylightSavingTime(for: Date(timeIntervalSince1970: TimeInterval(instant.seconds)))
    }

    /// The instants at which the offset changes in `[from, to)`, in order (each the first second of the new
    /// offset). Offsets are sampled every six hours, then each change is narrowed to the second.
    public func transitions(from: Instant, to: Instant) -> [Instant] {
        var found: [Instant] = []
        var t = from.seconds
        let step: Int64 = 6 * 3600
        while t < to.seconds {
            let next = min(t + step, to.seconds)
            if offset(at: Instant(seconds: t)) != offset(at: Instant(seconds: next)) {
                var low = t
                var high = next
                let before = offset(at: Instant(seconds: t))
                while high - low > 1 {
                    let mid = low + (high - low) / 2
                    if offset(at: Instant(seconds: mid)) == before { low = mid } else { high = mid }
                }
                found.append(Instant(seconds: high))
            }
            t = next
        }
        return found
    }

    /// The wall-clock time at an instant.
    public func local(_ instant: Instant) -> LocalDateTime {
        LocalDateTime(naiveSeconds: instant.seconds + Int64(offset(at: instant)))
    }

    /// The instant(s) a wall-clock time stands for, with DST gaps and folds detected.
    public func resolve(_ local: LocalDateTime) -> LocalTimeResolution {
        let naive = local.naiveSeconds
        let before = offset(at: Instant(seconds: naive - 86400))
        let after = offset(at: Instant(seconds: naive + 86400))
        var valid: [Instant] = []
        for off in Set([before, after]) {
            let candidate = Instant(seconds: naive - Int64(off))
            if offset(at: candidate) == off { valid.append(candidate) }
        }
        valid.sort()
        switch valid.count {
        case 0: return .skipped(shifted: Instant(seconds: naive - Int64(before)))
        case 1: return .unique(valid[0])
        default: return .repeated(earlier: valid[0], later: valid[valid.count - 1])
        }
    }

    /// ISO 8601 with the offset in force, e.g. `2026-12-04T09:10:00-04:00`.
    public func iso8601(_ instant: Instant) -> String {
        let off = offset(at: instant)
        let l = local(instant)
        let sign = off < 0 ? "-" : "+"
        let a = abs(off)
        return "\(l.date)T\(l.time):" + Digits.padded(l.second, 2) + sign + Digits.padded(a / 3600, 2) + ":"
            + Digits.padded(a % 3600 / 60, 2)
    }
}

/// Durations as written in plans: `45m`, `1h30`, `1h30m`, `90m`, `2h`.
public enum DurationText {
    /// Minutes, or nil when the text is not a positive-or-zero duration.
    public static func minutes(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !t.isEmpty, t.first?.isNumber == true else { return nil }
        var total = 0
        var number = ""
        var sawUnit = false
        var afterHours = false
        for ch in t {
            if ch.isASCII && ch.isNumber {
                number.append(ch)
                if number.count > 6 { return nil }
            } else if ch == "h" {
                guard let n = Int(number), !sawUnit else { return nil }
                total += n * 60
                number = ""
                sawUnit = true
                afterHours = true
            } else if ch == "m" {
                guard let n = Int(number) else { return nil }
                if afterHours && n >= 60 { return nil }
                total += n
                number = ""
                sawUnit = true
                afterHours = false
                // nothing may follow minutes
            } else {
                return nil
            }
        }
        if !number.isEmpty {
            // `1h30`: minutes without their unit, only after hours.
            guard afterHours, let n = Int(number), n < 60 else { return nil }
            total += n
        }
        guard sawUnit else { return nil }
        return total
    }

    /// `1h30`, `45m`, `2h`.
    public static func format(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let m = abs(minutes)
        if m < 60 { return "\(sign)\(m)m" }
        return m % 60 == 0 ? "\(sign)\(m / 60)h" : "\(sign)\(m / 60)h" + Digits.padded(m % 60, 2)
    }
}

/// Zero-padded decimal numbers, as `%0Nd` writes them (without Foundation's formatter, which costs a
/// microsecond per call on the paths that print every finding).
enum Digits {
    static func padded(_ n: Int, _ width: Int) -> String {
        let digits = String(n.magnitude)
        let sign = n < 0 ? "-" : ""
        let zeros = width - sign.count - digits.count
        return zeros > 0 ? sign + String(repeating: "0", count: zeros) + digits : sign + digits
    }
}
