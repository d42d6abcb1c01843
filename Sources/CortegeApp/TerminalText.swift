/// Text from the input (titles, agenda SUMMARYs, file names) made safe for a terminal: its control characters
/// are shown escaped, so that an ANSI escape in an agenda cannot erase or rewrite the lines around it
/// (docs/diagnostics.md, "Human output").
public enum TerminalText {
    /// `text` with every control character escaped: `\n`, `\r`, `\t`, else `\xHH` (C0 and DEL) or `\u{HHHH}`
    /// (C1 controls, line and paragraph separators, bidirectional overrides). `keepingLines` (every printed
    /// line) keeps `\n` and `\t` (the layout of a report) and escapes the other C0 controls and DEL only, which
    /// JSON never holds raw: a JSON document goes through unchanged.
    public static func escaped(_ text: String, keepingLines: Bool = false) -> String {
        // Most texts (a whole JSON report, say) hold nothing to escape: they are returned as they are, without
        // being rebuilt scalar by scalar.
        if !text.unicodeScalars.contains(where: { needsEscape($0, keepingLines: keepingLines) }) { return text }
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for s in text.unicodeScalars {
            switch s.value {
            case 0x0A where keepingLines, 0x09 where keepingLines: out.unicodeScalars.append(s)
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x00..<0x20, 0x7F: out += "\\x" + hex(s.value, digits: 2)
            case 0x80..<0xA0 where !keepingLines, 0x2028 where !keepingLines, 0x2029 where !keepingLines,
                0x202A...0x202E where !keepingLines, 0x2066...0x2069 where !keepingLines:
                out += "\\u{" + hex(s.value, digits: 4) + "}"
            default: out.unicodeScalars.append(s)
            }
        }
        return out
    }

    /// Whether `escaped` writes `s` otherwise than as itself (the cases of its `switch` but the last).
    private static func needsEscape(_ s: Unicode.Scalar, keepingLines: Bool) -> Bool {
        switch s.value {
        case 0x0A, 0x09: !keepingLines
        case 0x00..<0x20, 0x7F: true
        case 0x80..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: !keepingLines
        default: false
        }
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let h = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, digits - h.count)) + h
    }
}
