import Foundation

/// What `cortege publish` put on each CalDAV server, kept in the export journal beside the events
/// (docs/publish.md, "Le journal"): by server URL, the collection of the calendar, its last sync token, and for
/// each object its href, the ETag the server gave and a digest of the text sent.
///
/// Stored in the calendar's VCALENDAR of the journal as X- properties (read and written through libical), one
/// `X-CORTEGE-DAV-COLLECTION` per server and one `X-CORTEGE-DAV-OBJECT` per object; their value is a list of
/// fields separated by spaces, each field percent-encoded (`!` for none):
/// `X-CORTEGE-DAV-COLLECTION:<server> <collection> <sync token>`,
/// `X-CORTEGE-DAV-OBJECT:<server> <uid> <href> <etag> <digest> active|cancelled`. A reader of the journal that does not
/// know them ignores them: the format stays `1`.
extension ExportJournal {
    /// One object on one server.
    public struct ServerObject: Sendable, Equatable {
        /// The object's path on the server (percent-decoded).
        public var href: String
        /// The ETag the server gave for the text sent; nil when it gave none.
        public var etag: String?
        /// The digest of the text sent (SHA-256, hexadecimal).
        public var digest: String
        /// The text sent was the event cancelled: the next publish deletes it.
        public var cancelled: Bool

        public init(href: String, etag: String?, digest: String, cancelled: Bool = false) {
            self.href = href
            self.etag = etag
            self.digest = digest
            self.cancelled = cancelled
        }
    }

    /// One calendar on one server.
    public struct ServerRecord: Sendable, Equatable {
        /// The collection's path on the server (percent-decoded, ending with `/`).
        public var collection: String
        /// The last sync token of the collection (RFC 6578); nil when the server offers none.
        public var syncToken: String?
        /// The objects published, by UID.
        public var objects: [String: ServerObject]

        public init(collection: String, syncToken: String? = nil, objects: [String: ServerObject] = [:]) {
            self.collection = collection
            self.syncToken = syncToken
            self.objects = objects
        }
    }

    static let collectionProperty = "X-CORTEGE-DAV-COLLECTION"
    static let objectProperty = "X-CORTEGE-DAV-OBJECT"

    /// The X- property values of a calendar's server records, sorted (the journal's text is deterministic).
    static func serverLines(_ servers: [String: ServerRecord]) -> [(name: String, value: String)] {
        var lines: [(String, String)] = []
        for (server, record) in servers.sorted(by: { $0.key < $1.key }) {
            lines.append((collectionProperty, fields([server, record.collection, record.syncToken])))
            for (uid, object) in record.objects.sorted(by: { $0.key < $1.key }) {
                lines.append(
                    (
                        objectProperty,
                        fields([
                            server, uid, object.href, object.etag, object.digest,
                            object.cancelled ? "cancelled" : "active",
                        ])
                    ))
            }
        }
        return lines
    }

    /// The server records of one journal calendar, from its X- property values; a value that does not read is
    /// ignored (the next publish finds the object again from the server's listing).
    static func servers(collections: [String], objects: [String]) -> [String: ServerRecord] {
        var servers: [String: ServerRecord] = [:]
        for value in collections {
            let f = decode(value)
            guard f.count == 3, let server = f[0], let collection = f[1] else { continue }
            servers[server] = ServerRecord(collection: collection, syncToken: f[2])
        }
        for value in objects {
            let f = decode(value)
            guard f.count == 6, let server = f[0], let uid = f[1], let href = f[2], let digest = f[4],
                servers[server] != nil
            else { continue }
            servers[server]?.objects[uid] = ServerObject(
                href: href, etag: f[3], digest: digest, cancelled: f[5] == "cancelled")
        }
        return servers
    }

    /// Unreserved characters and `/`, `:`, `@` are kept; everything else (spaces, `!`, quotes) is %-encoded.
    private static let kept = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~/:@")

    static func fields(_ values: [String?]) -> String {
        values.map { $0.map { $0.addingPercentEncoding(withAllowedCharacters: kept) ?? "!" } ?? "!" }
            .joined(separator: " ")
    }

    static func decode(_ value: String) -> [String?] {
        value.split(separator: " ", omittingEmptySubsequences: true).map { field in
            field == "!" ? nil : String(field).removingPercentEncoding
        }
    }
}
