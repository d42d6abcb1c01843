import CortegeCore
import Foundation

/// A registry read on its own (docs/plan-format.md §4): what it defines, in the order it is written.
public struct LoadedRegistry: Sendable {
    public var people: [Person] = []
    public var venues: [Venue] = []
    public var escortUnits: [EscortUnit] = []
    public var communes: [Commune] = []
    public var findings: [Diagnostic] = []
}

extension PlanLoader {
    /// Reads a registry and the registries it includes, as a plan that includes it would.
    public func loadRegistry(path: String) -> LoadedRegistry {
        var reader = YAMLReader(file: path)
        guard let root = Self.readYAML(path: path, reader: &reader, at: nil) else {
            return LoadedRegistry(findings: Diagnostic.sorted(reader.findings))
        }
        var session = Session(reader: reader)
        session.stack = [Session.canonical(path)]
        session.seen = [Session.canonical(path)]
        if let fields = session.reader.fields(root, PlanFormat.registry) {
            session.readIncludes(fields, base: path)
            session.readSections(fields)
        }
        let collected = session.collected
        func written<T: Located>(_ values: some Sequence<T>) -> [T] {
            values.sorted { ($0.location.file, $0.location.line) < ($1.location.file, $1.location.line) }
        }
        return LoadedRegistry(
            people: collected.personOrder.compactMap { collected.people[$0] }, venues: written(collected.venues.values),
            escortUnits: written(collected.units.values), communes: written(collected.communes.values),
            findings: Diagnostic.sorted(session.reader.findings))
    }
}
