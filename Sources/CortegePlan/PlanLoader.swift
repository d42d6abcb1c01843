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
        var what: What
    }

    public func load(path: String) -> LoadedPlan {
        var reader = YAMLReader(file: path)
        guard let root = Self.readYAML(path: path, reader: &reader, at: nil) else {
            return LoadedPlan(plan: nil, findings: Diagnostic.sorted(reader.findings), unreadable: true)
        }
        guard case .mapping = root else {
            reader.report(
                .planSchema,
                Phrase(
                    fr: "un plan doit être une table avec `cortege:`, `visit:` et `programme:`, pas "
                        + YAMLReader.describe(root).fr,
                    en: "a plan must be a mapping with `cortege:`, `visit:` and `programme:`, not "
                        + YAMLReader.describe(root).en), at: reader.location(root),
                help: Phrase(
                    fr: "voir docs/plan-format.md pour un exemple complet",
                    en: "see docs/plan-format.md for a complete example"))
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
                code,
                Phrase(
                    fr: "impossible de lire \(path) : c'est un dossier, pas un fichier",
                    en: "cannot read \(path): it is a folder, not a file"), at: site,
                help: includeSite == nil
                    ? Phrase(fr: "donner le chemin d'un fichier de plan", en: "give the path of a plan file")
                    : Phrase(
                        fr: "inclure les fichiers de répertoire eux-mêmes", en: "include the registry files themselves")
            )
            return nil
        }
        guard let attributes else {
            reader.report(
                code,
                Phrase(fr: "impossible de lire \(path) : fichier introuvable", en: "cannot read \(path): no such file"),
                at: site,
                help: includeSite == nil
                    ? nil
                    : Phrase(
                        fr: "les chemins de `include:` sont relatifs au fichier qui inclut",
                        en: "paths in `include:` are relative to the including file"))
            return nil
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= maximumFileSize else {
            reader.report(
                code,
                Phrase(
                    fr: String(
                        format: "%@ pèse %.1f Mo ; un plan ou un répertoire est limité à %d Mio", path,
                        Double(size) / 1_000_000, maximumFileSize / 1024 / 1024),
                    en: String(
                        format: "%@ is %.1f MB; plan and registry files are limited to %d MiB", path,
                        Double(size) / 1_000_000, maximumFileSize / 1024 / 1024)), at: site,
                help: Phrase(
                    fr: "le découper en répertoires avec `include:`", en: "split it into registries with `include:`"))
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            reader.report(code, Phrase(fr: "impossible de lire \(path)", en: "cannot read \(path)"), at: site)
            return nil
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            reader.report(
                code, Phrase(fr: "\(path) n'est pas du texte UTF-8", en: "\(path) is not UTF-8 text"), at: site,
                help: Phrase(fr: "enregistrer le fichier en texte UTF-8", en: "save the file as UTF-8 text"))
            return nil
        }
        do {
            guard let node = try Self.compose(yaml: text) else {
                reader.report(
                    code, Phrase.emptyFile(path), at: site,
                    help: Phrase(
                        fr: "voir docs/plan-format.md pour un exemple", en: "see docs/plan-format.md for an example"))
                return nil
            }
            return node
        } catch let YamlError.duplicatedKeysInMapping(duplicates, context) {
            let (message, loc) = duplicate(duplicates, first: context.mark, in: text, path: path)
            reader.report(
                .planSyntax, message, at: loc,
                help: Phrase(fr: "en retirer une, ou les fusionner", en: "remove one of them, or merge them"))
            return nil
        } catch let error as YamlError {
            let (message, loc) = describe(error, path: path)
            reader.report(
                .planSyntax, message, at: loc,
                help: Phrase(
                    fr: "vérifier l'indentation et les guillemets autour de cette ligne",
                    en: "check the indentation and quotes around this line"))
            return nil
        } catch {
            reader.report(.planSyntax, Phrase.invalidYAML(path, error), at: site)
            return nil
        }
    }

    /// A duplicate key, at the line of the duplicate: Yams points at the first of the keys (and quotes the whole
    /// text), so the duplicate is the next line after it that starts with one of the keys at the same column.
    static func duplicate(_ keys: [String], first: Mark, in text: String, path: String) -> (Phrase, SourceLocation) {
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
                    Phrase(
                        fr: "clé \(names) en double : déjà écrite à la ligne \(first.line)",
                        en: "duplicate key \(names): already written at line \(first.line)"),
                    SourceLocation(file: path, line: index + 1, column: column)
                )
            }
        }
        return (
            Phrase(fr: "clé \(names) en double", en: "duplicate key \(names)"),
            SourceLocation(file: path, line: first.line, column: column)
        )
    }

    /// The parser's own words (libyaml's, in English) after `YAML invalide :` / `invalid YAML:`.
    static func describe(_ error: YamlError, path: String) -> (Phrase, SourceLocation) {
        func invalid(_ text: String) -> Phrase { Phrase(fr: "YAML invalide : \(text)", en: "invalid YAML: \(text)") }
        switch error {
        case .scanner(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return (invalid("\(ctx)\(problem)"), SourceLocation(file: path, line: mark.line, column: mark.column))
        case .parser(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return (invalid("\(ctx)\(problem)"), SourceLocation(file: path, line: mark.line, column: mark.column))
        case .composer(let context, let problem, let mark, _):
            let ctx = context.map { "\($0.text) " } ?? ""
            return (invalid("\(ctx)\(problem)"), SourceLocation(file: path, line: mark.line, column: mark.column))
        default:
            return (invalid("\(error)"), SourceLocation(file: path, line: 1, column: 1))
        }
    }
}

extension Phrase {
    /// `file is empty`
    static func emptyFile(_ path: String) -> Phrase { Phrase(fr: "\(path) est vide", en: "\(path) is empty") }

    /// `file is not valid YAML: error`
    static func invalidYAML(_ path: String, _ error: any Error) -> Phrase {
        Phrase(fr: "\(path) n'est pas du YAML valide : \(error)", en: "\(path) is not valid YAML: \(error)")
    }
}
