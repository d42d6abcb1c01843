import CortegeCore
import Foundation
import Yams

/// `cortege fmt`: one canonical layout for plan and registry files (docs/plan-format.md, "Canonical layout"),
/// keeping every comment.
///
/// The file is composed into YAML nodes (which carry the line they start on) and written again from them:
/// keys in the order of ``PlanFormat``, two spaces of indentation, times, hours and INSEE codes double-quoted, an
/// entry of a list (and an `organizer`, a transfer) as one flow mapping `{ … }` when it fits in 120 columns, a
/// list of values as `[a, b]` when it fits. The comments, which YAML nodes do not keep, are read from the lines
/// of the file and put back by position: a comment on a line of its own goes before the key or entry that
/// follows it, a comment at the end of a line stays at the end of the line of its key or entry (at its column
/// when there is room). Blank lines before a key, an entry or a comment are kept, one at most. An entry or a
/// list with a comment inside keeps one line per key or value, so that no comment changes place.
///
/// Before it answers, the formatter checks its own work: the new text must compose to the same values and hold
/// the same comments; else it refuses, and the file is left as it is. Anchors and aliases, which the nodes do not
/// keep, are refused too.
public enum PlanFormatter {
    /// Lines are at most this wide when a mapping or a list is written on one line.
    public static let width = 120

    /// Why a file was not formatted.
    public enum Failure: Error, Sendable {
        /// The file is not YAML, or not one document.
        case syntax(Diagnostic)
        /// The file uses what the formatter does not write back (anchors and aliases, several documents), or its
        /// result did not hold the same values and comments (the formatter then writes nothing).
        case unsupported(Phrase)
    }

    /// The canonical text of `text` (the content of `file`).
    public static func format(_ text: String, file: String) -> Result<String, Failure> {
        let source = text.replacingOccurrences(of: "\r\n", with: "\n")
        let root: Node
        switch compose(source, file: file) {
        case .failure(let failure): return .failure(failure)
        case .success(let node): root = node
        }
        let comments = SourceComments(source)
        if comments.anchors {
            return .failure(
                .unsupported(
                    Phrase(
                        fr: "\(file) : cortege fmt ne réécrit pas les ancres et les alias",
                        en: "\(file): anchors and aliases are not written back by cortege fmt")))
        }
        var writer = Writer(comments: comments)
        writer.root(root)
        let output = writer.finish()
        // Check: same values, same comments.
        guard case .success(let again) = compose(output, file: file) else {
            return .failure(
                .unsupported(
                    Phrase(
                        fr: "\(file) : le texte mis en forme ne se relit pas ; le fichier est laissé tel quel",
                        en: "\(file): the formatted text does not read back; it was left as it is")))
        }
        guard Canonical(root) == Canonical(again) else {
            return .failure(
                .unsupported(
                    Phrase(
                        fr: "\(file) : la mise en forme changerait une valeur ; le fichier est laissé tel quel",
                        en: "\(file): formatting would change a value; it was left as it is")))
        }
        let before = comments.all.sorted()
        let after = SourceComments(output).all.sorted()
        guard before == after else {
            return .failure(
                .unsupported(
                    Phrase(
                        fr: "\(file) : la mise en forme perdrait un commentaire ; le fichier est laissé tel quel",
                        en: "\(file): formatting would lose a comment; it was left as it is")))
        }
        return .success(output)
    }

    static func compose(_ text: String, file: String) -> Result<Node, Failure> {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return .failure(
                    .syntax(
                        Diagnostic(
                            .planSyntax, Phrase.emptyFile(file), at: SourceLocation(file: file, line: 1, column: 1))
                    ))
            }
            if node.containsAlias {
                return .failure(
                    .unsupported(
                        Phrase(
                            fr: "\(file) : cortege fmt ne réécrit pas les ancres et les alias",
                            en: "\(file): anchors and aliases are not written back by cortege fmt")))
            }
            return .success(node)
        } catch let error as YamlError {
            let (message, location) = PlanLoader.describe(error, path: file)
            return .failure(.syntax(Diagnostic(.planSyntax, message, at: location)))
        } catch {
            return .failure(
                .syntax(
                    Diagnostic(
                        .planSyntax, Phrase.invalidYAML(file, error),
                        at: SourceLocation(file: file, line: 1, column: 1))))
        }
    }
}

// MARK: - Comments and blank lines of the source

/// The comments and blank lines of a YAML text, by line (1-based).
struct SourceComments {
    /// Comments alone on their line: line → text (from `#`).
    var full: [Int: String] = [:]
    /// Comments after a value: line → (column of `#`, text).
    var trailing: [Int: (column: Int, text: String)] = [:]
    var blank: Set<Int> = []
    var lineCount = 0
    /// Whether the text writes an anchor (`&a`) or an alias (`*a`), which the nodes do not keep.
    var anchors = false

    /// Every comment's text.
    var all: [String] { Array(full.values) + trailing.values.map(\.text) }

    init(_ text: String) {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        lineCount = lines.count
        var quote: Character?
        var blockScalar: Int?  // indentation of the line that opened a `|` or `>` scalar
        for (index, line) in lines.enumerated() {
            let number = index + 1
            let chars = Array(line)
            let indent = chars.prefix { $0 == " " }.count
            let content = line.trimmingCharacters(in: .whitespaces)
            if let opener = blockScalar {
                if content.isEmpty || indent > opener { continue }
                blockScalar = nil
            }
            if quote == nil {
                if content.isEmpty {
                    blank.insert(number)
                    continue
                }
                if content.hasPrefix("#") {
                    full[number] = content
                    continue
                }
            }
            var previous: Character?
            var i = 0
            var commentAt: Int?
            while i < chars.count {
                let c = chars[i]
                if let q = quote {
                    if q == "\"" && c == "\\" {
                        i += 2
                        continue
                    }
                    if c == q {
                        if q == "'" && i + 1 < chars.count && chars[i + 1] == "'" {
                            i += 2
                            continue
                        }
                        quote = nil
                        previous = c
                    }
                    i += 1
                    continue
                }
                if c == "#" && (i == 0 || chars[i - 1] == " " || chars[i - 1] == "\t") {
                    commentAt = i
                    break
                }
                let atValueStart = previous.map { ":-[{,?".contains($0) } ?? true
                if (c == "\"" || c == "'") && atValueStart {
                    quote = c
                }
                if (c == "&" || c == "*") && atValueStart && i + 1 < chars.count && chars[i + 1] != " " {
                    anchors = true
                }
                if c != " " && c != "\t" { previous = c }
                i += 1
            }
            let code = String(chars[0..<(commentAt ?? chars.count)]).trimmingCharacters(in: .whitespaces)
            if let at = commentAt {
                trailing[number] = (at, String(chars[at...]).trimmingCharacters(in: .whitespaces))
            }
            if quote == nil,
                code.range(of: #"(^|[:\-]\s*)[|>][0-9+-]*$"#, options: .regularExpression) != nil
            {
                blockScalar = indent
            }
        }
    }
}

// MARK: - Writing

extension Node {
    var line: Int { mark?.line ?? 0 }

    /// The last line any node inside this one starts on.
    var lastLine: Int {
        switch self {
        case .scalar, .alias: return line
        case .mapping(let m): return m.reduce(line) { max($0, $1.key.line, $1.value.lastLine) }
        case .sequence(let s): return s.reduce(line) { max($0, $1.lastLine) }
        }
    }

    var containsAlias: Bool {
        switch self {
        case .alias: return true
        case .scalar: return false
        case .mapping(let m): return m.contains { $0.key.containsAlias || $0.value.containsAlias }
        case .sequence(let s): return s.contains { $0.containsAlias }
        }
    }
}

/// Where a node is in the format: which section a mapping is, which kind of value a scalar is.
enum Place {
    case section(PlanSection)
    case value(PlanValue)
    case programmeEntry(groups: Bool)
    case unknown

    func child(_ key: String) -> Place {
        guard case .section(let section) = self else { return .unknown }
        guard let k = PlanKey(rawValue: key), let definition = section.definition(k) else { return .unknown }
        return Place.of(definition.value)
    }

    static func of(_ value: PlanValue) -> Place {
        switch value {
        case .mapping(let name): return .section(PlanFormat.section(name))
        default: return .value(value)
        }
    }

    var element: Place {
        guard case .value(let value) = self else { return .unknown }
        switch value {
        case .list(let element): return Place.of(element)
        case .programme: return .programmeEntry(groups: true)
        case .groupItems: return .programmeEntry(groups: false)
        case .peopleList, .escortRequest: return .value(.identifier)
        case .paths: return .value(.path)
        case .geo, .sides: return .value(.text)
        default: return .unknown
        }
    }
}

/// One line of the output, with the source lines it stands for.
struct OutputLine {
    var text: String
    /// Source lines whose end-of-line comment may go on this line.
    var covers: Set<Int>
    /// Source lines of the nodes this line begins, the outermost first: the comments on lines of their own and
    /// the blank lines before them go before this line.
    var begins: [Int]
    var indent: Int
}

struct Writer {
    let comments: SourceComments
    var lines: [OutputLine] = []

    init(comments: SourceComments) { self.comments = comments }

    mutating func root(_ node: Node) {
        let place: Place
        if case .mapping(let m) = node,
            m.contains(where: { ["cortege", "visit", "programme"].contains($0.key.string ?? "") })
        {
            place = .section(PlanFormat.plan)
        } else if case .mapping = node {
            place = .section(PlanFormat.registry)
        } else {
            place = .unknown
        }
        switch node {
        case .mapping(let m): blockMapping(m, place: place, indent: 0, prefix: nil)
        case .sequence(let s): blockSequence(s, place: place, indent: 0)
        default: emit(scalar(node, place: place, flow: false), indent: 0, covers: [node.line], begins: node.line)
        }
    }

    /// Whether a comment lies between `first` and the last line of `node` (a node on one line keeps the comment at
    /// its end when it is written on one line, so that one does not count).
    func hasComments(from first: Int, _ node: Node) -> Bool {
        let last = max(first, node.lastLine)
        if first == last { return false }
        return (first...last).contains { comments.full[$0] != nil || comments.trailing[$0] != nil }
    }

    // MARK: Mappings

    /// The pairs of a mapping in canonical order: the section's keys first, in its order, then any other key.
    func ordered(_ m: Node.Mapping, place: Place) -> [(Node, Node)] {
        let pairs = Array(m)
        guard case .section(let section) = place else { return pairs.map { ($0.key, $0.value) } }
        let rank = Dictionary(uniqueKeysWithValues: section.keys.enumerated().map { ($1.key.rawValue, $0) })
        return pairs.enumerated().sorted { a, b in
            let ra = rank[a.element.key.string ?? ""] ?? Int.max
            let rb = rank[b.element.key.string ?? ""] ?? Int.max
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map { ($0.element.key, $0.element.value) }
    }

    /// Whether a mapping at this place is written `{ … }` when it is short.
    func flowable(_ place: Place, entry: Bool) -> Bool {
        if entry { return true }
        guard case .section(let section) = place else { return false }
        return section.name == .organizer || section.name == .contact || section.name == .transfer
    }

    /// The one-line form of a mapping or list, nil when it holds a mapping or a list of mappings.
    func flowText(_ node: Node, place: Place) -> String? {
        switch node {
        case .scalar: return scalar(node, place: place, flow: true)
        case .alias: return nil
        case .sequence(let s):
            var parts: [String] = []
            for element in s {
                guard case .scalar = element else { return nil }
                parts.append(scalar(element, place: place.element, flow: true))
            }
            return "[" + parts.joined(separator: ", ") + "]"
        case .mapping(let m):
            var parts: [String] = []
            for (key, value) in ordered(m, place: place) {
                if case .mapping = value { return nil }
                guard let k = key.string, case .scalar = key, let v = flowText(value, place: place.child(k)) else {
                    return nil
                }
                parts.append(keyText(key) + ":" + (v.isEmpty ? "" : " " + v))
            }
            return parts.isEmpty ? "{}" : "{ " + parts.joined(separator: ", ") + " }"
        }
    }

    /// A block mapping at `indent`; with `prefix` (`- `), its first pair goes on the prefix's line.
    mutating func blockMapping(_ m: Node.Mapping, place: Place, indent: Int, prefix: String?) {
        let pairs = ordered(m, place: place)
        if pairs.isEmpty {
            emit((prefix ?? "") + "{}", indent: indent, covers: [], begins: nil)
            return
        }
        for (n, (key, value)) in pairs.enumerated() {
            let lead = n == 0 ? (prefix ?? "") : String(repeating: " ", count: prefix?.count ?? 0)
            pair(key, value, place: place, indent: indent, lead: lead)
        }
    }

    /// One `key: value` at `indent`, after `lead` (the `- ` of an entry, or spaces).
    mutating func pair(_ key: Node, _ value: Node, place: Place, indent: Int, lead: String) {
        let name = key.string ?? ""
        let childPlace = place.child(name)
        let head = lead + keyText(key) + ":"
        let column = indent + lead.count
        switch value {
        case .scalar:
            let v = scalar(value, place: childPlace, flow: false)
            emit(
                head + (v.isEmpty ? "" : " " + v), indent: indent, covers: Set([key.line, value.line]),
                begins: key.line)
        case .sequence(let s):
            if !hasComments(from: key.line, value), let flow = flowText(value, place: childPlace),
                indent + head.count + 1 + flow.count <= PlanFormatter.width
            {
                emit(head + " " + flow, indent: indent, covers: lines(key.line, value), begins: key.line)
            } else if s.count == 0 {
                emit(head + " []", indent: indent, covers: [key.line], begins: key.line)
            } else {
                emit(head, indent: indent, covers: [key.line], begins: key.line)
                blockSequence(s, place: childPlace, indent: column + 2)
            }
        case .mapping(let m):
            if flowable(childPlace, entry: false), !hasComments(from: key.line, value),
                let flow = flowText(value, place: childPlace),
                indent + head.count + 1 + flow.count <= PlanFormatter.width
            {
                emit(head + " " + flow, indent: indent, covers: lines(key.line, value), begins: key.line)
            } else if m.count == 0 {
                emit(head + " {}", indent: indent, covers: [key.line], begins: key.line)
            } else {
                emit(head, indent: indent, covers: [key.line], begins: key.line)
                blockMapping(m, place: childPlace, indent: column + 2, prefix: nil)
            }
        case .alias:
            break
        }
    }

    func lines(_ first: Int, _ node: Node) -> Set<Int> { Set(min(first, node.line)...max(first, node.lastLine)) }

    /// A block list at `indent`, one `- ` entry a line (or more for a mapping written as a block).
    mutating func blockSequence(_ s: Node.Sequence, place: Place, indent: Int) {
        for element in s {
            let elementPlace: Place
            if case .programmeEntry(let groups) = place.element {
                elementPlace = entryPlace(element, groups: groups)
            } else {
                elementPlace = place.element
            }
            switch element {
            case .scalar:
                emit(
                    "- " + scalar(element, place: elementPlace, flow: false), indent: indent, covers: [element.line],
                    begins: element.line)
            case .mapping(let m):
                if case .section(let section) = elementPlace, section.name == .plan {
                    // a programme entry `transfer:` or `group:`: never folded, its body decides
                    blockEntry(m, place: elementPlace, indent: indent, element: element)
                } else if !hasComments(from: element.line, element), let flow = flowText(element, place: elementPlace),
                    indent + 2 + flow.count <= PlanFormatter.width
                {
                    emit("- " + flow, indent: indent, covers: lines(element.line, element), begins: element.line)
                } else {
                    blockEntry(m, place: elementPlace, indent: indent, element: element)
                }
            case .sequence(let inner):
                if !hasComments(from: element.line, element), let flow = flowText(element, place: elementPlace),
                    indent + 2 + flow.count <= PlanFormatter.width
                {
                    emit("- " + flow, indent: indent, covers: lines(element.line, element), begins: element.line)
                } else {
                    emit("-", indent: indent, covers: [element.line], begins: element.line)
                    blockSequence(inner, place: elementPlace, indent: indent + 2)
                }
            case .alias:
                break
            }
        }
    }

    mutating func blockEntry(_ m: Node.Mapping, place: Place, indent: Int, element: Node) {
        // The entry begins on its first line; its first pair's line is that line too.
        let start = lines.count
        blockMapping(m, place: place, indent: indent, prefix: "- ")
        if start < lines.count {
            lines[start].covers.insert(element.line)
            lines[start].begins.insert(element.line, at: 0)
        }
    }

    /// The place of a programme entry: a `transfer:` or `group:` entry (a mapping of that one key), else an item.
    func entryPlace(_ element: Node, groups: Bool) -> Place {
        if case .mapping(let m) = element, m.count == 1, let key = m.first?.key.string,
            key == "transfer" || (groups && key == "group")
        {
            return .section(PlanSection.entry(key == "transfer" ? .transfer : .group))
        }
        return .section(PlanFormat.item)
    }

    mutating func emit(_ text: String, indent: Int, covers: Set<Int>, begins: Int?) {
        lines.append(
            OutputLine(
                text: String(repeating: " ", count: indent) + text, covers: covers, begins: begins.map { [$0] } ?? [],
                indent: indent))
    }

    // MARK: Scalars

    func keyText(_ key: Node) -> String {
        guard case .scalar(let s) = key else { return "?" }
        return render(s, canonicalQuote: false, flow: true)
    }

    /// A scalar as written back: times, hours and codes double-quoted; else in its own style when that is safe.
    func scalar(_ node: Node, place: Place, flow: Bool) -> String {
        guard case .scalar(let s) = node else { return "" }
        var quote = false
        if case .value(let value) = place {
            switch value {
            case .hours, .communeCode, .territory: quote = true
            case .timeSpec: quote = LocalTime(text: s.string) != nil
            default: break
            }
        }
        if s.style == .plain && s.string.isEmpty { return "" }
        return render(s, canonicalQuote: quote, flow: flow)
    }

    func render(_ s: Node.Scalar, canonicalQuote: Bool, flow: Bool) -> String {
        let value = s.string
        if canonicalQuote { return Self.doubleQuoted(value) }
        switch s.style {
        case .plain, .any:
            return Self.plainSafe(value, flow: flow) ? value : Self.doubleQuoted(value)
        case .singleQuoted:
            return value.contains("\n")
                ? Self.doubleQuoted(value) : "'" + value.replacingOccurrences(of: "'", with: "''") + "'"
        default:
            return Self.doubleQuoted(value)
        }
    }

    /// Whether a plain scalar read from a block can be written plain here (in a flow `{ }` or `[ ]` too).
    static func plainSafe(_ value: String, flow: Bool) -> Bool {
        guard let first = value.first, let last = value.last else { return false }
        if value.contains("\n") || first == " " || last == " " || value.contains(": ") || value.contains(" #")
            || last == ":"
        {
            return false
        }
        if "-?:,[]{}#&*!|>'\"%@`".contains(first) {
            // `-x`, `?x`, `:x` are plain when a character other than a space follows (`-61.53`)
            if !("-?:".contains(first) && value.count > 1 && value.dropFirst().first != " ") { return false }
        }
        if flow && value.contains(where: { ",[]{}".contains($0) }) { return false }
        return true
    }

    static func doubleQuoted(_ value: String) -> String {
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\x%02X", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    // MARK: Comments and blank lines

    /// The text: the lines, the comments put back, a blank line where the source had one before a node.
    func finish() -> String {
        // Comments on lines of their own go before the node that follows them in the source.
        let beginnings = lines.indices.flatMap { i in lines[i].begins.map { ($0, i) } }.sorted { $0 < $1 }
        var before: [Int: [Int]] = [:]  // output line → source lines of the comments before it
        var atEnd: [Int] = []
        for line in comments.full.keys.sorted() {
            // the first beginning after `line`, by binary search
            var low = 0
            var high = beginnings.count
            while low < high {
                let middle = (low + high) / 2
                if beginnings[middle].0 > line { high = middle } else { low = middle + 1 }
            }
            if low < beginnings.count {
                before[beginnings[low].1, default: []].append(line)
            } else {
                atEnd.append(line)
            }
        }
        // Comments at the end of a line go on the last output line standing for that source line (the innermost:
        // `- p` rather than the `participants:` of `participants: [p,  # …`), else for the nearest line before it.
        var standsFor: [Int: Int] = [:]
        for (i, line) in lines.enumerated() {
            for source in line.covers { standsFor[source] = i }
        }
        var trailing: [Int: [(column: Int, text: String)]] = [:]
        for (line, comment) in comments.trailing.sorted(by: { $0.key < $1.key }) {
            var target = 0
            for source in stride(from: line, through: 1, by: -1) {
                if let i = standsFor[source] {
                    target = i
                    break
                }
            }
            trailing[target, default: []].append(comment)
        }
        var out: [String] = []
        func blank() {
            if let last = out.last, !last.isEmpty { out.append("") }
        }
        for (i, line) in lines.enumerated() {
            let notes = before[i] ?? []
            for source in notes {
                if comments.blank.contains(source - 1) { blank() }
                out.append(String(repeating: " ", count: line.indent) + (comments.full[source] ?? ""))
            }
            if let outermost = line.begins.first, comments.blank.contains(outermost - 1) { blank() }
            var extra = trailing[i] ?? []
            var text = line.text
            if !extra.isEmpty {
                let first = extra.removeFirst()
                for other in extra {
                    out.append(String(repeating: " ", count: line.indent) + other.text)
                }
                let pad = first.column > text.count + 1 ? first.column - text.count : 2
                text += String(repeating: " ", count: pad) + first.text
            }
            out.append(text)
        }
        for source in atEnd {
            if comments.blank.contains(source - 1) { blank() }
            out.append(comments.full[source] ?? "")
        }
        while out.first == "" { out.removeFirst() }
        return out.joined(separator: "\n") + "\n"
    }
}

extension PlanSection {
    /// A programme entry `transfer:` or `group:`: a mapping of that one key, whose value is the section.
    static func entry(_ name: Name) -> PlanSection {
        let key: PlanKey = name == .transfer ? .transfer : .group
        return PlanSection(.plan, "a programme entry", [PlanKeyDefinition(key, .mapping(name), "")])
    }
}

/// The values of a YAML node, as the loader reads them: scalars by text (and whether a plain one is empty),
/// mappings by key (in the order written for a repeated key), lists in order.
indirect enum Canonical: Equatable {
    case scalar(String, emptyPlain: Bool)
    case list([Canonical])
    case mapping([String: [Canonical]])
    case other

    init(_ node: Node) {
        switch node {
        case .scalar(let s): self = .scalar(s.string, emptyPlain: s.string.isEmpty && s.style == .plain)
        case .sequence(let seq): self = .list(seq.map(Canonical.init))
        case .mapping(let m):
            var pairs: [String: [Canonical]] = [:]
            for (key, value) in m { pairs[key.string ?? "?", default: []].append(Canonical(value)) }
            self = .mapping(pairs)
        case .alias: self = .other
        }
    }
}
