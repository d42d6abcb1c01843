import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

/// Agendas read on several threads at once give what they give one at a time (docs/agendas.md, "libical on
/// every core"). Run under the thread sanitizer: `swift test --sanitize=thread --filter ConcurrentReadTests`.
@Suite struct ConcurrentReadTests {
    /// Every fixture agenda, and the repository's calendars/, each read alone.
    func files() -> [String] {
        let fixtures = [
            "allday.ics", "dst-weekly.ics", "empty.ics", "errors.ics", "lines.ics", "outlook.ics", "recurring.ics",
            "status.ics", "times.ics", "tzid-redefined.ics", "until.ics",
        ].map(fixture)
        let calendars = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("calendars")
        let more = ((try? FileManager.default.contentsOfDirectory(atPath: calendars.path)) ?? []).sorted()
            .filter { $0.hasSuffix(".ics") }.map { calendars.appendingPathComponent($0).path }
        return fixtures + more
    }

    /// The entries and findings of a read, as text to compare.
    func summary(_ r: AgendaImport) -> [String] {
        r.entries.map { "\($0.person) \($0.start.seconds) \($0.end.seconds) \($0.summary) \($0.busy) \($0.location)" }
            + r.findings.map { "\($0.code.rawValue) \($0.location.map { "\($0)" } ?? "") \($0.message)" }
    }

    @Test func manyThreadsReadingAtOnceGiveTheSameAsOneByOne() {
        let paths = files()
        #expect(paths.count > 11)
        let reader = AgendaReader(from: utc(2026, 1, 1), to: utc(2027, 1, 1), floatingZone: paris)
        let alone = paths.map { summary(reader.read(path: $0, person: "p")) }
        // Each file eight times, in an order that puts different files side by side.
        let rounds = 8
        let results = Results(count: paths.count * rounds)
        DispatchQueue.concurrentPerform(iterations: paths.count * rounds) { i in
            results.set(i, summary(reader.read(path: paths[i % paths.count], person: "p")))
        }
        for i in 0..<(paths.count * rounds) {
            #expect(results.get(i) == alone[i % paths.count], "\(paths[i % paths.count])")
        }
    }
}

/// One slot per task, each written once.
private final class Results: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [[String]]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: [], count: count) }
    func set(_ i: Int, _ value: [String]) { lock.withLock { slots[i] = value } }
    func get(_ i: Int) -> [String] { lock.withLock { slots[i] } }
}
