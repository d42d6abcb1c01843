import CortegeTestSupport
import Testing

@testable import CortegeCore

/// `welcome-missing-mayor`: the mayor (or a deputy mayor representing him) receives the minister in his commune.
@Suite struct WelcomeMissingMayorTests {
    @Test func theFirstStopInACommuneWithoutItsMayorIsAWarning() throws {
        let f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet"])
        let findings = f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Pointe-à-Pitre"))
        #expect(finding.subjects.contains("ceremonie"))
        #expect(finding.help?.contains("`maire-pap`") == true)
        #expect(finding.location == PlanBuilder.protocolLayout.at(211))
    }

    @Test func aDeputyMayorRepresentingTheMayorReceivesTheMinister() {
        let f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "adjoint-pap"])
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func onlyTheFirstStopInACommuneIsChecked() {
        var f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.sequence("depart", kind: .departure, venue: "aeroport", participants: ["ministre", "prefet"])
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }
}
