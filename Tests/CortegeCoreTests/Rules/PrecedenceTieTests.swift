import CortegeTestSupport
import Testing

@testable import CortegeCore

/// `precedence-tie`: two people of one rank that nothing tells apart.
@Suite struct PrecedenceTieTests {
    @Test func twoDeputiesAreOrderedByFirstElection() throws {
        var f = PlanBuilder.workedExample()
        f.person("depute-recent", "deputy", firstElected: "2022-06-19")
        f.person("depute-ancien", "deputy", firstElected: "2012-06-17")
        f.items[0].participants = ["depute-recent", "depute-ancien", "prefet"]
        let order = try #require(f.orders("ceremonie")).precedence
        #expect(order.ids == ["prefet", "depute-ancien", "depute-recent"])
        #expect(order.ties.isEmpty)
        #expect(f.findings(Rules.PrecedenceTie(), .precedenceTie).isEmpty)
    }

    @Test func deputiesWithoutSeniorityKeepThePlansOrderWithATie() throws {
        var f = PlanBuilder.workedExample()
        f.person("depute-b", "deputy")
        f.items[0].participants = ["depute-b", "depute", "prefet"]
        let order = try #require(f.orders("ceremonie")).precedence
        // `depute` is defined before `depute-b` in the plan.
        #expect(order.ids == ["prefet", "depute", "depute-b"])
        #expect(order.ties == [PrecedenceTie(people: ["depute", "depute-b"], rank: Rank(2), sameFirstElection: false)])
        let tie = try #require(f.findings(Rules.PrecedenceTie(), .precedenceTie).first)
        #expect(tie.severity == .note)
        #expect(tie.subjects.contains("depute") && tie.subjects.contains("depute-b"))
        #expect(tie.location == PlanBuilder.protocolLayout.at(201))
        #expect(tie.help?.contains("first-elected") == true)
    }
}
