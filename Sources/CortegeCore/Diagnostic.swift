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

/// The stable codes of SPEC §6, each with its severity.
public enum DiagnosticCode: String, Sendable, CaseIterable {
    case planSyntax = "plan-syntax"
    case planSchema = "plan-schema"
    case unknownRef = "unknown-ref"
    case duplicateID = "duplicate-id"
    case badTime = "bad-time"
    case nonexistentLocalTime = "nonexistent-local-time"
    case ambiguousLocalTime = "ambiguous-local-time"
    case icsSyntax = "ics-syntax"
    case itineraryInfeasible = "itinerary-infeasible"
    case transferTooShort = "transfer-too-short"
    case windowViolated = "window-violated"
    case personOverlap = "person-overlap"
    case venueOverlap = "venue-overlap"
    case escortMissing = "escort-missing"
    case escortZoneGap = "escort-zone-gap"
    case escortOverlap = "escort-overlap"
    case escortReposition = "escort-reposition"
    case escortDuty = "escort-duty"
    case pressClosed = "press-closed"
    case pressWithoutPrincipal = "press-without-principal"
    case pressLead = "press-lead"
    case embargo = "embargo"
    case welcomeMissingPrefect = "welcome-missing-prefect"
    case welcomeMissingMayor = "welcome-missing-mayor"
    case twoStateVoices = "two-state-voices"
    case precedenceTie = "precedence-tie"
    case unrankedPerson = "unranked-person"
    case publicHoliday = "public-holiday"
    case electionReserve = "election-reserve"

    public var severity: Severity {
        switch self {
        case .ambiguousLocalTime, .icsSyntax, .transferTooShort, .escortDuty, .pressWithoutPrincipal, .pressLead,
            .welcomeMissingMayor, .twoStateVoices, .publicHoliday, .electionReserve:
            .warning
        case .precedenceTie, .unrankedPerson:
            .note
        default:
            .error
        }
    }
}

/// A secondary place a finding refers to (`note:` lines in the human format).
public struct DiagnosticNote: Hashable, Sendable {
    public var location: SourceLocation?
    public var message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.location = location
        self.message = message
    }
}

/// One finding: a code, a message in plain words, where it is, who it is about, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var code: DiagnosticCode
    public var severity: Severity
    public var message: String
    public var location: SourceLocation?
    public var subjects: [String]
    public var start: Instant?
    public var end: Instant?
    public var notes: [DiagnosticNote]
    public var help: String?

    public init(
        _ code: DiagnosticCode, _ message: String, at location: SourceLocation?, subjects: [String] = [],
        start: Instant? = nil, end: Instant? = nil, notes: [DiagnosticNote] = [], help: String? = nil,
        severity: Severity? = nil
    ) {
        self.code = code
        self.severity = severity ?? code.severity
        self.message = message
        self.location = location
        self.subjects = subjects
        self.start = start
        self.end = end
        self.notes = notes
        self.help = help
    }
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
