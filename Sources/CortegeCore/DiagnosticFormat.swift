import Foundation

/// Renders findings as text (SPEC §6): `file:line:col: severity[code]: message`, then `note:` and `help:` lines.
public enum DiagnosticFormat {
    public static func human(_ d: Diagnostic, zone: Zone? = nil) -> String {
        var lines: [String] = []
        let place = d.location.map { "\($0): " } ?? ""
        lines.append("\(place)\(d.severity.rawValue)[\(d.code.rawValue)]: \(d.message)")
        for note in d.notes {
            let where_ = note.location.map { "\($0.file):\($0.line): " } ?? ""
            lines.append("  note: \(where_)\(note.message)")
        }
        if let help = d.help { lines.append("  help: \(help)") }
        return lines.joined(separator: "\n")
    }

    /// One JSON object with the keys of SPEC §6 (and `notes`, `help`).
    public static func jsonObject(_ d: Diagnostic, zone: Zone?) -> [String: Any] {
        let z = zone ?? .utc
        var object: [String: Any] = [
            "code": d.code.rawValue, "severity": d.severity.rawValue, "message": d.message,
            "file": d.location?.file ?? NSNull(), "line": d.location?.line ?? NSNull(),
            "column": d.location?.column ?? NSNull(), "subjects": d.subjects,
            "start": d.start.map { z.iso8601($0) } ?? NSNull(), "end": d.end.map { z.iso8601($0) } ?? NSNull(),
        ]
        if let help = d.help { object["help"] = help }
        if !d.notes.isEmpty {
            object["notes"] = d.notes.map { n -> [String: Any] in
                ["message": n.message, "file": n.location?.file ?? NSNull(), "line": n.location?.line ?? NSNull()]
            }
        }
        return object
    }

    /// A JSON array of findings, each with the zone in which its times are written.
    public static func json(_ findings: [(Diagnostic, Zone?)]) -> String {
        let array = findings.map { jsonObject($0.0, zone: $0.1) }
        return JSON.string(array)
    }
}

/// Deterministic JSON text: keys sorted, two-space indentation, no escaped slashes.
///
/// Takes the values `JSONSerialization` takes (dictionaries with string keys, arrays, strings, numbers,
/// booleans, `NSNull`), written directly: the findings of a large check are printed without Foundation's
/// round trip through `NSDictionary`.
public enum JSON {
    public static func string(_ value: Any) -> String {
        var out = ""
        write(value, indent: 0, into: &out)
        return out
    }

    static func write(_ value: Any, indent: Int, into out: inout String) {
        switch value {
        case let s as String:
            quote(s, into: &out)
        case let b as Bool:
            out += b ? "true" : "false"
        case let i as Int:
            out += String(i)
        case let i as Int64:
            out += String(i)
        case let d as Double:
            out += d.isFinite ? (d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)) : "null"
        case let dict as [String: Any]:
            if dict.isEmpty {
                out += "{}"
                return
            }
            out += "{\n"
            let pad = String(repeating: " ", count: indent + 2)
            for (n, entry) in dict.sorted(by: { $0.key < $1.key }).enumerated() {
                out += pad
                quote(entry.key, into: &out)
                out += " : "
                write(entry.value, indent: indent + 2, into: &out)
                out += n + 1 < dict.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "}"
        case let array as [Any]:
            if array.isEmpty {
                out += "[]"
                return
            }
            out += "[\n"
            let pad = String(repeating: " ", count: indent + 2)
            for (n, element) in array.enumerated() {
                out += pad
                write(element, indent: indent + 2, into: &out)
                out += n + 1 < array.count ? ",\n" : "\n"
            }
            out += String(repeating: " ", count: indent) + "]"
        default:
            out += "null"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
