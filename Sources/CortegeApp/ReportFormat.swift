/// The two shapes of a report: text for people, JSON for programs.
public enum ReportFormat: String, Sendable, CaseIterable {
    case human, json
}
