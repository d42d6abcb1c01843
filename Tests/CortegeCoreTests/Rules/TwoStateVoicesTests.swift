import CortegeTestSupport
import Testing

@testable import CortegeCore

/// `two-state-voices`: one voice speaks for the State.
@Suite struct TwoStateVoicesTests {
    @Test func aMinisterAndThePrefectAmongTheSpeakersAreTwoStateVoices() throws {
        var f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.items[1].speakers = .explicit(["maire-pap", "prefet", "ministre"])
        f.items[1].keyLocations["speakers"] = PlanBuilder.protocolLayout.at(213)
        let finding = try #require(f.findings(Rules.TwoStateVoices(), .twoStateVoices).first)
        #expect(finding.severity == .warning)
        #expect(Set(finding.subjects).isSuperset(of: ["ministre", "prefet"]))
        #expect(finding.location == PlanBuilder.protocolLayout.at(213))
        #expect(finding.help?.contains("`prefet`") == true)
        #expect(finding.phrase.fr.hasPrefix("deux voix pour l'État parmi les orateurs de « "))
        #expect(finding.helpPhrase?.fr.contains("le préfet ne prend pas la parole : retirer `prefet`") == true)
    }

    @Test func thePrefectAndASubPrefectAmongTheSpeakersAreTwoStateVoices() {
        var f = PlanBuilder.workedExample()
        f.person("sp", "sub-prefect")
        f.items[0].speakers = .explicit(["maire-pap", "sp", "prefet"])
        #expect(f.findings(Rules.TwoStateVoices(), .twoStateVoices).count == 1)
    }

    @Test func automaticSpeakersNeverHaveTwoStateVoices() {
        let f = PlanBuilder.workedExample(extra: ["ministre"])
        #expect(f.findings(Rules.TwoStateVoices(), .twoStateVoices).isEmpty)
    }
}
