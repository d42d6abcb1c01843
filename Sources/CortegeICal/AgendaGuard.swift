import CortegeCore
import Foundation

/// Bounds on what one agenda file may hand to libical, checked on the bytes before libical sees them
/// (docs/agendas.md, "Bounded cost per agenda").
///
/// libical's parser is quadratic in the parameters of one property, and its time and memory grow quadratically
/// with the length of a line that carries parameters: a 284 KB line of 21,798 parameters takes seconds, a
/// 323 KB line of long parameter values seconds and gigabytes (libical's own fuzz cases 42517512 and
/// 42521679). A line without parameters (a long DESCRIPTION, say) costs libical little. No calendar program
/// writes such lines. A content line (folded lines joined) with more than ``maxParameters`` parameters, or
/// longer than ``maxLineWithParametersBytes`` with parameters, or longer than ``maxLineBytes`` at all, is left
/// out of what libical parses, with an `ics-syntax` warning at its first line; the rest of the file is read as
/// usual. A file larger than ``maxFileBytes`` is not read at all (a warning at line 1).
public enum AgendaGuard {
    /// The largest agenda file read: 64 MiB (a million-event département spread over its people is far smaller
    /// per file).
    public static let maxFileBytes = 64 << 20
    /// The longest content line given to libical, folded lines joined (1 MiB: libical parses a line of that
    /// length without parameters in a few hundredths of a second).
    public static let maxLineBytes = 1 << 20
    /// The longest content line with parameters given to libical (32 KiB: the worst pattern known, that of
    /// fuzz42521679, then costs libical about 0.1 s and 100 MB).
    public static let maxLineWithParametersBytes = 32 << 10
    /// The most parameters one property may carry (calendar programs write fewer than ten).
    public static let maxParameters = 100

    /// A content line left out of what libical reads.
    struct Dropped {
        /// The line number of the content line's first physical line (1-based).
        var line: Int
        /// The byte range of the content line in the text, from its first byte to the end of its last
        /// physical line's line break.
        var range: Range<Int>
        /// The property name as written (at most 40 bytes).
        var name: String
        /// The content line's length, folded lines joined.
        var length: Int
        /// Its parameters, counted up to the first unquoted colon.
        var parameters: Int

        /// The `ics-syntax` text of the finding, in English.
        var message: String { phrase.en }

        /// The `ics-syntax` text of the finding.
        var phrase: Phrase {
            let shown =
                name.isEmpty
                ? Phrase(fr: "une ligne", en: "a line")
                : Phrase(fr: "la ligne de la propriété \(name)", en: "the line of property \(name)")
            var reasons: [Phrase] = []
            if length > AgendaGuard.maxLineBytes {
                let max = AgendaGuard.maxLineBytes
                reasons.append(
                    Phrase(
                        fr: "compte \(length) octets (au plus \(max))", en: "is \(length) bytes long (at most \(max))"))
            } else if parameters > 0, length > AgendaGuard.maxLineWithParametersBytes {
                let max = AgendaGuard.maxLineWithParametersBytes
                reasons.append(
                    Phrase(
                        fr: "compte \(length) octets avec ses paramètres (au plus \(max))",
                        en: "is \(length) bytes long with parameters (at most \(max))"))
            }
            if parameters > AgendaGuard.maxParameters {
                let max = AgendaGuard.maxParameters
                reasons.append(
                    Phrase(
                        fr: "a \(parameters) paramètres (au plus \(max))",
                        en: "has \(parameters) parameters (at most \(max))"))
            }
            return Phrase(
                fr: "\(shown.fr) \(reasons.map(\.fr).joined(separator: " et ")) : elle n'est pas lue, le reste de "
                    + "l'agenda l'est",
                en: "\(shown.en) \(reasons.map(\.en).joined(separator: " and ")): it is not read, the rest of the "
                    + "agenda is")
        }
    }

    /// The content lines of `bytes` that exceed a bound, in file order.
    static func screen(_ bytes: UnsafeBufferPointer<UInt8>) -> [Dropped] {
        var dropped: [Dropped] = []
        let count = bytes.count
        var position = 0
        var lineNumber = 0
        while position < count {
            // One content line: its first physical line, then continuation lines (starting with a space or tab).
            let start = position
            let firstLine = lineNumber + 1
            var length = 0
            var parameters = 0
            var inQuotes = false
            var inHead = true
            var nameEnd: Int?
            var physical = true
            while physical {
                lineNumber += 1
                // A continuation line's first byte (the fold) is not part of the content.
                var i = position == start ? position : position + 1
                // The name and parameters, byte by byte, up to the first colon outside quotes.
                while inHead, i < count, bytes[i] != 0x0A {
                    let b = bytes[i]
                    if b != 0x0D { length += 1 }
                    if b == UInt8(ascii: "\"") {
                        inQuotes.toggle()
                    } else if !inQuotes, b == UInt8(ascii: ";") {
                        parameters += 1
                        if nameEnd == nil { nameEnd = i }
                    } else if !inQuotes, b == UInt8(ascii: ":") {
                        inHead = false
                        if nameEnd == nil { nameEnd = i }
                    }
                    i += 1
                }
                // The value: its length is all that counts, so the line's end is found with memchr, and its CRs.
                if i < count, bytes[i] != 0x0A {
                    let end = Self.index(of: 0x0A, in: bytes, from: i, to: count)
                    var crs = 0
                    var from = i
                    while from < end {
                        let cr = Self.index(of: 0x0D, in: bytes, from: from, to: end)
                        if cr < end { crs += 1 }
                        from = cr + 1
                    }
                    length += end - i - crs
                    i = end
                }
                position = i < count ? i + 1 : count
                physical = position < count && (bytes[position] == 0x20 || bytes[position] == 0x09)
            }
            if length > maxLineBytes || parameters > maxParameters
                || (parameters > 0 && length > maxLineWithParametersBytes)
            {
                let end = min(nameEnd ?? (start + 40), start + 40)
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                    .unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F }
                dropped.append(
                    Dropped(
                        line: firstLine, range: start..<position, name: String(String.UnicodeScalarView(name)),
                        length: length, parameters: parameters))
            }
        }
        return dropped
    }

    /// The index of the first `byte` in `bytes[from..<to]`, or `to` (memchr).
    static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        guard from < to, let base = bytes.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else {
            return to
        }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// `bytes` without the `dropped` content lines.
    static func removing(_ dropped: [Dropped], from bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var from = 0
        for d in dropped {
            kept += UnsafeBufferPointer(rebasing: bytes[from..<d.range.lowerBound])
            from = d.range.upperBound
        }
        kept += UnsafeBufferPointer(rebasing: bytes[from..<bytes.count])
        return kept
    }
}
