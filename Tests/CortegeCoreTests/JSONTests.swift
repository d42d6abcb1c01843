import Foundation
import Testing

@testable import CortegeCore

@Suite struct JSONTests {
    @Test func outputParsesBackToTheSameValues() throws {
        let value: [String: Any] = [
            "text": "Préfète « Hélène » \"quoted\" back\\slash\nline\ttab \u{01} /slash 刀",
            "int": 42, "negative": -7, "bool": true, "null": NSNull(), "double": 1.5,
            "list": [1, 2, 3], "empty-list": [Any](), "empty-object": [String: Any](),
            "nested": [["a": "b"], ["c": [false]]],
        ]
        let text = JSON.string(value)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(parsed["text"] as? String == value["text"] as? String)
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
    }

    @Test func keysAreSortedAndSlashesAreNotEscaped() {
        let text = JSON.string(["b": 1, "a": "x/y"])
        #expect(text == "{\n  \"a\" : \"x/y\",\n  \"b\" : 1\n}")
    }
}
