import CortegeTestSupport
import Testing

@testable import CortegeCore

/// `unranked-person`: a participant without a rank in the list in force.
@Suite struct UnrankedPersonTests {
    @Test func unrankedPeopleComeAfterEveryRankedAuthorityInThePlansOrder() throws {
        var f = PlanBuilder.workedExample()
        f.person("directrice", "personality")
        f.person("inconnu")
        f.items[0].participants = ["inconnu", "directrice", "bar", "conseiller-dep", "prefet"]
        f.person("bar", "bar-president")
        let order = try #require(f.orders("ceremonie")).precedence
        #expect(order.ids == ["prefet", "conseiller-dep", "bar", "directrice", "inconnu"])
        let notes = f.findings(Rules.UnrankedPerson(), .unrankedPerson)
        #expect(Set(notes.map { $0.subjects[0] }) == ["directrice", "inconnu"])
        #expect(notes.allSatisfy { $0.severity == .note })
        let inconnu = try #require(notes.first { $0.subjects[0] == "inconnu" })
        #expect(inconnu.help?.contains("function") == true)
    }

    @Test func staffAreInNoListOfPrecedence() throws {
        var f = PlanBuilder.workedExample()
        f.person("garde", "close-protection")
        f.items[0].participants = ["garde", "prefet"]
        let order = try #require(f.orders("ceremonie")).precedence
        #expect(order.ids == ["prefet"])
        #expect(order.staff == ["garde"])
        #expect(f.findings(Rules.UnrankedPerson(), .unrankedPerson).isEmpty)
    }

    @Test func inNewCaledoniaEveryoneIsUnrankedAndTheCheckSaysWhy() throws {
        var f = PlanBuilder.protocolVisit(
            territory: "988", zone: "Pacific/Noumea", kind: .prefect, principal: "haut-commissaire")
        f.commune("98818")
        f.venue("place", commune: "98818")
        f.person("haut-commissaire", "prefect")
        f.person("depute", "deputy")
        f.sequence("c", venue: "place", participants: ["haut-commissaire", "depute"])
        #expect(f.ranks(at: "c") == ["haut-commissaire": "unranked", "depute": "unranked"])
        let notes = f.findings(Rules.UnrankedPerson(), .unrankedPerson)
        #expect(notes.count == 1)
        #expect(notes.first?.message.contains("Nouvelle-Calédonie") == true)
        #expect(notes.first?.location == PlanBuilder.protocolLayout.at(2))
    }
}
