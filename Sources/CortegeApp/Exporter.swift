import CortegeCore
import CortegeICal
import Foundation

/// Writes the iCalendar files of a visit (docs/ical-export.md): which calendars, their names, their DTSTAMP, the
/// update of a previous export, and the writing of the whole set, rendered before anything is written.
public struct Exporter: Sendable {
    public var analysis: Analysis
    public var request: ExportRequest
    /// The time the embargo is judged at.
    public var now: Instant
    /// DTSTAMP of new and changed events.
    public var dtstamp: Instant

    public init(analysis: Analysis, request: ExportRequest, now: Instant, dtstamp: Instant) {
        self.analysis = analysis
        self.request = request
        self.now = now
        self.dtstamp = dtstamp
    }

    /// Renders then writes the set. Refused calendars are in the result: the others are written all the same.
    public func export() -> Result<RenderedExport, ExportError> {
        // An interrupted switch of the folder left its complete version beside it: back in place before the
        // folder is read as the previous export.
        FolderSwitch.recover(request.folder)
        return render().flatMap { rendered in
            // Everything is rendered before anything is written: a failure leaves the folder as it was.
            guard !rendered.calendars.isEmpty else { return .success(rendered) }
            return write(rendered).map { rendered }
        }
    }

    /// Every calendar asked for, rendered against the previous export (the journal and the folder); nothing is
    /// written. With `--all`, the calendar of a person who left the visit is rendered all cancelled once, then
    /// dropped (docs/ical-export.md, "The export journal").
    public func render() -> Result<RenderedExport, ExportError> {
        let plan = analysis.plan
        var rendered = RenderedExport()
        if let warning = Self.organizerWarning(plan) { rendered.warnings.append(warning) }
        let previousJournal: ExportJournal?
        switch Self.readJournal(request.journal) {
        case .failure(let error): return .failure(error)
        case .success(let j): previousJournal = j
        }
        var journal = previousJournal ?? ExportJournal(visit: plan.visit.id)
        journal.visit = plan.visit.id
        let domainSuffix = ".\(plan.visit.id)@"
        for audience in audiences {
            let view: AudienceView
            switch analysis.view(for: audience, now: now) {
            case .failure(let refusal):
                rendered.refusals.append(refusal.diagnostic)
                continue
            case .success(let v): view = v
            }
            let calendar = ExportCalendar(view: view, language: request.language)
            let domain = ExportCalendar.domain(of: view)
            if let clash = Self.uidClash(calendar, plan, domain: domain) {
                rendered.refusals.append(clash)
                continue
            }
            // Only this visit's events of a previous export are updated; another visit's file is replaced.
            let writer = CalendarWriter(
                dtstamp: dtstamp, language: request.language, previousUIDSuffix: ".\(plan.visit.id)@\(domain)")
            let key = ExportJournal.key(stem: Self.fileStem(audience), language: request.language)
            do {
                let (one, record) = try render(
                    calendar, of: audience, with: writer, journal: journal.calendars[key]?.events ?? [:])
                rendered.calendars.append(one)
                journal.calendars[key] = ExportJournal.Calendar(
                    name: calendar.name, events: record, servers: journal.calendars[key]?.servers ?? [:])
            } catch {
                return .failure(.cannotBuild(audience: audience, visit: plan.visit.id, reason: "\(error)"))
            }
        }
        if request.selection == .all {
            let current = Set(audiences.map { ExportJournal.key(stem: Self.fileStem($0), language: request.language) })
            let language = "." + request.language.rawValue
            for (key, record) in journal.calendars.sorted(by: { $0.key < $1.key })
            where key.hasPrefix("person-") && key.hasSuffix(language) && !current.contains(key) && !record.dropped {
                let id = String(key.dropFirst("person-".count).dropLast(language.count))
                let audience = Audience.person(id)
                // The person left the visit: their calendar holds no event any more, so every event is cancelled.
                let calendar = ExportCalendar(name: record.name, zone: plan.visit.zone, events: [])
                let writer = CalendarWriter(dtstamp: dtstamp, language: request.language)
                let events = record.events.filter { $0.key.contains(domainSuffix) }
                do {
                    var (one, kept) = try render(calendar, of: audience, with: writer, journal: events)
                    if one.changes.cancelled.isEmpty {
                        // Written all cancelled by the previous export: now removed.
                        one = RenderedCalendar(
                            path: one.path, audience: audience, files: [:], changes: one.changes, dropped: true)
                    }
                    rendered.calendars.append(one)
                    journal.calendars[key] = ExportJournal.Calendar(
                        name: record.name, dropped: one.dropped, events: kept, servers: record.servers)
                } catch {
                    return .failure(.cannotBuild(audience: audience, visit: plan.visit.id, reason: "\(error)"))
                }
            }
        }
        if request.journal != nil { rendered.journal = journal }
        return .success(rendered)
    }

    /// The journal at `path`: nil when there is none yet (or no path).
    static func readJournal(_ path: String?) -> Result<ExportJournal?, ExportError> {
        guard let path, FileManager.default.fileExists(atPath: path) else { return .success(nil) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.badJournal(path: path, reason: nil))
        }
        do {
            return .success(try ExportJournal.read(String(decoding: data, as: UTF8.self)))
        } catch {
            return .failure(.badJournal(path: path, reason: "\(error)"))
        }
    }

    /// One calendar and its journal record, against the previous export of the folder and of the journal.
    func render(
        _ calendar: ExportCalendar, of audience: Audience, with writer: CalendarWriter, journal: [String: String]
    ) throws -> (RenderedCalendar, [String: String]) {
        let stem = Self.fileStem(audience)
        if request.caldav {
            let folder = request.folder + "/" + stem
            let previous = request.readsFolder ? Self.previousCalDAV(in: folder) : [:]
            let output = try writer.output(
                calendar, previous: previous.keys.sorted().compactMap { previous[$0] }, journal: journal, caldav: true)
            let changed = output.files.filter { previous[$0.key] != $0.value }
            // An object not written this time was cancelled by the previous export: it is removed.
            let removals = previous.keys.filter { output.files[$0] == nil }.sorted()
            let one = RenderedCalendar(
                path: folder, audience: audience, files: changed, changes: output.changes, removals: removals)
            return (one, output.journal)
        }
        let path = request.folder + "/" + stem + ".ics"
        let previous = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
        let output = try writer.output(
            calendar, previous: previous.map { [$0] } ?? [], journal: journal, caldav: false)
        let one = RenderedCalendar(
            path: path, audience: audience, files: previous == output.text ? [:] : [path: output.text],
            changes: output.changes)
        return (one, output.journal)
    }

    /// Writes every file of the set, creating the folders first: one audience in place, each file atomically;
    /// `--all` as a whole new version of the folder, switched in at once (``FolderSwitch``). Then the journal.
    public func write(_ rendered: RenderedExport) -> Result<Void, ExportError> {
        let fm = FileManager.default
        let output = request.folder
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            return .failure(.outputIsAFile(output))
        }
        do {
            if request.selection == .all {
                if let stranger = Self.notACalendar(in: output) {
                    return .failure(.notACalendarFolder(folder: output, entry: stranger))
                }
                try fm.createDirectory(
                    atPath: URL(fileURLWithPath: output).deletingLastPathComponent().path,
                    withIntermediateDirectories: true)
                let staging = try FolderSwitch.stage(output)
                do {
                    try write(rendered, into: staging)
                } catch {
                    try? fm.removeItem(atPath: staging)
                    throw error
                }
                try FolderSwitch.publish(staging, as: output)
            } else {
                try fm.createDirectory(atPath: output, withIntermediateDirectories: true)
                AtomicFile.removeLeftovers(in: output)
                try write(rendered, into: output)
            }
            // The journal last: an export stopped before it is made again from the older journal and the folder.
            if let journal = rendered.journal, let path = request.journal {
                let text = journal.serialized()
                let before = fm.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
                if before != text { try AtomicFile.write(text, to: path) }
            }
        } catch {
            return .failure(.cannotWrite(folder: output, reason: AtomicFile.WriteError.phrase(of: error)))
        }
        return .success(())
    }

    /// Writes the files of `rendered` into `root`, which stands for the output folder.
    func write(_ rendered: RenderedExport, into root: String) throws {
        let fm = FileManager.default
        func moved(_ path: String) -> String {
            path.hasPrefix(request.folder + "/") ? root + "/" + path.dropFirst(request.folder.count + 1) : path
        }
        for calendar in rendered.calendars where request.caldav && !calendar.dropped {
            try fm.createDirectory(atPath: moved(calendar.path), withIntermediateDirectories: true)
        }
        for calendar in rendered.calendars {
            let path = moved(calendar.path)
            if request.caldav { AtomicFile.removeLeftovers(in: path) }
            for (name, text) in calendar.files.sorted(by: { $0.key < $1.key }) {
                try AtomicFile.write(text, to: request.caldav ? path + "/" + name : moved(name))
            }
            for name in calendar.removals { try? fm.removeItem(atPath: path + "/" + name) }
            if calendar.dropped { try Self.drop(path, caldav: request.caldav) }
        }
    }

    /// The first entry of `folder` that is not part of a calendar set (an `.ics` file, a folder of `.ics`
    /// files, a leftover of an interrupted write): `--all` replaces the whole folder, so it must hold
    /// calendars only. Nil when the folder holds calendars only, or does not exist.
    static func notACalendar(in folder: String) -> String? {
        let fm = FileManager.default
        func isLeftover(_ name: String) -> Bool {
            name.hasPrefix(".") && (name.contains(".tmp-") || name.hasPrefix(".dat.nosync"))
        }
        for entry in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted() where !isLeftover(entry) {
            let path = folder + "/" + entry
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: path, isDirectory: &isFolder)
            if !isFolder.boolValue {
                if !entry.hasSuffix(".ics") { return entry }
                continue
            }
            for inner in ((try? fm.contentsOfDirectory(atPath: path)) ?? []).sorted()
            where !isLeftover(inner) && !inner.hasSuffix(".ics") {
                return entry + "/" + inner
            }
        }
        return nil
    }

    /// Removes the calendar of a person who left the visit: the file, or the CalDAV folder's objects and then
    /// the folder when nothing else is in it.
    static func drop(_ path: String, caldav: Bool) throws {
        let fm = FileManager.default
        guard caldav else {
            if fm.fileExists(atPath: path) { try fm.removeItem(atPath: path) }
            return
        }
        for name in previousCalDAV(in: path).keys { try fm.removeItem(atPath: path + "/" + name) }
        if (try? fm.contentsOfDirectory(atPath: path))?.isEmpty == true { try fm.removeItem(atPath: path) }
    }

    /// The audiences to export: the one asked for, or every audience and every person of the visit.
    public var audiences: [Audience] {
        switch request.selection {
        case .audience(let audience): [audience]
        case .all: Self.everyAudience(of: analysis)
        }
    }

    /// What `--all` exports: every audience, then one calendar per person of the visit (the principal, the
    /// participants, the riders), by id, then one per escort unit of the plan, by id.
    public static func everyAudience(of analysis: Analysis) -> [Audience] {
        var people = Set([analysis.plan.visit.principal])
        for s in analysis.itinerary.items { people.formUnion(s.item.participants) }
        for t in analysis.itinerary.transfers { people.formUnion(t.riders) }
        let persons = people.filter { analysis.plan.people[$0] != nil }.sorted().map { Audience.person($0) }
        let units = analysis.plan.escortUnits.keys.sorted().map { Audience.unit($0) }
        return [.principal, .staff, .security, .press, .public] + persons + units
    }

    /// DTSTAMP when none is given: the plan's `revision:` time, else the plan file's modification time, else the
    /// clock.
    public static func dtstamp(of plan: Plan) -> Instant {
        if let revision = plan.visit.revision { return plan.visit.zone.resolve(revision).instant }
        let attributes = try? FileManager.default.attributesOfItem(atPath: plan.file)
        guard let date = attributes?[.modificationDate] as? Date else { return TimeOption.clock() }
        return Instant(seconds: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// `principal`, `staff`, …, or `person-<id>` for a person: the name of the file (`.ics`) or CalDAV folder.
    public static func fileStem(_ audience: Audience) -> String {
        if case .person(let id) = audience { return "person-" + id }
        if case .unit(let id) = audience { return "unit-" + id }
        return audience.description
    }

    /// The previous CalDAV objects of a folder, by file name.
    public static func previousCalDAV(in folder: String) -> [String: String] {
        let fm = FileManager.default
        var previous: [String: String] = [:]
        for name in ((try? fm.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        where name.hasSuffix(".ics") && !name.hasPrefix(".") {
            if let data = fm.contents(atPath: folder + "/" + name) {
                previous[name] = String(decoding: data, as: UTF8.self)
            }
        }
        return previous
    }

    /// `organizer-email` when the visit's organizer has no e-mail: the events then name the fallback organizer
    /// (docs/ical-export.md). At the `organizer:` line, else at `visit:`.
    public static func organizerWarning(_ plan: Plan) -> Diagnostic? {
        let email = plan.visit.organizer?.email?.trimmingCharacters(in: .whitespaces) ?? ""
        guard email.isEmpty else { return nil }
        let fallback = ExportCalendar.fallbackOrganizerEmail
        return Diagnostic(
            .organizerEmail,
            Phrase(
                fr: "l'organisateur de \(plan.visit.id) n'a pas d'adresse électronique : les calendriers nomment "
                    + "\(fallback) comme organisateur",
                en: "the organizer of \(plan.visit.id) has no e-mail: the calendars name \(fallback) as their organizer"
            ),
            at: plan.visit.location(of: .organizer),
            help: Phrase(
                fr: "donner une adresse à l'organisateur (`organizer: { name: …, email: cabinet@… }`) : elle devient "
                    + "l'ORGANIZER et le domaine des UID",
                en: "give the organizer an e-mail (`organizer: { name: …, email: cabinet@… }`): it becomes the "
                    + "ORGANIZER and the domain of the UIDs"))
    }

    /// Two events of one calendar with one UID (an item whose id is `transfer-a-b`, as a transfer's).
    public static func uidClash(_ calendar: ExportCalendar, _ plan: Plan, domain: String) -> Diagnostic? {
        var seen = Set<String>()
        for event in calendar.events where !seen.insert(event.uid).inserted {
            let item = plan.programme.first {
                ExportEvent.uid(item: $0.id, visit: plan.visit.id, domain: domain) == event.uid
            }
            return Diagnostic(
                .duplicateID,
                Phrase(
                    fr: "deux évènements du calendrier partageraient l'UID \(event.uid)",
                    en: "two events of the calendar would share the UID \(event.uid)"),
                at: item?.location ?? plan.visit.location, subjects: item.map { [$0.id] } ?? [],
                help: Phrase(
                    fr:
                        "renommer la séquence : les ids `transfer-<séquence>-<séquence>` nomment les trajets de la visite",
                    en: "rename the item: the ids `transfer-<item>-<item>` name the visit's transfers"))
        }
        return nil
    }

    /// One line per calendar: what changed, the path shown relative to the output folder.
    public static func summary(_ calendar: RenderedCalendar, folder: String, language: Language) -> String {
        let w = Vocabulary(language)
        let c = calendar.changes
        if calendar.dropped {
            let name =
                calendar.path.hasPrefix(folder + "/")
                ? String(calendar.path.dropFirst(folder.count + 1)) : calendar.path
            return name
                + w.pick(
                    " : retiré (il n'est plus dans la visite ; ses évènements ont été annulés par l'export précédent)",
                    ": removed (no longer in the visit; its events were cancelled by the previous export)")
        }
        let total = c.added.count + c.changed.count + c.unchanged.count + c.cancelled.count
        let name =
            calendar.path.hasPrefix(folder + "/") ? String(calendar.path.dropFirst(folder.count + 1)) : calendar.path
        return name
            + w.pick(
                " : \(total) évènement(s) : \(c.added.count) nouveau(x), \(c.changed.count) modifié(s), "
                    + "\(c.cancelled.count) annulé(s), \(c.unchanged.count) inchangé(s)",
                ": \(total) event(s): \(c.added.count) new, \(c.changed.count) changed, "
                    + "\(c.cancelled.count) cancelled, \(c.unchanged.count) unchanged")
    }
}

extension Exporter {
    /// `cortege export`: loads the plan, reads `--now` and `--dtstamp`, exports, and reports one summary line per
    /// calendar written then the refusals.
    public static func run(
        path: String, request: ExportRequest, now nowText: String?, dtstamp dtstampText: String?
    ) -> CommandResult {
        do throws(CommandStop) {
            let language = request.language
            let analysis = try Workspace.plan(at: path, language: language).analysis
            let plan = analysis.plan
            let now = try TimeOption.now(nowText, of: plan, language: language)
            let dtstamp = try TimeOption.dtstamp(dtstampText, of: plan, language: language) ?? Self.dtstamp(of: plan)
            let exporter = Exporter(analysis: analysis, request: request, now: now, dtstamp: dtstamp)
            let rendered = try exporter.export().mapError { CommandStop($0.phrase, language, status: $0.status) }.get()
            var result = CommandResult(status: rendered.refusals.isEmpty ? 0 : 1)
            for calendar in rendered.calendars {
                result.print(summary(calendar, folder: request.folder, language: language))
            }
            for d in rendered.warnings + rendered.refusals {
                result.printError(DiagnosticFormat.human(d, zone: plan.visit.zone, language: language))
            }
            return result
        } catch {
            return error.result
        }
    }
}
