import CortegeCore
import Foundation
import Testing

@testable import CortegePlan

/// The key table (``PlanFormat``) is what the loader reads: every key it defines loads with a value of its type,
/// a value of another type is reported on its line, a key outside it is refused, and every key name the loader
/// knows is in it.
@Suite struct PlanFormatTests {
    /// A value written instead of the example for one key of one section.
    typealias Override = (PlanSection.Name, PlanKey, String)

    /// A value of each kind that the loader must accept.
    static func example(_ value: PlanValue) -> String {
        switch value {
        case .version: "1"
        case .integer(let range): "\(range.lowerBound)"
        case .text: "Un texte"
        case .identifier: "un-id"
        case .communeCode: "\"63113\""
        case .territory: "\"63\""
        case .zoneName: "Europe/Paris"
        case .functionCode: "prefect"
        case .date: "2026-12-10"
        case .dateTime: "2026-12-09T18:00"
        case .timeSpec: "\"09:00\""
        case .duration: "1h30"
        case .hours: "\"08:00-18:00\""
        case .email: "cabinet@example.gouv.fr"
        case .boolean: "true"
        case .path: "registry.yaml"
        case .paths: "[registry.yaml]"
        case .geo: "[45.7772, 3.0870]"
        case .sides: "[\"63113\", gendarmerie]"
        case .choice(let choices): choices[0].value
        case .list(let element): "[\(example(element))]"
        case .peopleList: "auto"
        case .escortRequest: "auto"
        case .mapping, .programme, .groupItems: ""
        }
    }

    /// A value of another shape or form, which the loader must report.
    static func wrong(_ value: PlanValue) -> String? {
        switch value {
        case .version: "[1]"
        case .integer: "beaucoup"
        case .text: "[a, b]"
        case .identifier: "Pas Un Id"
        case .communeCode: "[63113]"
        case .territory: "\"99\""
        case .zoneName: "Europe/Nulle-Part"
        case .functionCode: "roi"
        case .date: "2026-13-40"
        case .dateTime: "demain"
        case .timeSpec: "\"25:61\""
        case .duration: "\"90 min\""
        case .hours: "\"matin\""
        case .email: "pas-une-adresse"
        case .boolean: "peut-etre"
        case .path: "[a, b]"
        case .paths: "{ a: b }"
        case .geo: "[1000, 2]"
        case .sides: "{ a: b }"
        case .choice: "zzz"
        case .list: "{ a: b }"
        case .peopleList: "tous"
        case .escortRequest: "parfois"
        case .mapping, .programme, .groupItems: "zzz"
        }
    }

    /// One mapping of `section` with every key, at `indent`, in block style; `override` replaces one key's value.
    static func mapping(_ section: PlanSection, indent: String, override: Override? = nil) -> [String] {
        var lines: [String] = []
        for definition in section.keys {
            let key = definition.key.rawValue
            if let (name, k, v) = override, name == section.name, k == definition.key {
                lines.append("\(indent)\(key): \(v)")
                continue
            }
            switch definition.value {
            case .mapping(let name):
                lines.append("\(indent)\(key):")
                lines += mapping(PlanFormat.section(name), indent: indent + "  ", override: override)
            case .list(.mapping(let name)):
                lines.append("\(indent)\(key):")
                lines += listEntry(PlanFormat.section(name), indent: indent + "  ", override: override)
            case .programme:
                lines.append("\(indent)\(key):")
                lines += listEntry(PlanFormat.item, indent: indent + "  ", override: override, id: "premier")
                lines.append("\(indent)  - transfer:")
                lines += mapping(PlanFormat.transfer, indent: indent + "      ", override: override)
                lines.append("\(indent)  - group:")
                lines += mapping(PlanFormat.group, indent: indent + "      ", override: override)
            case .groupItems:
                lines.append("\(indent)\(key):")
                lines += listEntry(PlanFormat.item, indent: indent + "  ", override: override, id: "dans-le-groupe")
            default:
                lines.append("\(indent)\(key): \(example(definition.value))")
            }
        }
        return lines
    }

    /// One `- ` entry of a list of mappings of `section`.
    static func listEntry(_ section: PlanSection, indent: String, override: Override?, id: String? = nil)
        -> [String]
    {
        var lines = mapping(section, indent: indent + "  ", override: override)
        if let id { lines = lines.map { $0 == "\(indent)  id: un-id" ? "\(indent)  id: \(id)" : $0 } }
        guard let first = lines.first else { return [] }
        lines[0] = indent + "- " + first.dropFirst(indent.count + 2)
        return lines
    }

    static func write(_ files: [String: String]) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-format-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in files {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(text.utf8))
        }
        return dir.appendingPathComponent("plan.yaml").path
    }

    /// A plan that writes every key of every section, and a registry that writes every key of a registry.
    static func everyKey(override: Override? = nil) -> [String: String] {
        [
            "plan.yaml": mapping(PlanFormat.plan, indent: "", override: override).joined(separator: "\n") + "\n",
            "registry.yaml":
                (mapping(PlanFormat.registry, indent: "")
                .filter { !$0.hasPrefix("include:") }).joined(separator: "\n") + "\n",
        ]
    }

    /// Findings about the form of the file (not references, which the example values do not try to satisfy).
    static func formFindings(_ loaded: LoadedPlan) -> [Diagnostic] {
        loaded.findings.filter { $0.code == .planSchema || $0.code == .badTime || $0.code == .planSyntax }
    }

    @Test func everyKeyOfTheTableLoadsWithAValueOfItsType() {
        let files = Self.everyKey()
        let loaded = PlanLoader().load(path: Self.write(files))
        #expect(Self.formFindings(loaded).map(\.message) == [], "\(files["plan.yaml"] ?? "")")
        #expect(loaded.plan != nil)
    }

    @Test func everyValueOfEveryChoiceLoads() {
        var checked = 0
        for section in PlanFormat.sections where section.name != .registry {
            for definition in section.keys {
                guard case .choice(let choices) = definition.value else { continue }
                for choice in choices {
                    let loaded = PlanLoader().load(
                        path: Self.write(Self.everyKey(override: (section.name, definition.key, choice.value))))
                    #expect(
                        Self.formFindings(loaded).isEmpty,
                        "`\(definition.key): \(choice.value)` is in the table but the loader refuses it: \(loaded.findings.map(\.message))"
                    )
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
    }

    @Test func aValueOfAnotherTypeIsReportedOnItsLine() {
        var checked = 0
        for section in PlanFormat.sections where section.name != .registry {
            for definition in section.keys {
                guard let bad = Self.wrong(definition.value) else { continue }
                let marker = "\(definition.key.rawValue): \(bad)"
                let files = Self.everyKey(override: (section.name, definition.key, bad))
                guard let text = files["plan.yaml"] else { continue }
                let lines = text.components(separatedBy: "\n")
                let wrongLines = Set(lines.indices.filter { lines[$0].hasSuffix(marker) }.map { $0 + 1 })
                let loaded = PlanLoader().load(path: Self.write(files))
                let reported = Set(Self.formFindings(loaded).compactMap(\.location?.line))
                #expect(
                    !wrongLines.isDisjoint(with: reported),
                    "`\(section.name.rawValue).\(marker)` was not reported: \(loaded.findings.map(\.message))")
                checked += 1
            }
        }
        #expect(checked > 80)
    }

    @Test func aKeyOutsideTheTableIsRefusedInEverySection() {
        let openers: [PlanSection.Name: String] = [
            .visit: "visit:", .organizer: "organizer:", .contact: "cabinet-contact:", .person: "people:",
            .venue: "venues:",
            .escortUnit: "escort-units:", .commune: "communes:", .reservePeriod: "reserve-periods:",
            .handOverPoint: "handover-points:",
            .ceremonyTimings: "ceremony-timings:",
            .item: "programme:", .transfer: "- transfer:", .group: "- group:",
        ]
        for section in PlanFormat.sections where section.name != .registry {
            var files = Self.everyKey()
            var lines = (files["plan.yaml"] ?? "").components(separatedBy: "\n")
            // The first line of the (first) mapping of this section, and the column of its keys.
            let n: Int
            if let opener = openers[section.name] {
                guard let at = lines.indices.first(where: { lines[$0].trimmingCharacters(in: .whitespaces) == opener })
                else {
                    Issue.record("no \(opener) in the every-key plan")
                    continue
                }
                n = at + 1
            } else {
                n = 0
            }
            let column = lines[n].prefix { $0 == " " || $0 == "-" }.count
            lines.insert(String(repeating: " ", count: column) + "cle-inconnue: 1", at: n + 1)
            files["plan.yaml"] = lines.joined(separator: "\n")
            let loaded = PlanLoader().load(path: Self.write(files))
            #expect(
                loaded.findings.contains { $0.message == "unknown key `cle-inconnue` in \(section.what.en)" },
                "\(section.name): \(loaded.findings.map(\.message))")
            #expect(
                loaded.findings.contains { $0.phrase.fr == "clé `cle-inconnue` inconnue dans \(section.what.fr)" },
                "\(section.name): \(loaded.findings.map(\.phrase.fr))")
        }
    }

    @Test func everyKeyNameTheLoaderKnowsIsInTheTable() {
        let defined = Set(PlanFormat.sections.flatMap(\.allowed))
        // `transfer` and `group` are the keys of programme entries, which the programme's definition names.
        let entries: Set<PlanKey> = [.transfer, .group]
        for key in PlanKey.allCases where !entries.contains(key) {
            #expect(
                defined.contains(key), "`\(key)` is a key name the loader knows, but no section of PlanFormat has it")
        }
    }

    @Test func requiredKeysAreReportedWhenMissing() {
        for section in PlanFormat.sections {
            for key in section.required {
                #expect(section.definition(key)?.required == true)
            }
        }
        let loaded = PlanLoader().load(path: Self.write(["plan.yaml": "cortege: 1\n"]))
        for key in PlanFormat.plan.required where key != .cortege {
            #expect(loaded.findings.contains { $0.message == "the plan has no `\(key)`, which is required" })
        }
    }
}
