import ArgumentParser
import CortegeCore
import CortegeProgramme
import Foundation

extension ProgrammeLanguage: ExpressibleByArgument {}

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Write the printable programme of a visit for one audience (HTML with a timeline).",
        discussion: """
            One self-contained HTML page (inline CSS and SVG, no script, no external request), a page per day \
            when printed on A4, readable on a phone. The press and public programmes obey the embargo: before \
            the visit's `announce` time they are refused (exit status 1) and no file is written.

            Example:
              cortege programme samples/971-visite-ministre.yaml --audience staff -o programme.html
              cortege programme samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30 --lang en
            """)

    @Argument(help: "A plan file (YAML).")
    var plan: String

    @Option(help: "Who reads it: \(Audience.names.joined(separator: ", ")).")
    var audience: String

    @Option(name: .shortAndLong, help: "The HTML file to write (atomically); standard output when omitted.")
    var output: String?

    @Option(help: "The time of generation, ISO 8601 (local to the visit without an offset); defaults to now.")
    var now: String?

    @Option(help: "Language of the document: fr or en.")
    var lang: ProgrammeLanguage = .fr

    @Option(help: "Folder of <person-id>.ics agendas (overrides the plan's `agendas:`).")
    var agendas: String?

    func validate() throws {
        guard Audience(text: audience) != nil else {
            throw ValidationError("unknown audience \"\(audience)\"; expected \(Audience.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        guard let audience = Audience(text: audience) else { throw ExitCode(2) }
        let loaded = LoadedPlans(paths: [plan])
        guard let analysis = loaded.analyses.first else {
            for (d, zone) in loaded.findings { printError(DiagnosticFormat.human(d, zone: zone)) }
            throw ExitCode(loaded.unreadable ? 2 : 1)
        }
        let zone = analysis.plan.visit.zone
        let instant = try readNow(now, zone: zone)
        let view: AudienceView
        switch analysis.view(for: audience, now: instant) {
        case .failure(let refusal):
            printError(DiagnosticFormat.human(refusal.diagnostic, zone: zone))
            throw ExitCode(1)
        case .success(let v):
            view = v
        }
        let conflicts = analysis.findings + cortege.conflicts([analysis], agendas: agendas).map(\.0)
        let visitProtocol = VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary)
        let html = Programme.html(
            view: view, orders: ProgrammeOrders(visitProtocol), conflicts: conflicts,
            keyPeople: Self.keyPeople(analysis), options: ProgrammeOptions(
                language: lang, now: instant, revision: analysis.plan.visit.revision))
        guard let output else {
            FileHandle.standardOutput.write(Data(html.utf8))
            return
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            printError("error: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }

    /// The préfet (the first member of the prefectoral corps of rank prefect met in the itinerary) and the host
    /// (the authority most often written as `host:`), for the timeline's lanes after the principal.
    static func keyPeople(_ analysis: Analysis) -> [String] {
        let plan = analysis.plan
        let principal = plan.visit.principal
        let items = analysis.itinerary.items.map(\.item)
        let prefect = items.lazy.flatMap(\.participants).first { id in
            id != principal
                && (plan.people[id]?.isPrefect ?? false)
        }
        var counts: [String: Int] = [:]
        var firstSeen: [String] = []
        for item in items {
            guard let host = item.host, host != principal, host != prefect else { continue }
            if counts[host] == nil { firstSeen.append(host) }
            counts[host, default: 0] += 1
        }
        let host = firstSeen.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
        return [prefect, host].compactMap { $0 }
    }
}
