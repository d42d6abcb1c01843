/// How much a finding matters.
public enum Severity: String, Sendable, Comparable, CaseIterable {
    case error, warning, note

    private var weight: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .note: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.weight < rhs.weight }
}

/// A stable code of docs/diagnostics.md, with its family and its severity.
///
/// The codes found while reading plans, agendas and itineraries, and by the exporter, are declared here; the
/// code of a rule is declared in the rule's own file (Rules/), beside the rule that reports it. Codes compare
/// by name.
public struct DiagnosticCode: Hashable, Sendable, CustomStringConvertible {
    /// The code as printed: `person-overlap`.
    public let rawValue: String
    /// What part of Cortège finds it.
    public let family: DiagnosticFamily
    /// How much a finding of this code matters (a finding may be raised, e.g. by `--strict`).
    public let severity: Severity

    public init(_ rawValue: String, family: DiagnosticFamily, severity: Severity) {
        self.rawValue = rawValue
        self.family = family
        self.severity = severity
    }

    public var description: String { rawValue }

    public static func == (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue == rhs.rawValue }
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }
}

extension DiagnosticCode: CaseIterable {
    public static let planSyntax = DiagnosticCode("plan-syntax", family: .plan, severity: .error)
    public static let planSchema = DiagnosticCode("plan-schema", family: .plan, severity: .error)
    public static let unknownRef = DiagnosticCode("unknown-ref", family: .plan, severity: .error)
    public static let duplicateID = DiagnosticCode("duplicate-id", family: .plan, severity: .error)
    public static let badTime = DiagnosticCode("bad-time", family: .plan, severity: .error)
    public static let nonexistentLocalTime = DiagnosticCode("nonexistent-local-time", family: .plan, severity: .error)
    public static let ambiguousLocalTime = DiagnosticCode("ambiguous-local-time", family: .plan, severity: .warning)
    public static let icsSyntax = DiagnosticCode("ics-syntax", family: .agenda, severity: .warning)
    public static let itineraryInfeasible = DiagnosticCode("itinerary-infeasible", family: .itinerary, severity: .error)
    public static let transferTooShort = DiagnosticCode("transfer-too-short", family: .itinerary, severity: .warning)
    public static let windowViolated = DiagnosticCode("window-violated", family: .itinerary, severity: .error)
    public static let embargo = DiagnosticCode("embargo", family: .export, severity: .error)
    public static let organizerEmail = DiagnosticCode("organizer-email", family: .export, severity: .warning)
    /// `cortege publish`: the server's object changed since it was published (412), not overwritten.
    public static let publishConflict = DiagnosticCode("publish-conflict", family: .export, severity: .error)
    /// `cortege publish`: the server refused an object or a collection.
    public static let publishRefused = DiagnosticCode("publish-refused", family: .export, severity: .error)

    /// The codes no rule of the registry reports: reading, scheduling, exporting.
    public static let outsideRules: [DiagnosticCode] = [
        .planSyntax, .planSchema, .unknownRef, .duplicateID, .badTime, .nonexistentLocalTime, .ambiguousLocalTime,
        .icsSyntax, .itineraryInfeasible, .transferTooShort, .windowViolated, .embargo,
        .organizerEmail, .publishConflict, .publishRefused,
    ]

    /// Every code: those above, then the codes of the rules in registry order (each once).
    public static var allCases: [DiagnosticCode] {
        var seen: Set<DiagnosticCode> = []
        return (outsideRules + Rules.codes).filter { seen.insert($0).inserted }
    }
}

/// A secondary place a finding refers to (`note:` lines in the human format).
public struct DiagnosticNote: Hashable, Sendable {
    public var location: SourceLocation?
    /// The note in each language.
    public var phrase: Phrase

    public init(_ phrase: Phrase, at location: SourceLocation? = nil) {
        self.location = location
        self.phrase = phrase
    }

    /// The English note (what tests compare; the human and JSON outputs read ``phrase`` in their language).
    public var message: String { phrase.en }
}

/// One finding: a code, a message in plain words, where it is, who it is about, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    /// What is wrong, in each language.
    public var phrase: Phrase
    public var location: SourceLocation?
    public var subjects: [String]
    public var start: Instant?
    public var end: Instant?
    public var notes: [DiagnosticNote]
    /// How to fix it, in each language.
    public var helpPhrase: Phrase?

    public init(
        _ code: DiagnosticCode, _ phrase: Phrase, at location: SourceLocation?, subjects: [String] = [],
        start: Instant? = nil, end: Instant? = nil, notes: [DiagnosticNote] = [], help: Phrase? = nil,
        severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.phrase = phrase
        self.location = location
        self.subjects = subjects
        self.start = start
        self.end = end
        self.notes = notes
        self.helpPhrase = help
    }

    /// The English message (what tests compare; the human and JSON outputs read ``phrase`` in their language).
    public var message: String { phrase.en }
    /// The English help (what tests compare).
    public var help: String? { helpPhrase?.en }
}

extension Diagnostic {
    /// Findings in reading order: by file, line and column; findings at one place keep their order.
    public static func sorted(_ findings: [Diagnostic]) -> [Diagnostic] { sorted(findings) { $0 } }

    /// Values that carry a finding (with its zone, say), in the reading order of their findings.
    public static func sorted<T>(_ items: [T], by finding: (T) -> Diagnostic) -> [T] {
        let none = SourceLocation(file: "", line: 0, column: 0)
        return items.enumerated().sorted { a, b in
            let la = finding(a.element).location ?? none
            let lb = finding(b.element).location ?? none
            return la != lb ? la < lb : a.offset < b.offset
        }.map(\.element)
    }
}
