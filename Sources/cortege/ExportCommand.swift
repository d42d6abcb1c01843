import ArgumentParser
import CortegeCore
import CortegeICal
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the iCalendar (.ics) file of one audience, or of every audience and person (--all).",
        discussion: """
            Each audience gets only what it may see (SPEC §7): principal, person:<id>, staff, security, press, \
            public. Files are named after the audience (press.ics, person-prefet-971.ics) and written \
            atomically into the output folder. When a previous export is there, it is updated: unchanged events \
            keep their bytes, changed ones get SEQUENCE + 1, removed ones are written once more as CANCELLED.

            --all writes every audience as <audience>.ics, plus person-<id>.ics for every person of the visit \
            (the principal, the participants, the riders).

            Embargo: the press and public exports are refused (error[embargo], exit status 1, no file \
            written) before the visit's `announce` time, unless --now is past it. With --all before \
            `announce`, the other calendars are still written, the embargo is reported for press and public, \
            and the exit status is 1.

            DTSTAMP is the plan's `revision:` time, else the plan file's modification time, or --dtstamp: \
            the same plan gives the same bytes.

            --caldav writes one event per file, without METHOD, for upload to a CalDAV server, into a folder \
            per audience (<output>/<audience>/<uid>.ics).

            Exit status: 0 written, 1 an error finding (nothing is written for that audience), 2 the plan \
            could not be read or the command line is wrong.

            Example:
              cortege export samples/971-visite-ministre.yaml --audience staff -o calendars-out
              cortege export samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
              cortege export samples/971-visite-ministre.yaml --all -o out --now 2026-12-04T08:00 --lang en
              cortege export samples/971-visite-ministre.yaml --audience person:prefet-971 --caldav -o dav
            """)

    @Argument(help: "A plan file (YAML).")
    var plan: String

    @Option(help: "The audience: \(Audience.names.joined(separator: ", ")).")
    var audience: String?

    @Flag(help: "Every audience, and one calendar per person of the visit.")
    var all = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "The output folder (created if needed).")
    var output: String = "."

    @Flag(help: "CalDAV profile: one event per file, no METHOD, in a folder per audience.")
    var caldav = false

    @Option(help: "The current time, ISO 8601 (local to the visit without an offset); defaults to the clock.")
    var now: String?

    @Option(help: "DTSTAMP of new and changed events, ISO 8601; defaults to the plan's `revision:` time.")
    var dtstamp: String?

    @Option(help: "Language of the calendar texts: fr or en.")
    var lang: Language = .fr

    func validate() throws {
        if all && audience != nil { throw ValidationError("give either --audience or --all, not both") }
        if !all && audience == nil { throw ValidationError("missing --audience (or --all)") }
        if let audience, Audience(text: audience) == nil {
            throw ValidationError(
                "unknown audience \"\(audience)\"; expected one of \(Audience.names.joined(separator: ", "))")
        }
    }

    /// One calendar to write: its file (or CalDAV folder) and its content.
    struct Output {
        var path: String
        var audience: Audience
        var files: [String: String]
        var changes: CalendarWriter.Changes
    }

    func run() throws {
        let loaded = LoadedPlans(paths: [plan])
        guard let analysis = loaded.analyses.first else {
            for (d, zone) in loaded.findings { printError(DiagnosticFormat.human(d, zone: zone)) }
            throw ExitCode(loaded.unreadable ? 2 : 1)
        }
        let visit = analysis.plan.visit
        let zone = visit.zone
        let instant = try readNow(now, zone: zone)
        let stamp = try readTime(dtstamp, "--dtstamp", zone: zone) ?? revisionTime(analysis.plan)

        var refusals: [Diagnostic] = []
        var outputs: [Output] = []
        for audience in audiences(analysis) {
            let view: AudienceView
            switch analysis.view(for: audience, now: instant) {
            case .failure(let refusal):
                refusals.append(refusal.diagnostic)
                continue
            case .success(let v): view = v
            }
            let calendar = ExportCalendar(view: view, language: lang)
            let domain = ExportCalendar.domain(of: view)
            if let clash = Self.uidClash(calendar, analysis.plan, domain: domain) {
                refusals.append(clash)
                continue
            }
            let stem = Self.fileStem(audience)
            // Only this visit's events of a previous export are updated; another visit's file is replaced.
            let writer = CalendarWriter(
                dtstamp: stamp, language: lang, previousUIDSuffix: ".\(visit.id)@\(domain)")
            do {
                if caldav {
                    let folder = output + "/" + stem
                    let previous = Self.previousCalDAV(in: folder)
                    let (files, changes) = try writer.renderCalDAV(
                        calendar, previous: previous.keys.sorted().compactMap { previous[$0] })
                    let changed = files.filter { previous[$0.key] != $0.value }
                    outputs.append(Output(path: folder, audience: audience, files: changed, changes: changes))
                } else {
                    let path = output + "/" + stem + ".ics"
                    let previous = FileManager.default.contents(atPath: path).map {
                        String(decoding: $0, as: UTF8.self)
                    }
                    let (text, changes) = try writer.render(calendar, previous: previous)
                    outputs.append(
                        Output(
                            path: path, audience: audience, files: previous == text ? [:] : [path: text],
                            changes: changes))
                }
            } catch {
                printError("error: cannot build the \(audience) calendar of \(visit.id): \(error)")
                throw ExitCode(1)
            }
        }

        // Everything is rendered before anything is written: a failure above leaves the folder as it was.
        if !outputs.isEmpty { try write(outputs) }
        for out in outputs { print(Self.summary(out, folder: output)) }
        for d in refusals { printError(DiagnosticFormat.human(d, zone: zone)) }
        if !refusals.isEmpty { throw ExitCode(1) }
    }

    /// The audiences to export: the one asked for, or every audience and every person of the visit.
    func audiences(_ analysis: Analysis) -> [Audience] {
        if let audience, let a = Audience(text: audience) { return [a] }
        var people = Set([analysis.plan.visit.principal])
        for s in analysis.itinerary.items { people.formUnion(s.item.participants) }
        for t in analysis.itinerary.transfers { people.formUnion(t.riders) }
        let persons = people.filter { analysis.plan.people[$0] != nil }.sorted().map { Audience.person($0) }
        return [.principal, .staff, .security, .press, .public] + persons
    }

    /// DTSTAMP: the plan's `revision:` time, else the plan file's modification time.
    func revisionTime(_ plan: Plan) -> Instant {
        if let revision = plan.visit.revision { return plan.visit.zone.resolve(revision).instant }
        let attributes = try? FileManager.default.attributesOfItem(atPath: plan.file)
        let date = (attributes?[.modificationDate] as? Date) ?? Date()
        return Instant(seconds: Int64(date.timeIntervalSince1970.rounded(.down)))
    }

    /// Writes every file (atomically), creating the folders first.
    func write(_ outputs: [Output]) throws {
        let fm = FileManager.default
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: output, isDirectory: &isFolder), !isFolder.boolValue {
            printError("error: \(output) is a file, not a folder")
            throw ExitCode(2)
        }
        do {
            try fm.createDirectory(atPath: output, withIntermediateDirectories: true)
            for out in outputs where caldav {
                try fm.createDirectory(atPath: out.path, withIntermediateDirectories: true)
            }
            for out in outputs {
                for (name, text) in out.files.sorted(by: { $0.key < $1.key }) {
                    try AtomicFile.write(text, to: caldav ? out.path + "/" + name : name)
                }
            }
        } catch {
            printError("error: cannot write into \(output): \(error)")
            throw ExitCode(2)
        }
    }

    /// `principal`, `staff`, …, or `person-<id>` for a person.
    static func fileStem(_ audience: Audience) -> String {
        if case .person(let id) = audience { return "person-" + id }
        return audience.description
    }

    /// The previous CalDAV objects of a folder, by file name.
    static func previousCalDAV(in folder: String) -> [String: String] {
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

    /// Two events of one calendar with one UID (an item whose id is `visit` or `transfer-a-b`).
    static func uidClash(_ calendar: ExportCalendar, _ plan: Plan, domain: String) -> Diagnostic? {
        var seen = Set<String>()
        for event in calendar.events where !seen.insert(event.uid).inserted {
            let item = plan.programme.first {
                ExportEvent.uid(item: $0.id, visit: plan.visit.id, domain: domain) == event.uid
            }
            return Diagnostic(
                .duplicateID, "two events of the calendar would share the UID \(event.uid)",
                at: item?.location ?? plan.visit.location, subjects: item.map { [$0.id] } ?? [],
                help: "rename the item: the ids `visit` and `transfer-<item>-<item>` name the visit and its transfers")
        }
        return nil
    }

    /// One line per calendar: what changed.
    static func summary(_ out: Output, folder: String) -> String {
        let c = out.changes
        let total = c.added.count + c.changed.count + c.unchanged.count + c.cancelled.count
        let name = out.path.hasPrefix(folder + "/") ? String(out.path.dropFirst(folder.count + 1)) : out.path
        return "\(name): \(total) event(s): \(c.added.count) new, \(c.changed.count) changed, "
            + "\(c.cancelled.count) cancelled, \(c.unchanged.count) unchanged"
    }
}
