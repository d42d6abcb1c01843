import CortegeApp
import CortegeCore
import CortegeICal
import Crypto
import Foundation

/// What `cortege publish` is asked to do (docs/publish.md).
public struct PublishOptions: Sendable {
    public var plans: [String]
    /// The server's DAV URL (`https://HOST/remote.php/dav`).
    public var server: String
    public var user: String
    /// The file holding the password (its first line); else the environment variable `CORTEGE_PASSWORD`.
    public var passwordFile: String?
    public var caFile: String?
    public var dryRun: Bool
    public var force: Bool
    public var now: String?
    public var language: Language
    /// The environment the password may come from (the process's own, unless a test says otherwise).
    public var environment: [String: String]

    public init(
        plans: [String], server: String, user: String, passwordFile: String?, caFile: String?, dryRun: Bool,
        force: Bool, now: String?, language: Language,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) {
        self.plans = plans
        self.server = server
        self.user = user
        self.passwordFile = passwordFile
        self.caFile = caFile
        self.dryRun = dryRun
        self.force = force
        self.now = now
        self.language = language
        self.environment = environment
    }
}

/// `cortege publish`: every calendar of `export --all` into a collection of the user's calendar home, kept in step
/// through the export journal (docs/publish.md).
public enum Publisher {
    /// The variable the password may come from.
    public static let passwordVariable = "CORTEGE_PASSWORD"

    /// Runs the command: 0 all published, 1 objects refused or in conflict, 2 cannot connect or authenticate (or a
    /// plan, a journal or the password cannot be read).
    public static func run(_ options: PublishOptions) -> CommandResult {
        let box = ResultBox()
        let done = DispatchSemaphore(value: 0)
        Task {
            box.result = await runAsync(options)
            done.signal()
        }
        done.wait()
        return box.result ?? CommandResult(status: 2)
    }

    static func runAsync(_ options: PublishOptions) async -> CommandResult {
        let words = PublishWords(options.language)
        guard let serverURL = URL(string: options.server), let scheme = serverURL.scheme?.lowercased(),
            scheme == "https" || scheme == "http", serverURL.host != nil
        else {
            return .failure(words.badServer(options.server), status: 2)
        }
        let password: String
        switch readPassword(options) {
        case .success(let p): password = p
        case .failure(let message): return .failure(words.text(message), status: 2)
        }
        let client: DAVClient
        do {
            client = try DAVClient(server: serverURL, user: options.user, password: password, caFile: options.caFile)
        } catch {
            return .failure(words.badCAFile(options.caFile ?? "", "\(error)"), status: 2)
        }
        var result = CommandResult()
        var session = Session(client: client, options: options, words: words)
        for path in options.plans {
            do throws(CommandStop) {
                try await session.publish(plan: path, into: &result)
            } catch {
                for piece in error.result.output { result.output.append(piece) }
                result.status = max(result.status, error.result.status)
                if error.result.status == 2 { break }
            }
        }
        result.print(words.totals(server: options.server, session: session, requests: client.requests))
        await client.shutdown()
        return result
    }

    /// The password: the first line of `--password-file`, else `CORTEGE_PASSWORD`.
    static func readPassword(_ options: PublishOptions) -> Result<String, PasswordProblem> {
        if let file = options.passwordFile {
            guard let data = FileManager.default.contents(atPath: file) else { return .failure(.unreadable(file)) }
            let line = String(decoding: data, as: UTF8.self).split(
                separator: "\n", maxSplits: 1, omittingEmptySubsequences: false
            ).first.map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
            guard let line, !line.isEmpty else { return .failure(.empty(file)) }
            return .success(line)
        }
        if let value = options.environment[passwordVariable], !value.isEmpty { return .success(value) }
        return .failure(.missing)
    }

    enum PasswordProblem: Error, Equatable {
        case unreadable(String)
        case empty(String)
        case missing
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: CommandResult?
        var result: CommandResult? {
            get { lock.withLock { stored } }
            set { lock.withLock { stored = newValue } }
        }
    }

    /// SHA-256 of a text, hexadecimal.
    static func digest(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// `[a-z0-9-]` only: the last segment of a collection's path.
    static func slug(_ text: String) -> String {
        var out = ""
        for s in text.lowercased().unicodeScalars {
            if (s.value >= 0x61 && s.value <= 0x7A) || (s.value >= 0x30 && s.value <= 0x39) {
                out.unicodeScalars.append(s)
            } else if !out.hasSuffix("-") {
                out += "-"
            }
        }
        let trimmed = out.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "calendrier" : trimmed
    }
}

/// One run against one server: the home found once, the counts, the findings.
struct Session {
    let client: DAVClient
    let options: PublishOptions
    let words: PublishWords
    /// The server's key in the journal: its URL as given, with one trailing `/`.
    let serverKey: String
    var home: String?
    var counts = PublishCounts()

    init(client: DAVClient, options: PublishOptions, words: PublishWords) {
        self.client = client
        self.options = options
        self.words = words
        self.serverKey = options.server.hasSuffix("/") ? options.server : options.server + "/"
    }

    /// One collection to bring in step.
    struct Target {
        var key: String
        var stem: String
        var name: String
        var active: [String: PublishPlan.Wanted] = [:]
        var cancelled: [String: PublishPlan.Wanted] = [:]
        /// Nothing of it is wanted any more (a person who left, a unit removed): its objects are cancelled, then
        /// deleted.
        var leaving = false
    }

    mutating func publish(plan path: String, into result: inout CommandResult) async throws(CommandStop) {
        let analysis = try Workspace.plan(at: path, language: options.language).analysis
        let plan = analysis.plan
        let now = try TimeOption.now(options.now, of: plan, language: options.language)
        let dtstamp = Exporter.dtstamp(of: plan)
        let journalPath = ExportRequest.journal(besidePlan: path)
        let request = ExportRequest(
            selection: .all, folder: "", caldav: true, language: options.language, journal: journalPath,
            readsFolder: false)
        let exporter = Exporter(analysis: analysis, request: request, now: now, dtstamp: dtstamp)
        let rendered = try exporter.render().mapError { CommandStop($0.phrase, options.language, status: $0.status) }
            .get()
        guard var journal = rendered.journal else {
            throw CommandStop(
                Phrase(fr: "aucun journal d’export", en: "no export journal"), options.language, status: 2)
        }
        let writer = CalendarWriter(dtstamp: dtstamp, language: options.language)
        let zone = plan.visit.zone
        let starts = analysis.itinerary.items.map(\.start) + analysis.itinerary.items.map(\.end)
        let years =
            zone.local(starts.min() ?? dtstamp).date.year...zone.local(starts.max() ?? dtstamp).date.year
        let timezone: String
        do {
            timezone = try writer.timezoneCalendar(zone, years: years)
        } catch {
            throw CommandStop(
                Phrase(
                    fr: "impossible de construire le fuseau horaire \(zone.identifier) : \(error)",
                    en: "cannot build the time zone \(zone.identifier): \(error)"), options.language, status: 2)
        }
        for d in rendered.warnings + rendered.refusals {
            result.printError(PublishWords.finding(d, options.language))
        }
        if !rendered.refusals.isEmpty { result.status = max(result.status, 1) }

        // The collections: every calendar rendered, then those of the journal on this server no longer exported.
        var targets: [Target] = []
        let expected = Set(
            exporter.audiences.map { ExportJournal.key(stem: Exporter.fileStem($0), language: options.language) })
        for calendar in rendered.calendars {
            let stem = Exporter.fileStem(calendar.audience)
            let key = ExportJournal.key(stem: stem, language: options.language)
            var target = Target(key: key, stem: stem, name: journal.calendars[key]?.name ?? stem)
            // A person who left the visit (or a unit no longer in the plan): cancelled, then deleted.
            target.leaving = calendar.dropped || !expected.contains(key)
            let cancelled = Set(calendar.changes.cancelled)
            for uid in calendar.changes.added + calendar.changes.changed + calendar.changes.unchanged
                + calendar.changes.cancelled
            {
                let file = CalendarWriter.fileName(forUID: uid)
                guard let text = calendar.files[file] else { continue }
                let wanted = PublishPlan.Wanted(uid: uid, href: file, text: text, digest: Publisher.digest(text))
                if cancelled.contains(uid) { target.cancelled[uid] = wanted } else { target.active[uid] = wanted }
            }
            targets.append(target)
        }
        let renderedKeys = Set(targets.map(\.key))
        let suffix = "." + options.language.rawValue
        for (key, calendar) in journal.calendars.sorted(by: { $0.key < $1.key })
        where key.hasSuffix(suffix) && !renderedKeys.contains(key) && !expected.contains(key)
            && calendar.servers[serverKey] != nil
        {
            targets.append(
                Target(key: key, stem: String(key.dropLast(suffix.count)), name: calendar.name, leaving: true))
        }

        for index in targets.indices {
            // The cancelled version of every event the journal keeps cancelled, for the objects still on the server.
            let key = targets[index].key
            for (uid, record) in journal.calendars[key]?.servers[serverKey]?.objects ?? [:]
            where targets[index].active[uid] == nil && targets[index].cancelled[uid] == nil && !record.cancelled {
                guard let event = journal.calendars[key]?.events[uid], CalendarWriter.isCancelled(event: event),
                    let text = try? writer.caldavObject(event: event, zone: zone)
                else { continue }
                targets[index].cancelled[uid] = PublishPlan.Wanted(
                    uid: uid, href: record.href, text: text, digest: Publisher.digest(text))
            }
        }

        let visitSlug = Publisher.slug(plan.visit.id)
        for target in targets {
            let slug = visitSlug + "-" + Publisher.slug(target.stem) + (options.language == .fr ? "" : "-en")
            let before = journal.calendars[target.key]?.servers[serverKey]
            var outcome: CollectionOutcome
            var progress: ExportJournal.ServerRecord?
            do throws(DAVClient.Failure) {
                outcome = try await bringInStep(
                    target, slug: slug, record: before, visitTitle: plan.visit.title,
                    timezone: timezone, progress: &progress)
            } catch {
                // What earlier collections wrote is already in the journal, and what this one sent before the
                // failure goes there now: the next run goes on from there.
                if !options.dryRun, journal.calendars[target.key] != nil, let progress {
                    journal.calendars[target.key]?.servers[serverKey] = progress
                    saveJournal(journal, to: journalPath, into: &result)
                }
                throw CommandStop(words.failure(error), status: 2)
            }
            result.print(words.summary(target: target, outcome: outcome, dryRun: options.dryRun))
            if options.dryRun {
                for line in outcome.lines { result.print("  " + line) }
            }
            for d in outcome.findings { result.printError(PublishWords.finding(d, options.language)) }
            if !outcome.findings.isEmpty { result.status = max(result.status, 1) }
            counts.add(outcome)
            if !options.dryRun, journal.calendars[target.key] != nil, let record = outcome.record {
                // A calendar whose objects are all deleted from the server is forgotten there.
                journal.calendars[target.key]?.servers[serverKey] =
                    record.objects.isEmpty && target.leaving ? nil : record
                saveJournal(journal, to: journalPath, into: &result)
            }
        }
    }

    func saveJournal(_ journal: ExportJournal, to path: String, into result: inout CommandResult) {
        let text = journal.serialized()
        let before = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        guard before != text else { return }
        do {
            try AtomicFile.write(text, to: path)
        } catch {
            result.printError(words.cannotWriteJournal(path, error.message))
            result.status = max(result.status, 2)
        }
    }

    /// What happened to one collection.
    struct CollectionOutcome {
        var collection: String
        var created = false
        var record: ExportJournal.ServerRecord?
        var createdObjects: [String] = []
        var updated: [String] = []
        var cancelled: [String] = []
        var deleted: [String] = []
        var unchanged = 0
        var findings: [Diagnostic] = []
        /// The dry run's list, one line per object.
        var lines: [String] = []
    }

    /// The calendar home: `current-user-principal` on the server URL, then `calendar-home-set` on the principal
    /// (RFC 5397, RFC 4791 §6.2.1); the server URL itself where they are missing.
    mutating func calendarHome() async throws(DAVClient.Failure) -> String {
        if let home { return home }
        let base = DAV.path(of: client.server.path.isEmpty ? "/" : client.server.path)
        let start = base.hasSuffix("/") ? base : base + "/"
        var principal = start
        let answer = try await client.send(
            "PROPFIND", start, body: DAV.principalQuery, contentType: "application/xml; charset=utf-8",
            headers: [("Depth", "0")])
        if answer.status == 207, let ms = try? DAV.multistatus(answer.body),
            let found = ms.responses.lazy.compactMap({ DAV.hrefProperty($0, DAV.dav, "current-user-principal") })
                .first
        {
            principal = found
        } else if answer.status == 404 || answer.status == 403 || answer.status == 405 || answer.status >= 500 {
            throw .cannotConnect(
                server: client.server.absoluteString, reason: words.notDAV(answer.status))
        }
        var found = principal
        let homeAnswer = try await client.send(
            "PROPFIND", principal, body: DAV.homeQuery, contentType: "application/xml; charset=utf-8",
            headers: [("Depth", "0")])
        if homeAnswer.status == 207, let ms = try? DAV.multistatus(homeAnswer.body),
            let h = ms.responses.lazy.compactMap({ DAV.hrefProperty($0, DAV.caldav, "calendar-home-set") }).first
        {
            found = h
        }
        if !found.hasSuffix("/") { found += "/" }
        home = found
        return found
    }

    /// Brings one collection in step: found or created, listed, then each object sent, cancelled or deleted.
    /// `progress` is the journal's record when a step fails, for a run stopped before the end: with the sync
    /// token the collection had before this run's listing, so that the next run still sees every change made on the
    /// server since then.
    mutating func bringInStep(
        _ target: Target, slug: String, record before: ExportJournal.ServerRecord?, visitTitle: String,
        timezone: String, progress: inout ExportJournal.ServerRecord?
    ) async throws(DAVClient.Failure) -> CollectionOutcome {
        var record: ExportJournal.ServerRecord
        var listing: [String: String?] = [:]
        var outcome = CollectionOutcome(collection: before?.collection ?? "")
        var missing = false
        var resumeToken = before?.syncToken
        if let before {
            record = before
            switch try await list(record) {
            case .listed(let l, let token):
                listing = l
                record.syncToken = token
            case .missing:
                missing = true
                record.objects = [:]
                record.syncToken = nil
            }
        } else {
            if target.active.isEmpty && target.leaving {
                return outcome
            }
            let collection = try await calendarHome() + slug + "/"
            record = ExportJournal.ServerRecord(collection: collection)
            outcome.collection = collection
            let probe = try await client.send(
                "PROPFIND", collection, body: DAV.collectionQuery, contentType: "application/xml; charset=utf-8",
                headers: [("Depth", "0")])
            let probed = probe.status == 207 ? try? DAV.multistatus(probe.body) : nil
            if probe.status == 404 || probed?.responses.first?.status == 404 {
                missing = true
            } else if probe.status == 207, let ms = try? DAV.multistatus(probe.body),
                let response = ms.responses.first
            {
                guard DAV.isCalendar(response) else {
                    outcome.findings.append(words.notACalendar(collection))
                    outcome.record = nil
                    return outcome
                }
                if DAV.offersSync(response) { record.syncToken = "" }
                switch try await list(record) {
                case .listed(let l, let token):
                    listing = l
                    record.syncToken = token
                    resumeToken = token
                case .missing: missing = true
                }
            } else {
                outcome.findings.append(words.collectionRefused(collection, probe.status))
                return outcome
            }
        }
        outcome.collection = record.collection
        if missing {
            if target.leaving {
                outcome.record = record
                record.objects = [:]
                outcome.record = record
                return outcome
            }
            outcome.created = true
            if options.dryRun {
                outcome.lines.append(words.wouldCreateCollection(record.collection))
            } else {
                let made = try await client.send(
                    "MKCALENDAR", record.collection,
                    body: DAV.makeCalendar(
                        name: target.name, description: words.description(visit: visitTitle, calendar: target.name),
                        timezone: timezone),
                    contentType: "application/xml; charset=utf-8")
                guard made.status == 201 else {
                    outcome.findings.append(words.collectionRefused(record.collection, made.status))
                    return outcome
                }
                // Whether it offers sync-collection, and its first token: the next publish asks only for changes.
                let probe = try await client.send(
                    "PROPFIND", record.collection, body: DAV.collectionQuery,
                    contentType: "application/xml; charset=utf-8", headers: [("Depth", "0")])
                if probe.status == 207, let ms = try? DAV.multistatus(probe.body), let response = ms.responses.first,
                    DAV.offersSync(response)
                {
                    record.syncToken = response.property(DAV.dav, "sync-token")?.trimmedText
                }
                resumeToken = record.syncToken
            }
        }
        func href(_ w: PublishPlan.Wanted) -> PublishPlan.Wanted {
            var w = w
            if !w.href.hasPrefix("/") { w.href = record.collection + w.href }
            return w
        }
        let plan = PublishPlan(
            active: target.active.mapValues(href), cancelled: target.cancelled.mapValues(href),
            recorded: record.objects, listing: listing)
        for uid in plan.forgotten { record.objects[uid] = nil }
        outcome.unchanged = plan.unchanged.count
        for step in plan.steps {
            do throws(DAVClient.Failure) {
                try await apply(step, record: &record, outcome: &outcome)
            } catch {
                progress = record
                progress?.syncToken = resumeToken
                throw error
            }
        }
        outcome.record = record
        return outcome
    }

    enum Listing {
        case listed([String: String?], token: String?)
        case missing
    }

    /// What the collection holds, ETag by href: a `sync-collection` REPORT from the last token where the server
    /// offers it (applied to what the journal knows), else a PROPFIND (Depth 1) of the members' ETags.
    func list(_ record: ExportJournal.ServerRecord) async throws(DAVClient.Failure) -> Listing {
        if let token = record.syncToken {
            let answer = try await client.send(
                "REPORT", record.collection, body: DAV.syncCollection(token: token.isEmpty ? nil : token),
                contentType: "application/xml; charset=utf-8", headers: [("Depth", "1")])
            if answer.status == 404 { return .missing }
            if answer.status == 207, let ms = try? DAV.multistatus(answer.body) {
                var listing: [String: String?] = [:]
                if !token.isEmpty {
                    for object in record.objects.values { listing[object.href] = .some(object.etag) }
                }
                for response in ms.responses where response.href != record.collection {
                    if response.status == 404 {
                        listing[response.href] = nil
                    } else {
                        listing[response.href] = .some(response.etag)
                    }
                }
                return .listed(listing, token: ms.syncToken ?? token)
            }
            if !token.isEmpty {
                // The token is no longer valid (RFC 6578 §3.2): the whole collection from an empty token.
                var fresh = record
                fresh.syncToken = ""
                return try await list(fresh)
            }
        }
        let answer = try await client.send(
            "PROPFIND", record.collection, body: DAV.etagListing, contentType: "application/xml; charset=utf-8",
            headers: [("Depth", "1")])
        if answer.status == 404 { return .missing }
        var listing: [String: String?] = [:]
        if answer.status == 207, let ms = try? DAV.multistatus(answer.body) {
            for response in ms.responses where response.href != record.collection && !response.href.hasSuffix("/") {
                listing[response.href] = .some(response.etag)
            }
        }
        return .listed(listing, token: nil)
    }

    /// Sends one step (or, in a dry run, says what it would send).
    mutating func apply(
        _ step: PublishPlan.Step, record: inout ExportJournal.ServerRecord, outcome: inout CollectionOutcome
    ) async throws(DAVClient.Failure) {
        let dry = options.dryRun
        switch step {
        case .create(let w):
            if dry { return outcome.lines.append(words.line(.create, w.uid)) }
            try await put(w, header: ("If-None-Match", "*"), kind: .create, record: &record, outcome: &outcome)
        case .update(let w, let ifMatch):
            if dry { return outcome.lines.append(words.line(.update, w.uid)) }
            try await put(
                w, header: ifMatch.map { ("If-Match", $0) }, kind: .update, record: &record, outcome: &outcome)
        case .cancel(let w, let ifMatch):
            if dry { return outcome.lines.append(words.line(.cancel, w.uid)) }
            try await put(
                w, header: ifMatch.map { ("If-Match", $0) }, kind: .cancel, record: &record, outcome: &outcome)
        case .delete(let uid, let href, let ifMatch):
            if dry { return outcome.lines.append(words.line(.delete, uid)) }
            let answer = try await client.send(
                "DELETE", href, headers: ifMatch.map { [("If-Match", $0)] } ?? [])
            switch answer.status {
            case 200, 204, 404:
                record.objects[uid] = nil
                outcome.deleted.append(uid)
            case 412 where options.force:
                let again = try await client.send("DELETE", href)
                if again.status == 200 || again.status == 204 || again.status == 404 {
                    record.objects[uid] = nil
                    outcome.deleted.append(uid)
                } else {
                    outcome.findings.append(words.refused(uid, record.collection, again.status))
                }
            case 412: outcome.findings.append(words.conflict(uid, record.collection))
            default: outcome.findings.append(words.refused(uid, record.collection, answer.status))
            }
        case .verify(let w, let serverETag, let recorded):
            // The server's copy: the one this run would send (a run stopped before its journal), or an edit.
            let copy = try await client.send("GET", w.href)
            if copy.status == 200, CalendarWriter.sameEvents(String(decoding: copy.body, as: UTF8.self), w.text) {
                record.objects[w.uid] = ExportJournal.ServerObject(
                    href: w.href, etag: copy.etag ?? serverETag, digest: w.digest)
                outcome.unchanged += 1
                return
            }
            if dry { return outcome.lines.append(words.line(recorded == nil ? .create : .update, w.uid)) }
            let header: (String, String)? =
                if let recorded, let etag = recorded.etag { ("If-Match", etag) } else { ("If-None-Match", "*") }
            try await put(
                w, header: header, kind: recorded == nil ? .create : .update, record: &record, outcome: &outcome,
                serverETag: serverETag)
        }
    }

    enum Kind { case create, update, cancel, delete }

    /// One PUT; a 412 is a conflict (a finding), unless the server already holds this very text (a retried
    /// request that had reached it), or `--force` sends it again over the server's version.
    mutating func put(
        _ w: PublishPlan.Wanted, header: (String, String)?, kind: Kind, record: inout ExportJournal.ServerRecord,
        outcome: inout CollectionOutcome, serverETag: String?? = nil
    ) async throws(DAVClient.Failure) {
        var answer = try await client.send(
            "PUT", w.href, body: w.text, contentType: "text/calendar; charset=utf-8",
            headers: header.map { [$0] } ?? [])
        if answer.status == 412 {
            let copy = try await client.send("GET", w.href)
            if copy.status == 200, CalendarWriter.sameEvents(String(decoding: copy.body, as: UTF8.self), w.text) {
                answer = Answer(status: 204, etag: copy.etag)
            } else if options.force {
                let current: [(String, String)] = copy.etag.map { [("If-Match", $0)] } ?? []
                answer = try await client.send(
                    "PUT", w.href, body: w.text, contentType: "text/calendar; charset=utf-8", headers: current)
            } else {
                outcome.findings.append(words.conflict(w.uid, record.collection))
                return
            }
        }
        guard answer.status == 201 || answer.status == 204 || answer.status == 200 else {
            outcome.findings.append(words.refused(w.uid, record.collection, answer.status))
            return
        }
        record.objects[w.uid] = ExportJournal.ServerObject(
            href: w.href, etag: answer.etag, digest: w.digest, cancelled: kind == .cancel)
        switch kind {
        case .create: outcome.createdObjects.append(w.uid)
        case .update: outcome.updated.append(w.uid)
        case .cancel: outcome.cancelled.append(w.uid)
        case .delete: outcome.deleted.append(w.uid)
        }
    }

    typealias Answer = DAVClient.Answer
}

extension DAVClient.Answer {
    init(status: Int, etag: String?) {
        self.init(status: status, etag: etag, body: Data())
    }
}

/// Objects and collections of a run, for the last line.
struct PublishCounts {
    var collections = 0
    var created = 0
    var updated = 0
    var cancelled = 0
    var deleted = 0
    var unchanged = 0
    var conflicts = 0

    mutating func add(_ o: Session.CollectionOutcome) {
        collections += 1
        created += o.createdObjects.count
        updated += o.updated.count
        cancelled += o.cancelled.count
        deleted += o.deleted.count
        unchanged += o.unchanged
        conflicts += o.findings.count
    }
}
