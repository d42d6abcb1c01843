import Foundation

extension Instant {
    /// Reads an ISO 8601 date-time: `YYYY-MM-DDTHH:MM[:SS]` followed by `Z`, `±HH:MM` or `±HHMM`, or without an
    /// offset as a local time in `zone` (the first reading of a repeated hour, the instant after a skipped one).
    public init?(iso text: String, zone: Zone) {
        var body = text.trimmingCharacters(in: .whitespaces)
        var offset: Int?
        if body.hasSuffix("Z") || body.hasSuffix("z") {
            offset = 0
            body.removeLast()
        } else if let sign = body.lastIndex(where: { $0 == "+" || $0 == "-" }),
            let t = body.firstIndex(where: { $0 == "T" || $0 == " " }), sign > t
        {
            let digits = body[body.index(after: sign)...].filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy(\.isASCII), let hh = Int(digits.prefix(2)),
                let mm = Int(digits.suffix(2)), hh <= 23, mm <= 59
            else { return nil }
            offset = (hh * 3600 + mm * 60) * (body[sign] == "-" ? -1 : 1)
            body = String(body[..<sign])
        }
        guard let local = LocalDateTime(iso: body) else { return nil }
        if let offset {
            self.init(seconds: local.naiveSeconds - Int64(offset))
        } else {
            self = zone.resolve(local).instant
        }
    }
}
