import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Parses a programme as XML: it must be well-formed, and the tests then read it through XPath.
enum XML {
    struct NotWellFormed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ html: String) throws -> XMLDocument {
        // The HTML5 doctype has no DTD: XML parsers take it as it is.
        do {
            return try XMLDocument(xmlString: html, options: [.nodePreserveWhitespace])
        } catch {
            throw NotWellFormed(description: "\(error)")
        }
    }

    /// Elements matching a local name anywhere (namespaces ignored), optionally with a class token.
    static func elements(_ doc: XMLDocument, _ name: String, class cls: String? = nil) throws -> [XMLElement] {
        let classTest = cls.map { " and contains(concat(' ', normalize-space(@class), ' '), ' \($0) ')" } ?? ""
        let nodes = try doc.nodes(forXPath: "//*[local-name()='\(name)'\(classTest)]")
        return nodes.compactMap { $0 as? XMLElement }
    }

    static func attribute(_ e: XMLElement, _ name: String) -> String? {
        e.attributes?.first { $0.localName == name || $0.name == name }?.stringValue
    }
}
