import CompressNIO
import Crypto
import Foundation
import Hummingbird

/// One version of a feed or page as it is served (docs/serve.md §3): its bytes, their gzip, a strong ETag from the
/// bytes, and the time this version first appeared (Last-Modified).
public struct Representation: Sendable {
    public var text: String
    public var body: ByteBuffer
    public var gzip: ByteBuffer?
    public var etag: String
    public var modified: Date

    public init(text: String, modified: Date) {
        self.text = text
        body = ByteBuffer(string: text)
        etag = "\"" + Self.digest(text) + "\""
        var input = body
        gzip = try? input.compress(with: .gzip())
        self.modified = Date(timeIntervalSince1970: modified.timeIntervalSince1970.rounded(.down))
        modifiedText = HTTPDate.format(self.modified)
    }

    /// Last-Modified as an HTTP date.
    public var modifiedText: String

    /// 128 bits of SHA-256 of the text, in hex.
    public static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).prefix(16).map { String(format: "%02x", $0) }.joined()
    }

    /// The same text keeps the version it had (ETag and Last-Modified); another text is a new version.
    public static func next(_ text: String, previous: Representation?, now: Date) -> Representation {
        if let previous, previous.text == text { return previous }
        return Representation(text: text, modified: now)
    }
}

/// HTTP dates (RFC 9110 §5.6.7), in GMT.
enum HTTPDate {
    static func formatter() -> DateFormatter {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "GMT")
        f.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return f
    }

    static func format(_ date: Date) -> String { formatter().string(from: date) }

    static func parse(_ text: String) -> Date? { formatter().date(from: text.trimmingCharacters(in: .whitespaces)) }
}
