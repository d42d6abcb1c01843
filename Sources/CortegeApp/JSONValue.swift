/// A JSON value, written as deterministic text: keys sorted, two-space indentation, ` : ` between a key and its
/// value, no escaped slashes (the JSON outputs of docs/diagnostics.md and docs/plan-format.md).
public enum JSONValue: Hashable, Sendable {
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    /// A list of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

    /// The string, or `null`.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// The number, or `null`.
    public static func int(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The text of the value.
    public var text: String {
        var out = ""
        write(indent: 0, into: &out)
        return out
    }

    func write(indent: Int, into out: inout String) {
        switch self {
        case .string(let s):
            Self.quote(s, into: &out)
        case .bool(let b):
            out += b ? "true" : "false"
        case .int(let i):
            out += String(i)
        case .double(let d):
            out += d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)) : "null"
        case .null:
            out += "null"
        case .object(let members):
            Self.write(members.sorted { $0.key < $1.key }, between: ("{", "}"), indent: indent, into: &out) {
                member, out in
                Self.quote(member.key, into: &out)
                out += " : "
                member.value.write(indent: indent + 2, into: &out)
            }
        case .array(let elements):
            Self.write(elements, between: ("[", "]"), indent: indent, into: &out) { element, out in
                element.write(indent: indent + 2, into: &out)
            }
        }
    }

    /// An object's members or an array's elements: one a line, indented two spaces more than the brackets.
    static func write<Element>(
        _ elements: [Element], between brackets: (open: String, close: String), indent: Int, into out: inout String,
        element write: (Element, inout String) -> Void
    ) {
        if elements.isEmpty {
            out += brackets.open + brackets.close
            return
        }
        out += brackets.open + "\n"
        let pad = String(repeating: " ", count: indent + 2)
        for (n, element) in elements.enumerated() {
            out += pad
            write(element, &out)
            out += n + 1 < elements.count ? ",\n" : "\n"
        }
        out += String(repeating: " ", count: indent) + brackets.close
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings hold nothing to escape: appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(nilLiteral: ()) { self = .null }

    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
