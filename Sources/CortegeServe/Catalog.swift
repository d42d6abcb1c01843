import CortegeApp
import CortegeCore
import Foundation
import Yams

/// One subscription: a visit seen by one audience, its token, and its rendered calendar and programme page.
public struct FeedEntry: Sendable {
    public var visit: String
    public var audience: Audience
    public var token: String
    public var tokenBytes: [UInt8]
    /// The embargo of press and public, judged at request time (docs/audiences.md §4).
    public var announce: Instant?
    /// The visit's zone, to read `--now` in.
    public var zone: Zone?
    public var calendar: Representation?
    public var page: Representation?
    /// The hash of the page as rendered, before the live-update script: what the page's event stream announces.
    public var pageVersion: String?
    /// The programme's "generated" stamp of this version (kept while the page does not change).
    var pageStamp: Instant?
    /// Written in the revocation list: answered as an unknown token.
    public var revoked = false
    /// The page as rendered, before the script.
    var pageSource: String?
}

/// The state of one plan file at the last reload, for the dashboard.
public struct PlanStatus: Sendable {
    public enum State: Sendable { case current, keptLastGood, neverLoaded }
    public var file: String
    public var visit: String?
    public var title: String?
    public var dates: String?
    public var status: String?
    public var state: State
    public var conflicts: Int
    /// The findings that stopped the load (human text, file:line first).
    public var problems: [String]
}

/// Everything the server answers from, rebuilt after each change of the plan folder; never changed in place.
public struct Snapshot: Sendable {
    public var entries: [FeedEntry] = []
    public var plans: [PlanStatus] = []
    /// The findings of `check` across every plan served, with the agendas.
    public var findings: [String] = []
    public var reloaded = Date(timeIntervalSince1970: 0)
    public var generation = 0
    /// The office dashboard of this snapshot.
    public var dashboard: Representation?
}

/// Loads the plans of a folder and renders every feed and page through the application layer (the same bytes as
/// `cortege export` and `cortege programme`), keeping the last good version of a plan that stops loading.
/// Used from one thread at a time (the reload thread): it is the only owner of `lastGood`.
public final class Catalog {
    public let root: String
    public let agendas: String?
    public let tokens: Tokens
    public let language: Language
    var lastGood: [String: Analysis] = [:]
    /// Every plan file as last read, by path.
    var loaded: [String: Loaded] = [:]

    public init(root: String, agendas: String?, tokens: Tokens, language: Language) {
        self.root = root
        self.agendas = agendas
        self.tokens = tokens
        self.language = language
    }

    /// The YAML files under `root` with a top-level `visit:` key, sorted; registries and hidden files are not plans.
    public static func planFiles(under root: String) -> [String] {
        files(under: root).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.filter { path in
            guard let data = FileManager.default.contents(atPath: path) else { return false }
            let text = String(decoding: data, as: UTF8.self)
            if let node = try? Yams.compose(yaml: text), let mapping = node.mapping {
                return mapping.keys.contains { $0.string == "visit" }
            }
            // A file Yams cannot read is listed when it looks like a plan, so that the dashboard shows why.
            return text.split(whereSeparator: \.isNewline).contains { $0.hasPrefix("visit:") }
        }
    }

    /// Every regular file under `root`, recursively, hidden ones left out, sorted.
    public static func files(under root: String) -> [String] {
        let fm = FileManager.default
        guard let names = try? fm.subpathsOfDirectory(atPath: root) else { return [] }
        return names.filter { name in !name.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { root.hasSuffix("/") ? root + $0 : root + "/" + $0 }
            .filter { path in
                var folder: ObjCBool = false
                return fm.fileExists(atPath: path, isDirectory: &folder) && !folder.boolValue
            }.sorted()
    }

    /// Reloads every plan and renders what changed; `previous` gives the versions to keep when unchanged.
    public func reload(previous: Snapshot, now: Date) -> Snapshot {
        var snapshot = Snapshot()
        snapshot.reloaded = now
        snapshot.generation = previous.generation + 1
        var analyses: [Analysis] = []
        var planFindings: [(Diagnostic, Zone?)] = []
        var seenVisits: [String: String] = [:]
        let plans = Self.planFiles(under: root)
        // What every plan may read besides its own file: registries and other files of the folder, the agendas.
        let others = Set(Self.files(under: root)).subtracting(plans).sorted() + (agendas.map(Self.files) ?? [])
        let shared = others.map(Self.stamp).joined(separator: "\n")
        var kept: [String: Loaded] = [:]
        for path in plans {
            let key = Self.stamp(path) + "\n" + shared
            var item: Loaded
            if let cached = loaded[path], cached.key == key {
                item = cached
            } else {
                item = load(path, key: key)
            }
            kept[path] = item
            planFindings += item.findings
            var status = PlanStatus(file: path, state: item.state, conflicts: 0, problems: item.problems)
            guard let analysis = item.analysis else {
                snapshot.plans.append(status)
                continue
            }
            let visit = analysis.plan.visit
            if let other = seenVisits[visit.id] {
                status.state = .neverLoaded
                status.problems = ["\(path): the visit id \(visit.id) is already served from \(other)"]
                snapshot.plans.append(status)
                continue
            }
            seenVisits[visit.id] = path
            analyses.append(analysis)
            status.visit = visit.id
            status.title = visit.title
            status.status = "\(visit.status)"
            status.dates = Self.dates(of: analysis)
            snapshot.plans.append(status)
            // Rendered only when the plan or what it reads changed: the others keep their versions as they are.
            if item.entries == nil {
                let before = Dictionary(previous.entries.map { ($0.token, $0) }, uniquingKeysWith: { a, _ in a })
                item.entries = render(analysis, before: before, now: now)
                kept[path] = item
            }
            snapshot.entries += item.entries ?? []
        }
        loaded = kept
        let conflicts = Agendas.conflicts(analyses, folder: agendas)
        let findings = Diagnostic.sorted(planFindings + conflicts) { $0.0 }
        snapshot.findings = findings.map { DiagnosticFormat.human($0.0, zone: $0.1, language: language) }
        for index in snapshot.plans.indices {
            let file = snapshot.plans[index].file
            snapshot.plans[index].conflicts = conflicts.filter { $0.0.location?.file == file }.count
        }
        return snapshot
    }

    /// One plan file as last read: its analysis (or the last good one), its findings, its rendered feeds.
    struct Loaded {
        /// The file's and the shared files' modification times, sizes and inodes when it was read.
        var key: String
        var analysis: Analysis?
        var findings: [(Diagnostic, Zone?)]
        var state: PlanStatus.State
        var problems: [String]
        var entries: [FeedEntry]?
    }

    func load(_ path: String, key: String) -> Loaded {
        let workspace = Workspace(paths: [path])
        let errors = workspace.findings.filter { $0.0.severity == .error }.map {
            DiagnosticFormat.human($0.0, zone: $0.1, language: language)
        }
        if let analysis = workspace.analyses.first {
            lastGood[path] = analysis
            return Loaded(key: key, analysis: analysis, findings: workspace.findings, state: .current, problems: [])
        }
        if let kept = lastGood[path] {
            return Loaded(
                key: key, analysis: kept, findings: workspace.findings, state: .keptLastGood, problems: errors,
                entries: loaded[path]?.entries)
        }
        return Loaded(key: key, analysis: nil, findings: workspace.findings, state: .neverLoaded, problems: errors)
    }

    /// Modification time, size and inode of a file: a change of any of them is a new version of the file.
    static func stamp(_ path: String) -> String {
        var s = stat()
        guard stat(path, &s) == 0 else { return path + " -" }
        return "\(path) \(s.st_mtim.tv_sec).\(s.st_mtim.tv_nsec) \(s.st_size) \(s.st_ino)"
    }

    /// The first and last day of a visit, in its zone.
    static func dates(of analysis: Analysis) -> String {
        let zone = analysis.plan.visit.zone
        let first = analysis.plan.visit.date
        let last = analysis.itinerary.items.map { zone.local($0.end).date }.max() ?? first
        return last > first ? "\(first) → \(last)" : "\(first)"
    }

    func render(_ analysis: Analysis, before: [String: FeedEntry], now: Date) -> [FeedEntry] {
        let plan = analysis.plan
        let announce = plan.visit.announce.map { plan.visit.zone.resolve($0).instant }
        let stamp = Exporter.dtstamp(of: plan)
        let conflicts = ProgrammeAssembly.conflicts(analysis, agendas: agendas)
        return Exporter.everyAudience(of: analysis).map { audience in
            let token = tokens.feed(visit: plan.visit.id, audience: audience)
            let old = before[token]
            // Rendered as at the announce time when that is later: the embargo is judged per request.
            let renderNow = audience.isEmbargoed ? max(stamp, announce ?? stamp) : stamp
            var entry = FeedEntry(
                visit: plan.visit.id, audience: audience, token: token, tokenBytes: Array(token.utf8),
                announce: announce, zone: plan.visit.zone)
            let exporter = Exporter(
                analysis: analysis,
                request: ExportRequest(selection: .audience(audience), folder: "", language: language),
                now: renderNow, dtstamp: stamp)
            if case .success(let text) = exporter.calendarText(of: audience, previous: old?.calendar?.text) {
                entry.calendar = Representation.next(text, previous: old?.calendar, now: now)
            }
            // The page keeps its previous "generated" stamp while nothing else in it changes.
            var pageStamp = renderNow
            var html = page(analysis, audience, at: old?.pageStamp, conflicts: conflicts)
            if let oldStamp = old?.pageStamp, let html, html == old?.pageSource {
                pageStamp = oldStamp
            } else {
                html = page(analysis, audience, at: renderNow, conflicts: conflicts)
            }
            if let html {
                let version = Representation.digest(html)
                let served = html.replacingOccurrences(
                    of: "</body>", with: LivePage.script(token: token, version: version) + "</body>")
                entry.page = Representation.next(served, previous: old?.page, now: now)
                entry.pageVersion = version
                entry.pageStamp = pageStamp
                entry.pageSource = html
            }
            return entry
        }
    }

    func page(_ analysis: Analysis, _ audience: Audience, at stamp: Instant?, conflicts: [Diagnostic]) -> String? {
        guard let stamp else { return nil }
        return try? ProgrammeAssembly.html(
            analysis, audience: audience, now: stamp, language: language, conflicts: conflicts
        ).get()
    }
}
