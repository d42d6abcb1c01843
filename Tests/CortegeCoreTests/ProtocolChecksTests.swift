import Foundation
import Testing

@testable import CortegeCore

/// The analysis runs the protocol rules (each rule has its suite under Rules/), and the JSON and human renderings
/// of the protocol.
@Suite struct ProtocolChecksTests {
    @Test func theAnalysisRunsTheProtocolChecks() {
        let f = ProtocolFixture.ministerialVisit(
            arrival: ["ministre", "maire-abymes"], ceremony: ["ministre", "maire-pap"])
        let codes = Analysis(plan: f.plan).findings.map(\.code)
        #expect(codes.contains(.welcomeMissingPrefect))
    }

    // MARK: - Rendering

    @Test func jsonHasTheKeysOfSpec9() throws {
        let f = ProtocolFixture.workedExample()
        let object = ProtocolFormat.jsonObject(VisitProtocol(plan: f.plan, itinerary: f.itinerary))
        let text = JSON.string(object)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try #require(parsed["items"] as? [[String: Any]])
        let item = try #require(items.first)
        #expect(Set(item.keys) == ["id", "precedence", "welcome", "lineup", "speeches", "wreaths", "seating"])
        #expect(item["id"] as? String == "ceremonie")
        #expect((item["precedence"] as? [String])?.first == "prefet")
        #expect((item["speeches"] as? [String])?.last == "prefet")
        #expect((item["welcome"] as? [String]) == [])
        #expect((item["seating"] as? [String]) == [])
        #expect((item["lineup"] as? [String])?.count == 7)
        #expect(parsed["motorcade"] is [[String: Any]])
    }

    @Test func humanOutputShowsEachRuleAndEveryOrder() {
        var f = ProtocolFixture.workedExample(extra: ["ministre"])
        f.item(
            "dejeuner", kind: .meal, venue: "monument", participants: ["ministre", "prefet", "depute"],
            host: "prefet")
        let text = ProtocolFormat.human(
            VisitProtocol(plan: f.plan, itinerary: f.itinerary), plan: f.plan,
            itinerary: f.itinerary)
        #expect(text.contains("1 — minister on official visit (government rank 4)"))
        #expect(text.contains("7 — mayor of the host commune"))
        #expect(text.contains("lineup (art. 16, seen from the front): 8 6 4 2 1 3 5 7"))
        #expect(text.contains("speeches: conseiller-dep → maire-pap →"))
        #expect(text.contains("wreaths: conseiller-dep →"))
        #expect(text.contains("seating (à la française"))
        #expect(text.contains("Motorcade (default template"))
        let onlyMeal = ProtocolFormat.human(
            VisitProtocol(plan: f.plan, itinerary: f.itinerary), plan: f.plan, only: "dejeuner")
        #expect(!onlyMeal.contains("ceremonie —"))
        #expect(!onlyMeal.contains("Motorcade"))
    }
}
