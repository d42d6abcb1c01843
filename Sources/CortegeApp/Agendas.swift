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
        var listings: [String: FolderListing] = [:]
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
                guard let path else { continue }
                if plan.people[id]?.agenda == nil, let base, !id.contains("/") {
                    // One listing of the folder instead of a look-up per person (a département's folder).
                    let listing = listings[base] ?? FolderListing(base, needed: plan.personOrder.count)
                    listings[base] = listing
                    guard listing.exists(path, name: "\(id).ics") else { continue }
                } else {
                    guard FileManager.default.fileExists(atPath: path) else { continue }
                }
                seen.insert(id)
                sources.append(AgendaSource(person: id, path: path, zone: plan.visit.zone))
            }
        }
        return sources
    }

    /// Reads the agendas of the people of the plans, expanded over `window` (the span the checks need), with
    /// the `ics-syntax` findings of each file; through the cache `cache` names, if any.
    ///
    /// Files are read on all cores at once: libical parses, walks and expands each file on its own thread; only
    /// the calls libical cannot take from several threads at once (built-in zones by name, the zones shared
    /// between files) wait for one another (docs/agendas.md, "libical on every core").
    /// The results keep the order of the sources, whatever order the files finish in. With `relevance`, only the
    /// entries that can clash with the plans are kept, each file's as soon as it is read (the cache keeps them all).
    public static func load(
        for plans: [Plan], folder: String?, window: (start: Instant, end: Instant)?, cache: AgendaCacheSetting = .off,
        relevance: AgendaRelevance? = nil
    ) -> (entries: [AgendaEntry], findings: [Diagnostic]) {
        guard let window else { return ([], []) }
        let sources = sources(for: plans, folder: folder)
        let store: AgendaCache? = {
            guard case .directory(let directory) = cache, !sources.isEmpty else { return nil }
            return AgendaCache(directory: directory)
        }()
        let results = ParallelResults<([AgendaEntry], [Diagnostic])>(count: sources.count)
        let fresh = ParallelResults<(AgendaCacheKey, CachedAgenda)>(count: sources.count)
        // The cached rows of every source, in one read before the files are looked at.
        let rows = store?.rows(for: sources.map { ($0.path, $0.person, $0.zone.identifier) }) ?? []
        let from = window.start
        let to = window.end
        DispatchQueue.concurrentPerform(iterations: sources.count) { index in
            guard store != nil else {
                let (entries, findings) = read(sources[index], window: (from, to))
                results[index] = (relevance?.relevant(entries) ?? entries, findings)
                return
            }
            let (read, key, cached) = readThrough(rows[index], sources[index], window: (from, to))
            results[index] = (relevance?.relevant(read.entries) ?? read.entries, read.findings)
            if let key, !cached { fresh[index] = (key, read) }
        }
        store?.store(fresh.values.compactMap { $0 })
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

    /// One person's agenda from its cached `row` when the file, the person, the zone and the window are those
    /// the row was made under (docs/agendas.md, "The agenda cache"), else read through libical; with the key to
    /// keep a new read under (nil when the file could not be identified: such a read is not kept) and whether
    /// it came from the cache.
    static func readThrough(
        _ row: AgendaCache.Row?, _ source: AgendaSource, window: (start: Instant, end: Instant)
    ) -> (CachedAgenda, AgendaCacheKey?, cached: Bool) {
        func uncached() -> (CachedAgenda, AgendaCacheKey?, cached: Bool) {
            let (entries, findings) = read(source, window: window)
            return (CachedAgenda(entries: entries, findings: findings), nil, false)
        }
        guard let identity = fileIdentity(source.path), identity.size <= AgendaGuard.maxFileBytes,
            let data = FileManager.default.contents(atPath: source.path)
        else { return uncached() }
        let key = AgendaCacheKey(
            path: source.path, person: source.person, zone: source.zone.identifier, size: Int64(data.count),
            modified: identity.modified,
            hash: Int64(bitPattern: ContentHash.of(data)), windowStart: window.start.seconds,
            windowEnd: window.end.seconds)
        if let hit = AgendaCache.read(row, for: key) { return (hit, key, true) }
        let result = AgendaReader(from: window.start, to: window.end, floatingZone: source.zone)
            .read(text: String(decoding: data, as: UTF8.self), file: source.path, person: source.person)
        return (CachedAgenda(entries: result.entries, findings: result.findings), key, false)
    }

    /// The clashes between the plans and with the people's agendas (`folder` overrides the plans' `agendas:`),
    /// with the `ics-syntax` findings of the agendas, each with the zone of its plan; `cache` says where what was
    /// read of each agenda is kept between runs.
    public static func conflicts(
        _ analyses: [Analysis], folder: String?, cache: AgendaCacheSetting = .off
    ) -> [(Diagnostic, Zone?)] {
        let plans = analyses.map(\.plan)
        let (entries, readFindings) = load(
            for: plans, folder: folder, window: ConflictEngine.window(of: analyses), cache: cache,
            relevance: AgendaRelevance(analyses: analyses))
        let found = ConflictEngine.check(analyses: analyses, agendas: entries) + readFindings
        let zones = Dictionary(plans.map { ($0.file, $0.visit.zone) }, uniquingKeysWith: { first, _ in first })
        return found.map { d in (d, d.location.flatMap { zones[$0.file] } ?? plans.first?.visit.zone) }
    }
}

/// Which files of a folder exist, as `FileManager.fileExists` would say, from one reading of the folder when
/// many names are asked (regular files and folders are known from the listing; links are followed one by one).
private struct FolderListing {
    /// Kinds of the entries by name; nil when the folder was not listed (few names asked, or unreadable).
    private var kinds: [String: UInt8]?

    init(_ folder: String, needed: Int) {
        guard needed > 32, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        var kinds: [String: UInt8] = [:]
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            kinds[name] = entry.pointee.d_type
        }
        self.kinds = kinds
    }

    func exists(_ path: String, name: String) -> Bool {
        guard let kinds else { return FileManager.default.fileExists(atPath: path) }
        guard let kind = kinds[name] else { return false }
        if kind == UInt8(DT_LNK) || kind == UInt8(DT_UNKNOWN) { return FileManager.default.fileExists(atPath: path) }
        return true
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
