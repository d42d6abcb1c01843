import Foundation
import Testing

/// `cortege check --agendas` against real .ics agendas: a moved occurrence of a weekly meeting
/// (RECURRENCE-ID) is where the person is busy, not the series' usual slot.
@Suite struct AgendaClashTests {
    /// The line of the `BEGIN:VEVENT` that overrides one occurrence (the VEVENT holding RECURRENCE-ID).
    static func overrideLine(in path: String) throws -> (line: Int, start: String) {
        let text = try String(contentsOf: CLI.repository.appendingPathComponent(path), encoding: .utf8)
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
        var begin = 0
        for (index, line) in lines.enumerated() {
            if line == "BEGIN:VEVENT" { begin = index + 1 }
            if line.hasPrefix("RECURRENCE-ID") { return (begin, line) }
        }
        throw CocoaError(.fileReadCorruptFile)
    }

    @Test func movedOccurrenceOfAWeeklyMeetingClashesWhereItWasMoved() throws {
        let agenda = "calendars/prefet-77.ics"
        let (line, _) = try Self.overrideLine(in: agenda)
        let result = try CLI.run(["check", "samples/77-seveso-tour.yaml", "--agendas", "calendars", "--format", "json"])
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let clashes = findings.filter { ($0["code"] as? String) == "person-overlap" }
        let onOverride = clashes.filter { finding in
            ((finding["notes"] as? [[String: Any]]) ?? []).contains {
                ($0["file"] as? String) == agenda && ($0["line"] as? Int) == line
            }
        }
        #expect(onOverride.count == 1, "one clash with the moved occurrence at \(agenda):\(line): \(clashes)")
        #expect((onOverride.first?["subjects"] as? [String])?.contains("prefet-77") == true)
        #expect(result.status == 1)
    }

    @Test func withoutAgendasThereIsNoAgendaClash() throws {
        let result = try CLI.run([
            "check", "samples/77-seveso-tour.yaml", "--agendas", "samples/broken", "--format", "json",
        ])
        let findings = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(!findings.contains { ($0["code"] as? String) == "person-overlap" })
    }
}
