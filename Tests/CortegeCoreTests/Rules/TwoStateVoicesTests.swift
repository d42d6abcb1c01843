import Testing

@testable import CortegeCore

/// `two-state-voices`: one voice speaks for the State.
@Suite struct TwoStateVoicesTests {
    @Test func aMinisterAndThePrefectAmongTheSpeakersAreTwoStateVoices() throws {
        var f = ProtocolFixture.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.items[1].speakers = .explicit(["maire-pap", "prefet", "ministre"])
        f.items[1].keyLocations["speakers"] = ProtocolFixture.at(213)
        let finding = try #require(f.findings(Rules.TwoStateVoices(), .twoStateVoices).first)
        #expect(finding.severity == .warning)
        #expect(Set(finding.subjects).isSuperset(of: ["ministre", "prefet"]))
        #expect(finding.location == ProtocolFixture.at(213))
        #expect(finding.help?.contains("`prefet`") == true)
    }

    @Test func thePrefectAndASubPrefectAmongTheSpeakersAreTwoStateVoices() {
        var f = ProtocolFixture.workedExample()
        f.person("sp", "sub-prefect")
        f.items[0].speakers = .explicit(["maire-pap", "sp", "prefet"])
        #expect(f.findings(Rules.TwoStateVoices(), .twoStateVoices).count == 1)
    }

    @Test func automaticSpeakersNeverHaveTwoStateVoices() {
        let f = ProtocolFixture.workedExample(extra: ["ministre"])
        #expect(f.findings(Rules.TwoStateVoices(), .twoStateVoices).isEmpty)
    }
}
