import Foundation
import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The WebDAV and CalDAV XML of `cortege publish` (docs/publish.md): request bodies, and the answers read with
/// Foundation's `XMLParser`, namespaces resolved.
enum DAV {
    static let dav = "DAV:"
    static let caldav = "urn:ietf:params:xml:ns:caldav"

    /// One element of an answer: its namespace, local name, children and text.
    struct Element: Sendable, Equatable {
        var namespace: String
        var name: String
        var children: [Element] = []
        var text = ""

        func first(_ namespace: String, _ name: String) -> Element? {
            children.first { $0.namespace == namespace && $0.name == name }
        }

        func all(_ namespace: String, _ name: String) -> [Element] {
            children.filter { $0.namespace == namespace && $0.name == name }
        }

        /// The first element named so at any depth below this one.
        func find(_ namespace: String, _ name: String) -> Element? {
            for child in children {
                if child.namespace == namespace && child.name == name { return child }
                if let found = child.find(namespace, name) { return found }
            }
            return nil
        }

        var trimmedText: String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// An answer that is not well-formed XML.
    struct BadXML: Error, Equatable {
        var reason: String
    }

    /// Parses an XML document into its root element.
    static func parse(_ data: Data) throws(BadXML) -> Element {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        guard parser.parse(), let root = builder.root else {
            throw BadXML(reason: parser.parserError.map { "\($0.localizedDescription)" } ?? "no root element")
        }
        return root
    }

    private final class TreeBuilder: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var root: Element?

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            stack.append(Element(namespace: namespaceURI ?? "", name: elementName))
        }

        func parser(
            _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?
        ) {
            guard let done = stack.popLast() else { return }
            if stack.isEmpty {
                root = done
            } else {
                stack[stack.count - 1].children.append(done)
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
        }
    }

    /// One `response` of a `multistatus`: its href (a path, percent-decoded), its own status when it has one (a
    /// member removed since a sync token answers 404), and the properties found (propstat 200).
    struct Response: Sendable, Equatable {
        var href: String
        var status: Int?
        var properties: [Element]

        func property(_ namespace: String, _ name: String) -> Element? {
            properties.first { $0.namespace == namespace && $0.name == name }
        }

        /// The `getetag` value, quotes kept (it is sent back as it is in `If-Match`).
        var etag: String? {
            property(dav, "getetag").map(\.trimmedText).flatMap { $0.isEmpty ? nil : $0 }
        }
    }

    /// A `multistatus` answer: its responses and, for `sync-collection`, the new sync token.
    struct Multistatus: Sendable, Equatable {
        var responses: [Response]
        var syncToken: String?
    }

    static func multistatus(_ data: Data) throws(BadXML) -> Multistatus {
        let root = try parse(data)
        guard root.namespace == dav && root.name == "multistatus" else {
            throw BadXML(reason: "expected a DAV:multistatus, found \(root.name)")
        }
        var responses: [Response] = []
        for response in root.all(dav, "response") {
            guard let href = response.first(dav, "href")?.trimmedText, !href.isEmpty else { continue }
            var properties: [Element] = []
            for propstat in response.all(dav, "propstat") {
                guard statusCode(propstat.first(dav, "status")?.trimmedText) == 200 else { continue }
                properties += propstat.first(dav, "prop")?.children ?? []
            }
            responses.append(
                Response(
                    href: path(of: href), status: statusCode(response.first(dav, "status")?.trimmedText),
                    properties: properties))
        }
        let token = root.first(dav, "sync-token")?.trimmedText
        return Multistatus(responses: responses, syncToken: token?.isEmpty == false ? token : nil)
    }

    /// `HTTP/1.1 404 Not Found` → 404.
    static func statusCode(_ line: String?) -> Int? {
        guard let line else { return nil }
        let parts = line.split(separator: " ")
        return parts.count >= 2 ? Int(parts[1]) : nil
    }

    /// The path of an href (an absolute URL or a path), percent-decoded.
    static func path(of href: String) -> String {
        var path = href
        if let components = URLComponents(string: href), components.scheme != nil {
            // The path as written after the authority (a trailing slash kept).
            path = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
        }
        return path.removingPercentEncoding ?? path
    }

    /// `&`, `<`, `>`, quotes escaped.
    static func escaped(_ text: String) -> String { Markup.escaped(text) }

    static let header = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"

    /// PROPFIND for `current-user-principal` (RFC 5397).
    static let principalQuery =
        header + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-principal/></d:prop></d:propfind>"

    /// PROPFIND for `calendar-home-set` (RFC 4791 §6.2.1).
    static let homeQuery =
        header
        + "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><c:calendar-home-set/>"
        + "</d:prop></d:propfind>"

    /// PROPFIND (Depth 0) on a collection: what it is, and whether it offers `sync-collection`.
    static let collectionQuery =
        header
        + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:supported-report-set/><d:sync-token/>"
        + "</d:prop></d:propfind>"

    /// PROPFIND (Depth 1) listing the members' ETags.
    static let etagListing =
        header + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"

    /// REPORT `sync-collection` (RFC 6578) from `token` (empty: the whole collection).
    static func syncCollection(token: String?) -> String {
        header + "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>\(escaped(token ?? ""))</d:sync-token>"
            + "<d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"
    }

    /// MKCALENDAR (RFC 4791 §5.3.1) with its display name, description and time zone, for events only.
    static func makeCalendar(name: String, description: String, timezone: String) -> String {
        header + "<c:mkcalendar xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:set><d:prop>"
            + "<d:displayname>\(escaped(name))</d:displayname>"
            + "<c:calendar-description>\(escaped(description))</c:calendar-description>"
            + "<c:calendar-timezone>\(escaped(timezone))</c:calendar-timezone>"
            + "<c:supported-calendar-component-set><c:comp name=\"VEVENT\"/></c:supported-calendar-component-set>"
            + "</d:prop></d:set></c:mkcalendar>"
    }

    /// Whether a collection's `supported-report-set` holds `sync-collection`.
    static func offersSync(_ response: Response) -> Bool {
        guard let set = response.property(dav, "supported-report-set") else { return false }
        return set.find(dav, "sync-collection") != nil
    }

    /// Whether a response's `resourcetype` says calendar.
    static func isCalendar(_ response: Response) -> Bool {
        response.property(dav, "resourcetype")?.first(caldav, "calendar") != nil
    }

    /// The first href inside a property (`current-user-principal`, `calendar-home-set`), as a path.
    static func hrefProperty(_ response: Response, _ namespace: String, _ name: String) -> String? {
        guard let text = response.property(namespace, name)?.find(dav, "href")?.trimmedText, !text.isEmpty else {
            return nil
        }
        return path(of: text)
    }
}
