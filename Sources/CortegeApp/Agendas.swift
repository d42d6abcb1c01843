import CortegeCore
import CortegeICal
import Foundation

/// One agenda file to read and the person it belongs to.
public struct AgendaSource: Hashable, Sendable {
    public var person: String
    public var path: String
    /// The zone of the plan the person was found in: floating agenda times are read in it.
    public var zone: Zone

    public init(person: String, path: String, zone: Zone) {
        self.person = person
        self.path = path
        self.zone = zone
    }
}

/// The people's own agendas (docs/plan-format.md, `agenda:` and `agendas:`), read to find clashes with a visit.
public enum Agendas {
    /// The agendas the plans need: for each person of a plan, the file named by their `agenda:` key, else
    /// `<person-id>.ics` in `folder` (the `--agendas` option), else in the plan's own `agendas:` folder.
    /// Only files that exist are listed; a person of several plans is listed once.
    public static func sources(for plans: [Plan], folder: String?) -> [AgendaSource] {
        var sources: [AgendaSource] = []
        var seen: Set<String> = []
        let files = FileManager.default
        for plan in plans {
            let base = folder ?? plan.agendasFolder
            for id in plan.personOrder where !seen.contains(id) {
                let path: String?
                if let own = plan.people[id]?.agenda {
                    path = own
                } else if let base {
                    // Kept relative as written, so that findings point at `calendars/<id>.ics` as the user typed it.
                    path = (base.hasSuffix("/") ? base : base + "/") + "\(id).ics"
                } else {
                    path = nil
                }
                guard let path, files.fileExists(atPath: path) else { continue }
                seen.insert(id)
                sources.append(AgendaSource(person: id, path: path, zone: plan.visit.zone))
            }
        }
        return sources
    }

    /// Reads the agendas of the people of the plans, expanded over `window` (the span the checks need), with
    /// the `ics-syntax` findings of each file.
    ///
    /// Files are read on all cores at once: libical parses, walks and expands each file on its own thread; only
    /// the calls libical cannot take from several threads at once (built-in zones by name, the zones shared
    /// between files) wait for one another (docs/agendas.md, "libical on every core").
    /// The results keep the order of the sources, whatever order the files finish in.
    public static func load(
        for plans: [Plan], folder: String?, window: (start: Instant, end: Instant)?
    ) -> (entries: [AgendaEntry], findings: [Diagnostic]) {
        guard let window else { return ([], []) }
        let sources = sources(for: plans, folder: folder)
        let results = ParallelResults<([AgendaEntry], [Diagnostic])>(count: sources.count)
        let from = window.start
        let to = window.end
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            results[index] = read(sources[index], window: (from, to))
        }
        var entries: [AgendaEntry] = []
        var findings: [Diagnostic] = []
        entries.reserveCapacity(results.values.reduce(0) { $0 + ($1?.0.count ?? 0) })
        for case let (read, problems)? in results.values {
            entries += read
            findings += problems
        }
        return (entries, findings)
    }

    /// One person's agenda over a window, read through libical.
    public static func read(
        _ source: AgendaSource, window: (start: Instant, end: Instant)
    ) -> (entries: [AgendaEntry], findings: [Diagnostic]) {
        let result = AgendaReader(from: window.start, to: window.end, floatingZone: source.zone)
            .read(path: source.path, person: source.person)
        return (result.entries, result.findings)
    }

    /// The clashes between the plans and with the people's agendas (`folder` overrides the plans' `agendas:`),
    /// with the `ics-syntax` findings of the agendas, each with the zone of its plan.
    public static func conflicts(_ analyses: [Analysis], folder: String?) -> [(Diagnostic, Zone?)] {
        let plans = analyses.map(\.plan)
        let (entries, readFindings) = load(for: plans, folder: folder, window: ConflictEngine.window(of: analyses))
        let found = ConflictEngine.check(analyses: analyses, agendas: entries) + readFindings
        let zones = Dictionary(plans.map { ($0.file, $0.visit.zone) }, uniquingKeysWith: { first, _ in first })
        return found.map { d in (d, d.location.flatMap { zones[$0.file] } ?? plans.first?.visit.zone) }
    }
}

/// One slot per task of a parallel loop, each written once by its own task.
private final class ParallelResults<Value>: @unchecked Sendable {
    // Guarded by `lock`.
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    /// The slots, once the loop is over.
    var values: [Value?] { lock.withLock { slots } }
}
