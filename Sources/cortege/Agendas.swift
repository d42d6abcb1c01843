import CortegeCore
import CortegeICal
import Foundation

/// One agenda file to read and the person it belongs to.
struct AgendaSource: Hashable {
    var person: String
    var path: String
    /// The zone of the plan the person was found in: floating agenda times are read in it.
    var zone: Zone
}

/// The agendas the plans need: for each person of a plan, the file named by their `agenda:` key, else
/// `<person-id>.ics` in `folder` (the `--agendas` option), else in the plan's own `agendas:` folder.
/// Only files that exist are listed; a person of several plans is listed once.
func agendaSources(for plans: [Plan], folder: String?) -> [AgendaSource] {
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
func loadAgendas(
    for plans: [Plan], folder: String?, window: (start: Instant, end: Instant)?
) -> ([AgendaEntry], [Diagnostic]) {
    guard let window else { return ([], []) }
    var entries: [AgendaEntry] = []
    var findings: [Diagnostic] = []
    for source in agendaSources(for: plans, folder: folder) {
        let (read, problems) = readAgenda(source, window: window)
        entries += read
        findings += problems
    }
    return (entries, findings)
}

/// One person's agenda over a window, read through libical.
func readAgenda(_ source: AgendaSource, window: (start: Instant, end: Instant)) -> ([AgendaEntry], [Diagnostic]) {
    let result = AgendaReader(from: window.start, to: window.end, floatingZone: source.zone)
        .read(path: source.path, person: source.person)
    return (result.entries, result.findings)
}
