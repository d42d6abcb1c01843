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

/// Deterministic JSON text (sorted keys, no escaped slashes).
public enum JSON {
    public static func string(_ value: Any) -> String {
        guard JSONSerialization.isValidJSONObject(value),
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]),
            let text = String(data: data, encoding: .utf8)
        else { return "null" }
        return text
    }
}
