import CortegeCore

/// Renders findings as text (docs/diagnostics.md): `file:line:col: severity[code]: message`, then `note:` and
/// `help:` lines, in French (`erreur[code] : …`, `note : …`, `aide : …`) or in English.
public enum DiagnosticFormat {
    public static func human(_ d: Diagnostic, zone: Zone? = nil, language: Language) -> String {
        // Each field on its line: a newline or an escape sequence from the input cannot fake or erase a line.
        let safe = { (text: String) in TerminalText.escaped(text) }
        let words = Vocabulary(language)
        let colon = words.pick(" : ", ": ")
        var lines: [String] = []
        let place = d.location.map { safe("\($0)") + ": " } ?? ""
        lines.append(
            "\(place)\(words.severity(d.severity))[\(d.code.rawValue)]\(colon)\(safe(d.phrase.text(language)))")
        for note in d.notes {
            let notePlace = note.location.map { safe("\($0.file):\($0.line)") + ": " } ?? ""
            lines.append("  \(words.noteLabel)\(colon)\(notePlace)\(safe(note.phrase.text(language)))")
        }
        if let help = d.helpPhrase { lines.append("  \(words.helpLabel)\(colon)\(safe(help.text(language)))") }
        return lines.joined(separator: "\n")
    }

    /// One JSON object with the keys of docs/diagnostics.md (and `notes`, `help`): the keys, codes and severities
    /// are the same in every language, `message` and `help` are written in `language`.
    public static func jsonObject(_ d: Diagnostic, zone: Zone?, language: Language) -> JSONValue {
        let z = zone ?? .utc
        var object: [String: JSONValue] = [
            "code": .string(d.code.rawValue), "severity": .string(d.severity.rawValue),
            "message": .string(d.phrase.text(language)),
            "file": .string(d.location?.file), "line": .int(d.location?.line), "column": .int(d.location?.column),
            "subjects": .strings(d.subjects), "start": .string(d.start.map { z.iso8601($0) }),
            "end": .string(d.end.map { z.iso8601($0) }),
        ]
        if let help = d.helpPhrase { object["help"] = .string(help.text(language)) }
        if !d.notes.isEmpty {
            object["notes"] = .array(
                d.notes.map { n in
                    [
                        "message": .string(n.phrase.text(language)), "file": .string(n.location?.file),
                        "line": .int(n.location?.line),
                    ]
                })
        }
        return .object(object)
    }

    /// A JSON array of findings, each with the zone in which its times are written.
    public static func json(_ findings: [(Diagnostic, Zone?)], language: Language) -> String {
        JSONValue.array(findings.map { jsonObject($0.0, zone: $0.1, language: language) }).text
    }
}
