import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The President of the Republic or the Prime Minister presiding outside Paris (décret 89-655 art. 8), and the
/// préfet's rule worded for the member of the Government he accompanies (docs/protocol.md §4, rules 1 and 9).
@Suite struct PresidingAuthorityTests {
    static func visit(principal: String, _ function: FunctionCode, title: String? = nil) -> PlanBuilder {
        var f = PlanBuilder.protocolVisit(
            territory: "13", zone: "Europe/Paris", principal: principal)
        f.commune("13055", name: "Marseille")
        f.venue("prefecture", commune: "13055")
        f.person(principal, function, title: title, governmentRank: function == .minister ? 3 : nil)
        f.person("prefet-13", "prefect")
        f.person("depute", "deputy")
        f.sequence("reunion", kind: .meeting, venue: "prefecture", participants: [principal, "prefet-13", "depute"])
        return f
    }

    func rule(_ f: PlanBuilder, _ id: String) throws -> String {
        try #require(f.orders("reunion")?.precedence.placed(id)).rule.en
    }

    func règle(_ f: PlanBuilder, _ id: String) throws -> String {
        try #require(f.orders("reunion")?.precedence.placed(id)).rule.fr
    }

    @Test func thePrimeMinisterPresidingCitesArticle8() throws {
        let f = Self.visit(principal: "pm", .primeMinister)
        #expect(try rule(f, "pm").contains("art. 8"))
        let prefect = try rule(f, "prefet-13")
        #expect(prefect.contains("accompanying the Prime Minister (art. 8)"))
        #expect(try règle(f, "prefet-13").contains("accompagnant le Premier ministre (art. 8)"))
        #expect(!prefect.contains("the minister"))
        #expect(try #require(f.orders("reunion")).precedence.ids == ["pm", "prefet-13", "depute"])
    }

    @Test func thePresidentOfTheRepublicPresidingCitesArticle8() throws {
        let f = Self.visit(principal: "pr", .presidentOfTheRepublic)
        #expect(try rule(f, "pr").contains("art. 8"))
        #expect(try rule(f, "prefet-13").contains("accompanying the President of the Republic (art. 8)"))
    }

    @Test func aMinisterIsAccompaniedWithoutArticle8() throws {
        let f = Self.visit(principal: "ministre", .minister, title: "Ministre de l'Intérieur")
        let prefect = try rule(f, "prefet-13")
        #expect(prefect.hasSuffix("accompanying the minister"))
        #expect(!prefect.contains("art. 8"))
    }

    @Test func aSecretaryOfStateIsNamedSo() throws {
        let f = Self.visit(principal: "se", .minister, title: "Secrétaire d’État chargée de la Mer")
        #expect(try rule(f, "prefet-13").hasSuffix("accompanying the secretary of state"))
        #expect(try rule(f, "se").hasPrefix("secretary of state on official visit"))
    }
}
