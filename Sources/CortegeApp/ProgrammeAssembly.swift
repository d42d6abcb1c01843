import CortegeCore
import CortegeProgramme
import Foundation

/// The printed programme of a visit for one audience: its view, its protocol orders, its conflicts (with the
/// people's agendas) and the timeline's lanes of the préfet and the host.
public enum ProgrammeAssembly {
    /// The HTML page, or the refusal of the view (the embargo, docs/audiences.md).
    public static func html(
        _ analysis: Analysis, audience: Audience, now: Instant, language: Language, agendas folder: String?
    ) -> Result<String, AudienceRefusal> {
        html(
            analysis, audience: audience, now: now, language: language, conflicts: conflicts(analysis, agendas: folder))
    }

    /// The conflicts a programme shows: the plan's findings and its clashes with the people's agendas.
    public static func conflicts(_ analysis: Analysis, agendas folder: String?) -> [Diagnostic] {
        analysis.findings + Agendas.conflicts([analysis], folder: folder).map(\.0)
    }

    /// The HTML page with the conflicts already found (``conflicts(_:agendas:)``), for several audiences of a plan.
    public static func html(
        _ analysis: Analysis, audience: Audience, now: Instant, language: Language, conflicts: [Diagnostic]
    ) -> Result<String, AudienceRefusal> {
        let view: AudienceView
        switch analysis.view(for: audience, now: now) {
        case .failure(let refusal): return .failure(refusal)
        case .success(let v): view = v
        }
        return .success(
            Programme.html(
                view: view, orders: ProgrammeOrders(ProtocolReport.orders(of: analysis)), conflicts: conflicts,
                keyPeople: keyPeople(analysis),
                options: ProgrammeOptions(language: language, now: now, revision: analysis.plan.visit.revision)))
    }

    /// The préfet (the first member of the prefectoral corps of rank prefect met in the itinerary) and the host
    /// (the authority most often written as `host:`), for the timeline's lanes after the principal.
    public static func keyPeople(_ analysis: Analysis) -> [String] {
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

    /// `cortege programme`: the page on standard output, or written atomically to `output`.
    public static func run(
        path: String, audience: Audience, output: String?, now nowText: String?, language: Language,
        agendas: String?
    ) -> CommandResult {
        let page: String
        do throws(CommandStop) {
            let analysis = try Workspace.plan(at: path, language: language).analysis
            let now = try TimeOption.now(nowText, of: analysis.plan, language: language)
            page = try html(analysis, audience: audience, now: now, language: language, agendas: agendas).mapError {
                CommandStop(
                    DiagnosticFormat.human($0.diagnostic, zone: analysis.plan.visit.zone, language: language), status: 1
                )
            }.get()
        } catch {
            return error.result
        }
        var result = CommandResult()
        guard let output else {
            result.write(page)
            return result
        }
        do {
            try AtomicFile.write(page, to: output)
        } catch {
            return .failure(error.phrase, language, status: 2)
        }
        return result
    }
}
