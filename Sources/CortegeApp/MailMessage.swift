import CortegeCore
import Foundation

/// An Internet message (RFC 5322, MIME RFC 2045–2047) in UTF-8: a plain-text part and, for iMIP (RFC 6047),
/// `text/calendar` parts. Lines end with LF, as `sendmail -t` reads them.
public struct MailMessage: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        public var name: String?
        public var email: String

        public init(name: String?, email: String) {
            self.name = name
            self.email = email
        }

        /// `"Name" <a@b>` or `=?UTF-8?B?…?= <a@b>`.
        var header: String {
            guard let name, !name.isEmpty else { return "<\(email)>" }
            let plain = name.unicodeScalars.allSatisfy {
                $0.value >= 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\"
            }
            return (plain ? "\"\(name)\"" : MailMessage.encodedWords(name)) + " <\(email)>"
        }
    }

    /// A `text/calendar` part and its iTIP method (`REQUEST`, `CANCEL`).
    public struct Calendar: Sendable, Equatable {
        public var method: String
        public var text: String
    }

    public var from: Address
    public var to: Address
    public var subject: String
    public var date: Instant
    public var messageID: String
    public var body: String
    public var calendars: [Calendar]

    /// The message text.
    public var text: String {
        var lines = [
            "From: \(from.header)", "To: \(to.header)", "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.date(date))", "Message-ID: <\(messageID)>", "MIME-Version: 1.0",
        ]
        let textPart = [
            "Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: 8bit", "",
            body.replacingOccurrences(of: "\r\n", with: "\n"),
        ]
        guard !calendars.isEmpty else {
            return (lines + textPart).joined(separator: "\n") + (body.hasSuffix("\n") ? "" : "\n")
        }
        let boundary = "=_cortege_" + String(messageID.utf8.reduce(UInt64(5381)) { ($0 &* 33) ^ UInt64($1) }, radix: 36)
        lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "", "--" + boundary] + textPart
        for (n, calendar) in calendars.enumerated() {
            let encoded = Data(calendar.text.utf8).base64EncodedString(options: .lineLength76Characters)
                .replacingOccurrences(of: "\r\n", with: "\n")
            lines += [
                "--" + boundary,
                "Content-Type: text/calendar; charset=utf-8; method=\(calendar.method)",
                "Content-Transfer-Encoding: base64",
                "Content-Disposition: inline; filename=\"\(calendar.method.lowercased())-\(n + 1).ics\"", "", encoded,
            ]
        }
        lines.append("--" + boundary + "--")
        return lines.joined(separator: "\n") + "\n"
    }

    /// A header value: as it is when printable ASCII, else RFC 2047 encoded words (base64, at most 45 bytes of
    /// text each, never splitting a character), folded.
    static func encodedWords(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && text.utf8.count <= 900 {
            return text
        }
        var words: [String] = []
        var chunk = ""
        for ch in text {
            if chunk.utf8.count + String(ch).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(ch)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?" + Data($0.utf8).base64EncodedString() + "?=" }.joined(separator: "\n ")
    }

    /// `Fri, 04 Dec 2026 12:00:00 +0000`.
    static func date(_ instant: Instant) -> String {
        let utc = Zone("UTC") ?? Zone("Etc/UTC")
        guard let utc else { return "Thu, 01 Jan 1970 00:00:00 +0000" }
        let local = utc.local(instant)
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let d = local.date
        let s = String(format: "%02d:%02d:%02d", local.time.hour, local.time.minute, local.second)
        return "\(days[d.isoWeekday - 1]), \(String(format: "%02d", d.day)) \(months[d.month - 1]) \(d.year) \(s) +0000"
    }
}
