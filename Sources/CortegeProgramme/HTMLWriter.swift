/// A small writer of XHTML-compatible markup: every text and attribute value is escaped, every element is closed,
/// void elements are self-closed (`<br/>`), so the output parses both as HTML and as XML.
///
/// Nothing reaches the output unescaped but the style sheet, which `CSS` builds and escapes value by value.
struct HTMLWriter {
    private(set) var output = ""
    private var stack: [String] = []

    /// Attributes in the order written (deterministic output). A nil value omits the attribute.
    typealias Attributes = KeyValuePairs<String, String?>

    /// Escapes text content: `&`, `<`, `>`, and the characters XML 1.0 forbids.
    static func escapeText(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// Escapes an attribute value (always written between double quotes).
    static func escapeAttribute(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            case "\r": out += "&#13;"
            default:
                if isAllowedInXML(scalar) { out.unicodeScalars.append(scalar) } else { out += "\u{FFFD}" }
            }
        }
        return out
    }

    /// XML 1.0 `Char`: tab, newline, carriage return, and everything from U+0020 but the surrogates and
    /// U+FFFE/U+FFFF. Other C0 controls would make the document ill-formed.
    static func isAllowedInXML(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    private func tagOpening(_ name: String, _ attributes: Attributes) -> String {
        tagOpening(name, attributes.map { ($0.key, $0.value) })
    }

    private func tagOpening(_ name: String, _ attributes: [(String, String?)]) -> String {
        var s = "<" + name
        for (key, value) in attributes {
            guard let value else { continue }
            s += " \(key)=\"\(Self.escapeAttribute(value))\""
        }
        return s
    }

    /// Opens an element; close it with `close()`.
    mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        output += tagOpening(name, attributes) + ">"
        stack.append(name)
    }

    /// Closes the innermost open element.
    mutating func close() {
        guard let name = stack.popLast() else { return }
        output += "</\(name)>"
    }

    /// An element with content written by `body`.
    mutating func element(_ name: String, _ attributes: Attributes = [:], _ body: (inout HTMLWriter) -> Void) {
        open(name, attributes)
        body(&self)
        close()
    }

    /// An element holding only text.
    mutating func element(_ name: String, _ attributes: Attributes = [:], text: String) {
        output += tagOpening(name, attributes) + ">" + Self.escapeText(text) + "</\(name)>"
    }

    /// A void element (`<meta/>`, `<br/>`) or an empty SVG shape (`<rect/>`).
    mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        output += tagOpening(name, attributes) + "/>"
    }

    /// An empty element whose attributes were assembled at run time.
    mutating func empty(_ name: String, attributes: [(String, String?)]) {
        output += tagOpening(name, attributes) + "/>"
    }

    /// Escaped text.
    mutating func text(_ text: String) { output += Self.escapeText(text) }

    /// A newline, for readable source.
    mutating func newline() { output += "\n" }

    /// A style sheet built by `CSS`. Its values are CSS-escaped strings without `<`, `>` or `&`, so the text
    /// needs no XML escape and reads the same to an HTML and to an XML parser.
    mutating func styleSheet(_ css: CSS) { output += css.text }

    /// Closes every element still open and returns the document.
    mutating func finish() -> String {
        while !stack.isEmpty { close() }
        return output
    }
}

/// Style sheet text. Every value interpolated into it goes through `string(_:)`.
struct CSS {
    var text: String

    /// A CSS string literal that cannot end the string, the rule or the `<style>` element: quotes, backslashes,
    /// line ends, `<`, `>` and `&` are written as CSS escapes (which an HTML and an XML parser both pass through
    /// unchanged), and characters XML forbids become spaces.
    static func string(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\22 "
            case "\\": out += "\\5C "
            case "\n", "\r": out += "\\A "
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            case "&": out += "\\26 "
            default:
                if scalar.value < 0x20 || !HTMLWriter.isAllowedInXML(scalar) {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
