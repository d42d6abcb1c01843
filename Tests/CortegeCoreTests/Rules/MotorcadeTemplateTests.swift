import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The motorcade template names roles or people of the plan (`plan-schema`).
@Suite struct MotorcadeTemplateTests {
    @Test func anUnknownMotorcadeSlotIsASchemaErrorWithASuggestion() throws {
        var f = PlanBuilder.protocolVisit(motorcade: ["lead-escort", "principle", "tail-escort"])
        f.commune("97101")
        f.venue("aeroport", commune: "97101")
        f.person("ministre", "minister")
        f.sequence("arrivee", kind: .arrival, venue: "aeroport", participants: ["ministre"])
        let finding = try #require(f.findings(Rules.MotorcadeTemplate(), .planSchema).first)
        #expect(finding.help == "did you mean `principal`?")
        #expect(finding.location == PlanBuilder.protocolLayout.at(3))
    }
}
