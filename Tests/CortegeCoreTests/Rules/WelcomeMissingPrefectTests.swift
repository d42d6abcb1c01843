import CortegeTestSupport
import Testing

@testable import CortegeCore

/// `welcome-missing-prefect`: the préfet welcomes a member of the Government on arrival.
@Suite struct WelcomeMissingPrefectTests {
    @Test func aMinisterArrivingWithoutThePrefectIsAnError() throws {
        let f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "maire-abymes"], ceremony: ["ministre", "maire-pap"])
        let finding = try #require(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).first)
        #expect(finding.severity == .error)
        #expect(finding.subjects.contains("ministre") && finding.subjects.contains("arrivee"))
        // `welcome: auto` is computed from the participants: the fix goes there.
        #expect(finding.location == PlanBuilder.protocolLayout.at(201))
        #expect(finding.help?.contains("add `prefet` to `participants`") == true)
        #expect(finding.start != nil)
    }

    @Test func thePrefectInTheWelcomeLineSatisfiesTheCheck() {
        let f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).isEmpty)
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func anExplicitWelcomeWithoutThePrefectIsAnErrorEvenIfHeAttends() {
        var f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.items[0].welcome = .explicit(["maire-abymes"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).count == 1)
    }

    @Test func aPrefectsTripNeedsNoMinisterialWelcome() {
        var f = PlanBuilder.protocolVisit(kind: .prefect, principal: "prefet")
        f.commune("97120")
        f.venue("monument", commune: "97120")
        f.person("prefet", "prefect")
        f.sequence("arrivee", kind: .arrival, venue: "monument", participants: ["prefet"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).isEmpty)
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }
}
