import Foundation
import Testing

@testable import CortegeCore

/// welcome-missing-prefect, welcome-missing-mayor, two-state-voices, the motorcade template check, and the JSON and
/// human renderings of the protocol.
@Suite struct ProtocolChecksTests {
    /// A minister landing at Les Abymes, then a ceremony in Pointe-à-Pitre.
    static func ministerialVisit(arrival: [String], ceremony: [String]) -> ProtocolFixture {
        var f = ProtocolFixture()
        f.commune("97101", name: "Les Abymes")
        f.commune("97120", name: "Pointe-à-Pitre")
        f.venue("aeroport", commune: "97101")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("maire-abymes", "mayor", commune: "97101")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("adjoint-pap", "deputy-mayor", commune: "97120", represents: "maire-pap")
        f.item("arrivee", kind: .arrival, venue: "aeroport", participants: arrival, welcome: .auto)
        f.item("ceremonie", venue: "monument", participants: ceremony)
        return f
    }

    @Test func aMinisterArrivingWithoutThePrefectIsAnError() throws {
        let f = Self.ministerialVisit(arrival: ["ministre", "maire-abymes"], ceremony: ["ministre", "maire-pap"])
        let finding = try #require(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).first)
        #expect(finding.severity == .error)
        #expect(finding.subjects.contains("ministre") && finding.subjects.contains("arrivee"))
        // `welcome: auto` is computed from the participants: the fix goes there.
        #expect(finding.location == ProtocolFixture.at(201))
        #expect(finding.help?.contains("add `prefet` to `participants`") == true)
        #expect(finding.start != nil)
    }

    @Test func thePrefectInTheWelcomeLineSatisfiesTheCheck() {
        let f = Self.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).isEmpty)
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func anExplicitWelcomeWithoutThePrefectIsAnErrorEvenIfHeAttends() {
        var f = Self.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.items[0].welcome = .explicit(["maire-abymes"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).count == 1)
    }

    @Test func theFirstStopInACommuneWithoutItsMayorIsAWarning() throws {
        let f = Self.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet"])
        let findings = f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor)
        #expect(findings.count == 1)
        let finding = try #require(findings.first)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("Pointe-à-Pitre"))
        #expect(finding.subjects.contains("ceremonie"))
        #expect(finding.help?.contains("`maire-pap`") == true)
        #expect(finding.location == ProtocolFixture.at(211))
    }

    @Test func aDeputyMayorRepresentingTheMayorReceivesTheMinister() {
        let f = Self.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "adjoint-pap"])
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func onlyTheFirstStopInACommuneIsChecked() {
        var f = Self.ministerialVisit(
            arrival: ["ministre", "prefet", "maire-abymes"], ceremony: ["ministre", "prefet", "maire-pap"])
        f.item("depart", kind: .departure, venue: "aeroport", participants: ["ministre", "prefet"])
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func aPrefectsTripNeedsNoMinisterialWelcome() {
        var f = ProtocolFixture(kind: .prefect, principal: "prefet")
        f.commune("97120")
        f.venue("monument", commune: "97120")
        f.person("prefet", "prefect")
        f.item("arrivee", kind: .arrival, venue: "monument", participants: ["prefet"])
        #expect(f.findings(Rules.WelcomeMissingPrefect(), .welcomeMissingPrefect).isEmpty)
        #expect(f.findings(Rules.WelcomeMissingMayor(), .welcomeMissingMayor).isEmpty)
    }

    @Test func aMinisterAndThePrefectAmongTheSpeakersAreTwoStateVoices() throws {
        var f = Self.ministerialVisit(
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

    @Test func anUnknownMotorcadeSlotIsASchemaErrorWithASuggestion() throws {
        var f = ProtocolFixture(motorcade: ["lead-escort", "principle", "tail-escort"])
        f.commune("97101")
        f.venue("aeroport", commune: "97101")
        f.person("ministre", "minister")
        f.item("arrivee", kind: .arrival, venue: "aeroport", participants: ["ministre"])
        let finding = try #require(f.findings(Rules.MotorcadeTemplate(), .planSchema).first)
        #expect(finding.help == "did you mean `principal`?")
        #expect(finding.location == ProtocolFixture.at(3))
    }

    @Test func theAnalysisRunsTheProtocolChecks() {
        let f = Self.ministerialVisit(arrival: ["ministre", "maire-abymes"], ceremony: ["ministre", "maire-pap"])
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
