import CortegeCore
import Foundation
import Testing

@testable import CortegeApp
@testable import CortegePlan

/// docs/cortege.schema.json is the schema `cortege schema` prints, and that schema has every key of the table the
/// loader reads (``PlanFormat``), with its required keys and no other key.
@Suite struct PlanSchemaTests {
    static var schema: [String: Any] {
        get throws {
            let object = try JSONSerialization.jsonObject(with: Data(PlanSchema.text.utf8))
            return try #require(object as? [String: Any])
        }
    }

    @Test func theSchemaInDocsIsTheGeneratedOne() throws {
        let path = Plans.repository.appendingPathComponent("docs/cortege.schema.json").path
        let kept = try String(contentsOfFile: path, encoding: .utf8)
        #expect(
            kept == PlanSchema.text,
            "docs/cortege.schema.json is stale: run `cortege schema > docs/cortege.schema.json`")
    }

    @Test func everyKeyTheLoaderAcceptsIsInTheSchema() throws {
        let definitions = try #require(try Self.schema["definitions"] as? [String: [String: Any]])
        for section in PlanFormat.sections {
            let definition = try #require(definitions[section.name.rawValue], "no definition for \(section.name)")
            let properties = try #require(definition["properties"] as? [String: Any])
            #expect(Set(properties.keys) == Set(section.allowed.map(\.rawValue)), "\(section.name)")
            #expect(definition["additionalProperties"] as? Bool == false, "\(section.name)")
            let required = (definition["required"] as? [String]) ?? []
            #expect(Set(required) == Set(section.required.map(\.rawValue)), "\(section.name)")
            for key in section.keys {
                let property = try #require(properties[key.key.rawValue] as? [String: Any])
                #expect(property["description"] as? String == key.summary)
            }
        }
    }

    @Test func choicesListTheValuesOfTheModel() throws {
        let definitions = try #require(try Self.schema["definitions"] as? [String: [String: Any]])
        func consts(_ section: String, _ key: String) -> [String] {
            let property = (definitions[section]?["properties"] as? [String: Any])?[key] as? [String: Any]
            let anyOf = property?["anyOf"] as? [[String: Any]] ?? []
            return anyOf.compactMap { $0["const"] as? String } + (property?["enum"] as? [String] ?? [])
        }
        #expect(consts("item", "kind") == ItemKind.allCases.map(\.rawValue))
        #expect(consts("item", "press") == PressAccess.allCases.map(\.rawValue))
        #expect(consts("visit", "kind") == VisitKind.allCases.map(\.rawValue))
        #expect(Set(consts("person", "function")) == Set(FunctionCode.all.map(\.rawValue)))
        #expect(consts("visit", "territory") == Territory.knownCodes)
    }

    @Test func everyFunctionCodeHasAFrenchTitle() {
        for code in FunctionCode.all {
            #expect(Vocabulary(.fr).functionTitle(code) != nil, "\(code)")
            #expect(Vocabulary(.en).functionTitle(code) != nil, "\(code)")
        }
    }
}
