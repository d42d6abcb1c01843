import CortegeApp
import Foundation
import Testing

@Suite struct JSONValueTests {
    @Test func outputParsesBackToTheSameValues() throws {
        let value: JSONValue = [
            "text": "Préfète « Hélène » \"quoted\" back\\slash\nline\ttab \u{01} /slash 刀",
            "int": 42, "negative": -7, "bool": true, "null": nil, "double": .double(1.5), "whole": .double(3),
            "list": [1, 2, 3], "empty-list": [], "empty-object": .object([:]),
            "nested": [["a": "b"], ["c": [false]]],
        ]
        let text = value.text
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == "Préfète « Hélène » \"quoted\" back\\slash\nline\ttab \u{01} /slash 刀")
        #expect(parsed["int"] as? Int == 42)
        #expect(parsed["negative"] as? Int == -7)
        #expect(parsed["bool"] as? Bool == true)
        #expect(parsed["null"] is NSNull)
        #expect(parsed["double"] as? Double == 1.5)
        #expect(parsed["list"] as? [Int] == [1, 2, 3])
        #expect((parsed["empty-list"] as? [Any])?.isEmpty == true)
        #expect((parsed["empty-object"] as? [String: Any])?.isEmpty == true)
        let nested = try #require(parsed["nested"] as? [[String: Any]])
        #expect(nested[0]["a"] as? String == "b")
        #expect(nested[1]["c"] as? [Bool] == [false])
        #expect(text.contains("\"whole\" : 3\n"))
        #expect(text.contains("\\u0001"))
    }

    @Test func keysAreSortedAndSlashesAreNotEscaped() {
        let value: JSONValue = ["b": 1, "a": "x/y"]
        #expect(value.text == "{\n  \"a\" : \"x/y\",\n  \"b\" : 1\n}")
    }

    @Test func nestedValuesAreIndentedTwoSpacesPerLevel() {
        let value: JSONValue = ["list": [["id": "a"]], "empty": []]
        #expect(value.text == "{\n  \"empty\" : [],\n  \"list\" : [\n    {\n      \"id\" : \"a\"\n    }\n  ]\n}")
    }
}
