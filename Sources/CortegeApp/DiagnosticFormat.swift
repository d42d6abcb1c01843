import CortegeCore

/// Renders findings as text (docs/diagnostics.md): `file:line:col: severity[code]: message`, then `note:` and `help:` lines.
public enum DiagnosticFormat {
    public static func human(_ d: Diagnostic, zone: Zone? = nil) -> String {
        // Each field on its line: a newline or an escape sequence from the input cannot fake or erase a line.
        let safe = { (text: String) in TerminalText.escaped(text) }
        var lines: [String] = []
        let place = d.location.map { safe("\($0)") + ": " } ?? ""
        lines.append("\(place)\(d.severity.rawValue)[\(d.code.rawValue)]: \(safe(d.message))")
        for note in d.notes {
            let notePlace = note.location.map { safe("\($0.file):\($0.line)") + ": " } ?? ""
            lines.append("  note: \(notePlace)\(safe(note.message))")
        }
        if let help = d.help { lines.append("  help: \(safe(help))") }
        return lines.joined(separator: "\n")
    }

    /// One JSON object with the keys of docs/diagnostics.md (and `notes`, `help`).
    public static func jsonObject(_ d: Diagnostic, zone: Zone?) -> JSONValue {
        let z = zone ?? .utc
        var object: [String: JSONValue] = [
            "code": .string(d.code.rawValue), "severity": .string(d.severity.rawValue), "message": .string(d.message),
            "file": .string(d.location?.file), "line": .int(d.location?.line), "column": .int(d.location?.column),
            "subjects": .strings(d.subjects), "start": .string(d.start.map { z.iso8601($0) }),
            "end": .string(d.end.map { z.iso8601($0) }),
        ]
        if let help = d.help { object["help"] = .string(help) }
        if !d.notes.isEmpty {
            object["notes"] = .array(
                d.notes.map { n in
                    ["message": .string(n.message), "file": .string(n.location?.file), "line": .int(n.location?.line)]
                })
        }
        return .object(object)
    }

    /// A JSON array of findings, each with the zone in which its times are written.
    public static func json(_ findings: [(Diagnostic, Zone?)]) -> String {
        JSONValue.array(findings.map { jsonObject($0.0, zone: $0.1) }).text
    }
}
