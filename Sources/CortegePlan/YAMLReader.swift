import Foundation
import CortegeCore
import Yams

/// A YAML mapping's entries with their locations, read once, checked against the keys a section allows.
struct Fields {
    let node: Node
    let location: SourceLocation
    var values: [String: Node] = [:]
    var keyLocations: [String: SourceLocation] = [:]

    subscript(key: PlanKey) -> Node? { values[key.rawValue] }
    func has(_ key: PlanKey) -> Bool { values[key.rawValue] != nil }
    func location(of key: PlanKey) -> SourceLocation { keyLocations[key.rawValue] ?? location }
}

/// Reads YAML nodes into typed values, collecting a finding for every value it cannot read.
///
/// Every reader returns nil for a value it could not read and records why, with the value's location, so one
/// pass reports every problem of a file.
struct YAMLReader {
    let file: String
    var findings: [Diagnostic] = []

    init(file: String) { self.file = file }

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file, line: 1, column: 1) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func report(
        _ code: DiagnosticCode, _ message: Phrase, at location: SourceLocation, subjects: [String] = [],
        notes: [DiagnosticNote] = [], help: Phrase? = nil
    ) {
        findings.append(Diagnostic(code, message, at: location, subjects: subjects, notes: notes, help: help))
    }

    static func describe(_ node: Node) -> Phrase {
        switch node {
        case .mapping: Phrase(fr: "une table de clés", en: "a mapping")
        case .sequence: Phrase(fr: "une liste", en: "a list")
        case .scalar(let s):
            s.string.isEmpty
                ? Phrase(fr: "une valeur vide", en: "an empty value")
                : Phrase(fr: "« \(excerpt(s.string)) »", en: "\"\(excerpt(s.string))\"")
        case .alias: Phrase(fr: "un alias", en: "an alias")
        }
    }

    /// `« value »` and `"value"`: a value of the plan quoted in a finding.
    static func quoted(_ s: String) -> Phrase { Phrase(fr: "« \(s) »", en: "\"\(s)\"") }
    /// The longest excerpt of a value a message quotes: a file that is not a plan (an include of `/etc/passwd`)
    /// is never echoed whole.
    static let excerptLength = 60

    /// `text` on one line, cut after ``excerptLength`` characters (with `…`).
    static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > excerptLength ? String(line.prefix(excerptLength)) + "…" : line
    }

    /// The entries of a mapping, checking every key against the keys its section of ``PlanFormat`` allows (with a
    /// suggestion for typos) and that every key the section requires is there.
    mutating func fields(_ node: Node, _ section: PlanSection) -> Fields? {
        let what = section.what.phrase
        let allowed = section.allowed
        let required = section.required
        guard case .mapping(let mapping) = node else {
            let found = Self.describe(node)
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit être une table de clés, pas \(found.fr)",
                    en: "\(what.en) must be a mapping of keys, not \(found.en)"), at: location(node),
                help: Phrase(fr: "l'écrire en lignes `clé: valeur`", en: "write it as `key: value` lines"))
            return nil
        }
        var fields = Fields(node: node, location: location(node))
        for (keyNode, value) in mapping {
            guard case .scalar(let keyScalar) = keyNode else {
                report(
                    .planSchema,
                    Phrase(
                        fr: "une clé de \(what.fr) doit être un simple mot",
                        en: "a key of \(what.en) must be a plain word"),
                    at: location(keyNode))
                continue
            }
            let key = keyScalar.string
            let keyLoc = location(keyNode)
            if !allowed.contains(where: { $0.rawValue == key }) {
                let suggestion = nearest(to: key, in: allowed.map(\.rawValue))
                let known = allowed.map(\.rawValue).joined(separator: ", ")
                report(
                    .planSchema,
                    Phrase(fr: "clé `\(key)` inconnue dans \(what.fr)", en: "unknown key `\(key)` in \(what.en)"),
                    at: keyLoc,
                    help: suggestion.map { Phrase.didYouMean($0) }
                        ?? Phrase(fr: "clés connues : \(known)", en: "known keys: \(known)"))
                continue
            }
            if let first = fields.keyLocations[key] {
                report(
                    .planSchema,
                    Phrase(
                        fr: "la clé `\(key)` est écrite deux fois dans \(what.fr)",
                        en: "key `\(key)` is written twice in \(what.en)"), at: keyLoc,
                    notes: [
                        DiagnosticNote(Phrase(fr: "écrite une première fois ici", en: "first written here"), at: first)
                    ],
                    help: Phrase(fr: "n'en garder qu'une", en: "keep one of them"))
                continue
            }
            fields.values[key] = value
            fields.keyLocations[key] = keyLoc
        }
        for key in required where fields.values[key.rawValue] == nil {
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) n'a pas de `\(key)`, qui est obligatoire",
                    en: "\(what.en) has no `\(key)`, which is required"),
                at: fields.location, help: Phrase(fr: "ajouter `\(key): …`", en: "add `\(key): …`"))
        }
        return fields
    }

    /// A scalar's text (any plain scalar: YAML numbers and dates are read as written).
    mutating func string(_ node: Node?, _ what: What) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node else {
            let found = Self.describe(node)
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit être une valeur unique, pas \(found.fr)",
                    en: "\(what.en) must be a single value, not \(found.en)"), at: location(node))
            return nil
        }
        if s.string.isEmpty && s.style == .plain {
            report(.planSchema, Phrase(fr: "\(what.fr) est vide", en: "\(what.en) is empty"), at: location(node))
            return nil
        }
        return s.string
    }

    /// A text with control characters other than newline and tab removed.
    mutating func text(_ node: Node?, _ what: What) -> String? {
        string(node, what).map {
            String(
                $0.unicodeScalars.filter { $0 == "\n" || $0 == "\t" || $0.value >= 0x20 && $0.value != 0x7F }.map(
                    Character.init))
        }
    }

    /// An e-mail address: one `@` with text on both sides, no spaces.
    mutating func email(_ node: Node?, _ what: What) -> String? {
        guard let node, let s = string(node, what) else { return nil }
        let parts = s.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !s.contains(where: \.isWhitespace) else {
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) « \(s) » n'est pas une adresse électronique",
                    en: "\(what.en) \"\(s)\" is not an e-mail address"), at: location(node),
                help: Phrase(fr: "l'écrire `nom@example.gouv.fr`", en: "write it as `name@example.gouv.fr`"))
            return nil
        }
        return s
    }

    /// The longest identifier, in characters (docs/plan-format.md): file names (`person-<id>.ics`) and CalDAV
    /// object names (`transfer-<item>-<item>.<visit>@<domain>.ics`) must stay under 255 bytes.
    static let maximumIdentifierLength = 48

    mutating func identifier(_ node: Node?, _ what: What) -> String? {
        guard let node, let s = string(node, what) else { return nil }
        guard s.count <= Self.maximumIdentifierLength else {
            let max = Self.maximumIdentifierLength
            report(
                .planSchema,
                Phrase(
                    fr:
                        "\(what.fr) `\(Self.excerpt(s))` compte \(s.count) caractères ; un identifiant en a au plus \(max)",
                    en:
                        "\(what.en) `\(Self.excerpt(s))` is \(s.count) characters long; identifiers are limited to \(max)"
                ),
                at: location(node),
                help: Phrase(
                    fr: "le raccourcir : il nomme des fichiers et des objets de calendrier",
                    en: "shorten it: it names files and calendar objects"))
            return nil
        }
        guard Self.isIdentifier(s) else {
            let suggestion = Self.suggestIdentifier(s)
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) `\(s)` n'est pas un identifiant (minuscules, chiffres et `-`)",
                    en: "\(what.en) `\(s)` is not an identifier (lowercase letters, digits and `-`)"),
                at: location(node), help: Phrase(fr: "l'écrire `\(suggestion)`", en: "write it as `\(suggestion)`"))
            return nil
        }
        return s
    }

    static func isIdentifier(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func suggestIdentifier(_ s: String) -> String {
        let folded = s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        return String(folded.map { ($0.isASCII && ($0.isLetter || $0.isNumber)) ? $0 : "-" })
    }

    /// A commune code: a string of digits (or 2A/2B), quoted or not.
    mutating func communeCode(_ node: Node?, _ what: What) -> String? {
        guard let node, let s = string(node, what) else { return nil }
        return s
    }

    mutating func integer(_ node: Node?, _ what: What, range: ClosedRange<Int>) -> Int? {
        guard let node, let s = string(node, what) else { return nil }
        guard let n = Int(s), range.contains(n) else {
            report(
                .planSchema,
                Phrase(
                    fr:
                        "\(what.fr) doit être un nombre entier de \(range.lowerBound) à \(range.upperBound), pas « \(s) »",
                    en:
                        "\(what.en) must be a whole number from \(range.lowerBound) to \(range.upperBound), not \"\(s)\""
                ),
                at: location(node))
            return nil
        }
        return n
    }

    mutating func bool(_ node: Node?, _ what: What) -> Bool? {
        guard let node, let s = string(node, what) else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit valoir true ou false, pas « \(s) »",
                    en: "\(what.en) must be true or false, not \"\(s)\""), at: location(node))
            return nil
        }
    }

    mutating func choice<E: RawRepresentable & CaseIterable>(_ node: Node?, _ what: What, _ type: E.Type) -> E?
    where E.RawValue == String {
        guard let node, let s = string(node, what) else { return nil }
        if let value = E(rawValue: s) { return value }
        let names = E.allCases.map(\.rawValue)
        let suggestion = nearest(to: s, in: names)
        let list = names.joined(separator: ", ")
        report(
            .planSchema,
            Phrase(
                fr: "\(what.fr) doit être l'un de \(list), pas « \(s) »",
                en: "\(what.en) must be one of \(list), not \"\(s)\""),
            at: location(node), help: suggestion.map { Phrase.didYouMean($0) })
        return nil
    }

    mutating func duration(_ node: Node?, _ what: What) -> Int? {
        guard let node, let s = string(node, what) else { return nil }
        guard let minutes = DurationText.minutes(s) else {
            report(
                .badTime,
                Phrase(fr: "\(what.fr) « \(s) » n'est pas une durée", en: "\(what.en) \"\(s)\" is not a duration"),
                at: location(node),
                help: Phrase(
                    fr: "écrire une durée comme `45m`, `1h30` ou `90m`",
                    en: "write a duration such as `45m`, `1h30` or `90m`"))
            return nil
        }
        return minutes
    }

    mutating func date(_ node: Node?, _ what: What) -> LocalDate? {
        guard let node, let s = string(node, what) else { return nil }
        guard let date = LocalDate(iso: s) else {
            report(
                .badTime, Phrase(fr: "\(what.fr) « \(s) » n'est pas une date", en: "\(what.en) \"\(s)\" is not a date"),
                at: location(node), help: Phrase(fr: "écrire `AAAA-MM-JJ`", en: "write `YYYY-MM-DD`"))
            return nil
        }
        guard Self.years.contains(date.year) else { return outOfRange(node, what, s) }
        return date
    }

    /// The years a plan's dates may fall in (docs/plan-format.md): what calendars and time zone data carry.
    static let years = 1970...2999

    private mutating func outOfRange<T>(_ node: Node, _ what: What, _ s: String) -> T? {
        let what = what.phrase
        let years = "\(Self.years.lowerBound)–\(Self.years.upperBound)"
        report(
            .badTime,
            Phrase(
                fr: "\(what.fr) « \(s) » sort des années \(years) que les calendriers peuvent porter",
                en: "\(what.en) \"\(s)\" is outside the years \(years) that calendars can carry"),
            at: location(node), help: Phrase(fr: "vérifier l'année", en: "check the year"))
        return nil
    }

    mutating func dateTime(_ node: Node?, _ what: What) -> LocalDateTime? {
        guard let node, let s = string(node, what) else { return nil }
        guard let dt = LocalDateTime(iso: s) else {
            report(
                .badTime,
                Phrase(
                    fr: "\(what.fr) « \(s) » n'est pas une date et heure locales",
                    en: "\(what.en) \"\(s)\" is not a local date-time"), at: location(node),
                help: Phrase(
                    fr: "écrire `AAAA-MM-JJTHH:MM`, à l'heure locale de la visite",
                    en: "write `YYYY-MM-DDTHH:MM`, in the visit's local time"))
            return nil
        }
        guard Self.years.contains(dt.date.year) else { return outOfRange(node, what, s) }
        return dt
    }

    mutating func timeSpec(_ node: Node?, _ what: What) -> TimeSpec? {
        guard let node, let s = string(node, what) else { return nil }
        if let t = LocalTime(text: s) { return .timeOfDay(t) }
        if let dt = LocalDateTime(iso: s) {
            guard Self.years.contains(dt.date.year) else { return outOfRange(node, what, s) }
            return .dateTime(dt)
        }
        report(
            .badTime, Phrase(fr: "\(what.fr) « \(s) » n'est pas une heure", en: "\(what.en) \"\(s)\" is not a time"),
            at: location(node),
            help: Phrase(
                fr: "écrire `HH:MM` (00:00 à 23:59) le jour même, ou `AAAA-MM-JJTHH:MM`",
                en: "write `HH:MM` (00:00 to 23:59) on the current day, or `YYYY-MM-DDTHH:MM`"))
        return nil
    }

    mutating func hours(_ node: Node?, _ what: What) -> DailyHours? {
        guard let node, let s = string(node, what) else { return nil }
        guard let h = DailyHours(text: s) else {
            report(
                .badTime,
                Phrase(
                    fr: "\(what.fr) « \(s) » n'est pas une plage horaire",
                    en: "\(what.en) \"\(s)\" is not a span of hours"),
                at: location(node), help: Phrase(fr: "écrire `HH:MM-HH:MM`", en: "write `HH:MM-HH:MM`"))
            return nil
        }
        return h
    }

    mutating func list(_ node: Node?, _ what: What) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let seq) = node else {
            let found = Self.describe(node)
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit être une liste, pas \(found.fr)",
                    en: "\(what.en) must be a list, not \(found.en)"),
                at: location(node),
                help: Phrase(fr: "l'écrire `[a, b]` ou en lignes `- a`", en: "write it as `[a, b]` or as `- a` lines"))
            return nil
        }
        return Array(seq)
    }

    mutating func identifiers(_ node: Node?, _ what: What) -> [(String, SourceLocation)]? {
        guard let items = list(node, what) else { return nil }
        return items.compactMap { n in identifier(n, What.entry(of: what)).map { ($0, location(n)) } }
    }

    mutating func strings(_ node: Node?, _ what: What) -> [(String, SourceLocation)]? {
        guard let items = list(node, what) else { return nil }
        return items.compactMap { n in string(n, What.entry(of: what)).map { ($0, location(n)) } }
    }

    /// `auto` or a list of person ids.
    mutating func peopleList(_ node: Node?, _ what: What) -> (PeopleList, [(String, SourceLocation)])? {
        guard let node else { return nil }
        if case .scalar(let s) = node {
            if s.string == "auto" { return (.auto, []) }
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit valoir `auto` ou une liste d'ids de personnes, pas « \(s.string) »",
                    en: "\(what.en) must be `auto` or a list of person ids, not \"\(s.string)\""),
                at: location(node))
            return nil
        }
        guard let ids = identifiers(node, what) else { return nil }
        return (.explicit(ids.map(\.0)), ids)
    }

    mutating func geo(_ node: Node?, _ what: What) -> GeoPoint? {
        guard let items = list(node, what) else { return nil }
        guard items.count == 2,
            let lat = string(items[0], What(fr: "la latitude", en: "latitude")).flatMap(Double.init),
            let lon = string(items[1], What(fr: "la longitude", en: "longitude")).flatMap(Double.init),
            (-90...90).contains(lat), (-180...180).contains(lon)
        else {
            report(
                .planSchema,
                Phrase(
                    fr: "\(what.fr) doit être `[latitude, longitude]` en degrés",
                    en: "\(what.en) must be `[latitude, longitude]` in degrees"), at: location(node!))
            return nil
        }
        return GeoPoint(latitude: lat, longitude: lon)
    }
}
