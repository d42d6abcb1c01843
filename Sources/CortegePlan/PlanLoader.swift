import CortegeCore
import Foundation
import Yams

/// The outcome of reading a plan: the plan when it could be built, and every finding on the way.
public struct LoadedPlan: Sendable {
    public var plan: Plan?
    public var findings: [Diagnostic]
    /// True when the file could not be read at all (exit status 2).
    public var unreadable: Bool
}

/// Reads plan files and the registries they include (docs/plan-format.md).
public struct PlanLoader {
    /// Plans and registries larger than this are refused rather than read into memory.
    public static let maximumFileSize = 8 * 1024 * 1024

    public init() {}

    /// Everything collected across the plan and its includes.
    struct Collected {
        var people: [String: Person] = [:]
        var personOrder: [String] = []
        var venues: [String: Venue] = [:]
        var units: [String: EscortUnit] = [:]
        var communes: [String: Commune] = [:]
        var handOverPoints: [String: HandOverPoint] = [:]
        var reserve: [ReservePeriod] = []
        /// Where each id was first defined, per kind, for duplicate-id.
        var defined: [String: SourceLocation] = [:]
    }

    /// References to check once everything is read: (kind, id, where, what it is).
    struct Reference {
        enum Kind { case person, venue, unit, commune }
        var kind: Kind
        var id: String
        var location: SourceLocation
        var what: String
    }

    public func load(path: String) -> LoadedPlan {
        var reader = YAMLReader(file: path)
        guard let root = Self.readYAML(path: path, reader: &reader, at: nil) else {
            return LoadedPlan(plan: nil, findings: Diagnostic.sorted(reader.findings), unreadable: true)
        }
        guard case .mapping = root else {
            reader.report(
                .planSchema,
                "a plan must be a mapping with `cortege:`, `visit:` and `programme:`, not "
                    + YAMLReader.describe(root), at: reader.location(root),
                help: "see docs/plan-format.md for a complete example")
            return LoadedPlan(plan: nil, findings: Diagnostic.sorted(reader.findings), unreadable: true)
        }
        var session = Session(reader: reader)
        let plan = session.readPlan(root: root, path: path)
        var findings = session.reader.findings
        if let plan {
            findings += session.checkReferences(plan: plan)
        }
        return LoadedPlan(plan: plan, findings: Diagnostic.sorted(findings), unreadable: plan == nil)
    }

    /// Reads and parses one YAML file; nil (with a finding) when it is missing, too large, not text, or not YAML.
    static func readYAML(path: String, reader: inout YAMLReader, at includeSite: SourceLocation?) -> Node? {
        let site = includeSite ?? SourceLocation(file: path, line: 1, column: 1)
        let code: DiagnosticCode = includeSite == nil ? .planSyntax : .planSchema
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if (attributes?[.type] as? FileAttributeType) == .typeDirectory {
            reader.report(
                code, "cannot read \(path): it is a folder, not a file", at: site,
                help: includeSite == nil ? "give the path of a plan file" : "include the registry files themselves")
            return nil
        }
        guard let attributes else {
            reader.report(
                code, "cannot read \(path): no such file", at: site,
                help: includeSite == nil ? nil : "paths in `include:` are relative to the including file")
            return nil
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumFileSize else {
            reader.report(
                code,
                String(
                    format: "%@ is %.1f MB; plan and registry files are limited to %d MiB", path,
                    Double(size) / 1_000_000, maximumFileSize / 1024 / 1024), at: site,
                help: "split it into registries with `include:`")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            reader.report(code, "cannot read \(path)", at: site)
            return nil
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            reader.report(code, "\(path) is not UTF-8 text", at: site, help: "save the file as UTF-8 text")
            return nil
        }
        do {
            guard let node = try Self.compose(yaml: text) else {
                reader.report(code, "\(path) is empty", at: site, help: "see docs/plan-format.md for an example")
                return nil
            }
            return node
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let (message, loc) = duplicate(duplicates, first: context.mark, in: text, path: path)
            reader.report(.planSyntax, message, at: loc, help: "remove one of them, or merge them")
            return nil
        } catch let error as YamlError {
            let (message, loc) = describe(error, path: path)
            reader.report(.planSyntax, message, at: loc, help: "check the indentation and quotes around this line")
            return nil
        } catch {
            reader.report(.planSyntax, "\(path) is not valid YAML: \(error)", at: site)
            return nil
        }
    }

    /// A duplicate key, at the line of the duplicate: Yams points at the first of the keys (and quotes the whole
    /// text), so the duplicate is the next line after it that starts with one of the keys at the same column.
    static func duplicate(_ keys: [String], first: Mark, in text: String, path: String) -> (String, SourceLocation) {
        let lines = text.components(separatedBy: "\n")
        let column = max(1, first.column)
        let names = keys.map { YAMLReader.excerpt($0) }.map { "`\($0)`" }.joined(separator: ", ")
        for (index, line) in lines.enumerated() where index + 1 > first.line {
            let characters = Array(line)
            guard characters.count >= column,
                characters[..<(column - 1)].allSatisfy({ $0 == " " || $0 == "-" })
            else { continue }
            let rest = String(characters[(column - 1)...])
            for key in keys where ["\(key):", "\"\(key)\":", "'\(key)':"].contains(where: { rest.hasPrefix($0) }) {
                return (
                    "duplicate key \(names): already written at line \(first.line)",
                    SourceLocation(file: path, line: index + 1, column: column)
                )
            }
        }
        return ("duplicate key \(names)", SourceLocation(file: path, line: first.line, column: column))
    }

    static func describe(_ error: YamlError, path: String) -> (String, SourceLocation) {
        switch error {
        case .scanner(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return ("invalid YAML: \(ctx)\(problem)", SourceLocation(file: path, line: mark.line, column: mark.column))
        case .parser(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return ("invalid YAML: \(ctx)\(problem)", SourceLocation(file: path, line: mark.line, column: mark.column))
        case .composer(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return ("invalid YAML: \(ctx)\(problem)", SourceLocation(file: path, line: mark.line, column: mark.column))
        default:
            return ("invalid YAML: \(error)", SourceLocation(file: path, line: 1, column: 1))
        }
    }
}
