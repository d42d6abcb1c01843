import CortegeCore
import CortegePlan

/// The JSON Schema (draft-07) of plan and registry files, generated from the key table the loader reads
/// (``PlanFormat``), so that an editor running the YAML language server completes and checks a plan as it is
/// typed (docs/plan-format.md, "Editors"). `cortege schema` prints it; docs/cortege.schema.json is a copy, which a
/// test keeps equal to it.
///
/// The schema reads YAML as the language server does (YAML 1.2): `09:10` and `2026-12-04` are strings, `1` a
/// number. It asks for strings where docs/plan-format.md asks for quotes (times, codes), so an editor flags an
/// unquoted commune code that YAML 1.1 readers would take for a number.
public enum PlanSchema {
    /// The schema's text, ending with a newline.
    public static var text: String { document.text + "\n" }

    /// `cortege schema`: the schema on standard output.
    public static func run() -> CommandResult {
        var result = CommandResult()
        result.write(text)
        return result
    }

    static var document: JSONValue {
        var definitions: [String: JSONValue] = [:]
        for section in PlanFormat.sections {
            definitions[section.name.rawValue] = mapping(section)
        }
        definitions["transfer-entry"] = entry(.transfer)
        definitions["group-entry"] = entry(.group)
        definitions["programme-entry"] = programmeEntry(allowGroup: true)
        definitions["group-entry-item"] = programmeEntry(allowGroup: false)
        let planMarkers: [JSONValue] = [PlanKey.cortege, .visit, .programme].map {
            ["required": [.string($0.rawValue)]]
        }
        return [
            "$schema": "http://json-schema.org/draft-07/schema#",
            "$id": "https://cortege.invalid/cortege.schema.json",
            "title": "Plan ou registre Cortège",
            "description": .string(
                "Un plan de visite (cortege, visit, programme) ou un registre partagé (people, venues, escort-units, "
                    + "communes, reserve-periods, sans visit). Voir docs/plan-format.md."),
            "definitions": .object(definitions),
            "if": ["anyOf": .array(planMarkers)],
            "then": ref(.plan),
            "else": ref(.registry),
        ]
    }

    static func ref(_ name: PlanSection.Name) -> JSONValue { ["$ref": .string("#/definitions/\(name.rawValue)")] }
    static func ref(_ definition: String) -> JSONValue { ["$ref": .string("#/definitions/\(definition)")] }

    /// A mapping of the format: its keys, the required ones, and no other key.
    static func mapping(_ section: PlanSection) -> JSONValue {
        var properties: [String: JSONValue] = [:]
        for definition in section.keys {
            var schema = value(definition.value)
            if case .object(var members) = schema, members["$ref"] == nil {
                members["description"] = .string(definition.summary)
                schema = .object(members)
            } else {
                schema = ["allOf": [schema], "description": .string(definition.summary)]
            }
            properties[definition.key.rawValue] = schema
        }
        var members: [String: JSONValue] = [
            "type": "object",
            "properties": .object(properties),
            "additionalProperties": false,
        ]
        if !section.required.isEmpty { members["required"] = .strings(section.required.map(\.rawValue)) }
        return .object(members)
    }

    /// `- transfer: {…}` or `- group: {…}`: a mapping of that one key.
    static func entry(_ name: PlanSection.Name) -> JSONValue {
        [
            "type": "object",
            "properties": .object([name.rawValue: ref(name)]),
            "required": .strings([name.rawValue]),
            "additionalProperties": false,
        ]
    }

    /// An entry of the programme (or of a group): a transfer, a group, or else an item.
    static func programmeEntry(allowGroup: Bool) -> JSONValue {
        let item: JSONValue =
            allowGroup
            ? ["if": ["required": ["group"]], "then": ref("group-entry"), "else": ref(.item)] : ref(.item)
        return ["if": ["required": ["transfer"]], "then": ref("transfer-entry"), "else": item]
    }

    /// The schema of one kind of value (docs/plan-format.md §1).
    static func value(_ value: PlanValue) -> JSONValue {
        switch value {
        case .version:
            return ["const": 1]
        case .integer(let range):
            return ["type": "integer", "minimum": .int(range.lowerBound), "maximum": .int(range.upperBound)]
        case .text:
            return ["type": ["string", "number", "boolean"]]
        case .identifier:
            return ["type": "string", "pattern": "^[a-z0-9-]+$"]
        case .communeCode:
            return ["type": "string", "pattern": "^([0-9]{2}|2[AB])[0-9]{3}$"]
        case .territory:
            return [
                "type": "string",
                "anyOf": .array(
                    Territory.knownCodes.map { code in
                        ["const": .string(code), "description": .string(Territory(code: code)?.name ?? code)]
                    }),
            ]
        case .zoneName:
            return ["type": "string", "pattern": "^[A-Za-z_]+(/[A-Za-z0-9_+-]+)+$|^UTC$"]
        case .functionCode:
            let vocabulary = Vocabulary(.fr)
            return [
                "type": "string",
                "anyOf": .array(
                    FunctionCode.all.sorted().map { code in
                        ["const": .string(code.rawValue), "description": .string(vocabulary.functionTitle(code) ?? "")]
                    }),
            ]
        case .date:
            return ["type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .dateTime:
            return ["type": "string", "pattern": .string("^" + dateTimePattern + "$")]
        case .timeSpec:
            return ["type": "string", "pattern": .string("^(" + timePattern + "|" + dateTimePattern + ")$")]
        case .duration:
            return ["type": "string", "pattern": "^ *[0-9]{1,6}([hH]([0-5]?[0-9][mM]?)?|[mM]) *$"]
        case .hours:
            return ["type": "string", "pattern": .string("^" + timePattern + "-" + timePattern + "$")]
        case .email:
            return ["type": "string", "pattern": "^[^@\\s]+@[^@\\s]*\\.[^@\\s]*$"]
        case .boolean:
            return ["enum": [true, false, "yes", "no", "on", "off", "true", "false"]]
        case .path:
            return ["type": "string", "minLength": 1]
        case .paths:
            return ["anyOf": [["type": "string", "minLength": 1], ["type": "array", "items": ["type": "string"]]]]
        case .geo:
            return [
                "type": "array",
                "items": [
                    ["type": "number", "minimum": -90, "maximum": 90, "description": "latitude"],
                    ["type": "number", "minimum": -180, "maximum": 180, "description": "longitude"],
                ],
                "minItems": 2, "maxItems": 2, "additionalItems": false,
            ]
        case .sides:
            let side: JSONValue = [
                "anyOf": [
                    self.value(.communeCode),
                    ["type": "string", "enum": .strings(SecurityZone.allCases.map(\.rawValue))],
                ]
            ]
            return ["type": "array", "items": side, "minItems": 2, "maxItems": 2]
        case .choice(let choices):
            if choices.allSatisfy({ $0.label == nil }) {
                return ["type": "string", "enum": .strings(choices.map(\.value))]
            }
            return [
                "type": "string",
                "anyOf": .array(
                    choices.map { choice in
                        var member: [String: JSONValue] = ["const": .string(choice.value)]
                        if let label = choice.label { member["description"] = .string(label) }
                        return .object(member)
                    }),
            ]
        case .list(let element):
            return ["type": "array", "items": self.value(element)]
        case .peopleList:
            return ["anyOf": [["const": "auto"], ["type": "array", "items": self.value(.identifier)]]]
        case .escortRequest:
            return ["anyOf": [["enum": ["auto", "none"]], ["type": "array", "items": self.value(.identifier)]]]
        case .mapping(let name):
            return ref(name)
        case .programme:
            return ["type": "array", "items": ref("programme-entry")]
        case .groupItems:
            return ["type": "array", "items": ref("group-entry-item")]
        }
    }

    static let timePattern = "([01]?[0-9]|2[0-3]):[0-5][0-9]"
    static let dateTimePattern = "[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2})?"
}
