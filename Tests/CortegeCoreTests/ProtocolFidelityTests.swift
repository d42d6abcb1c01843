import CortegeTestSupport
import Testing

@testable import CortegeCore

/// Who waits in the welcome line, who rides with the principal and who speaks by default (docs/protocol.md §5).
@Suite struct ProtocolFidelityTests {
    /// A minister's arrival at the airport, then a ceremony in Pointe-à-Pitre, 20 minutes' drive apart, with the
    /// préfet, the mayor and his deputy, a deputy, a senator, an archbishop, the minister's staff.
    static func tour(ceremonyWelcome: PeopleList? = nil, riders: [String]? = nil) -> PlanBuilder {
        var f = PlanBuilder.protocolVisit()
        f.commune("97101", name: "Les Abymes", arrondissement: "9712")
        f.commune("97120", name: "Pointe-à-Pitre", arrondissement: "9712")
        f.venue("aeroport", commune: "97101")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("sous-prefet", "sub-prefect", arrondissement: "9712")
        f.person("maire-abymes", "mayor", commune: "97101")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("adjoint-pap", "deputy-mayor", commune: "97120")
        f.person("depute", "deputy")
        f.person("senateur", "senator")
        f.person("archeveque", "personality")
        f.person("conseiller", "staff")
        f.person("garde", "close-protection")
        let everyone = [
            "ministre", "prefet", "maire-abymes", "depute", "senateur", "archeveque", "conseiller", "garde",
        ]
        f.item(
            "arrivee", kind: .arrival, venue: "aeroport", at: "08:00", participants: everyone, welcome: .auto)
        f.item(
            "monument", kind: .ceremony, venue: "monument", at: "09:00",
            participants: everyone.filter { $0 != "maire-abymes" } + [
                "sous-prefet", "maire-pap", "adjoint-pap",
            ], welcome: ceremonyWelcome ?? .auto,
            transfer: f.transfer(line: 195, duration: 20, riders: riders))
        return f
    }

    // MARK: - Welcome line

    @Test func aMinisterIsReceivedByThePrefectTheMayorAndHisDeputiesNotByEveryAuthority() throws {
        let f = Self.tour()
        let arrival = try #require(f.orders("arrivee")?.welcome)
        #expect(arrival == ["prefet", "maire-abymes"])
        #expect(!arrival.contains("archeveque"))
        #expect(!arrival.contains("depute"))
    }

    @Test func whoRidesWithTheMinisterIsNotInTheNextWelcomeLineTheSousPrefetReceivesInstead() throws {
        let f = Self.tour()
        let riders = try #require(f.itinerary.transfer(to: "monument")).riders
        #expect(riders.contains("prefet"))
        let welcome = try #require(f.orders("monument")?.welcome)
        #expect(welcome == ["maire-pap", "sous-prefet", "adjoint-pap"])
        #expect(Set(welcome).isDisjoint(with: riders))
    }

    @Test func aRiderListedByHandInTheWelcomeLineIsAFinding() throws {
        let f = Self.tour(ceremonyWelcome: .explicit(["prefet", "maire-pap"]))
        let findings = f.findings(Rules.WelcomeRider(), .welcomeRider)
        #expect(findings.count == 1)
        let d = try #require(findings.first)
        #expect(d.severity == .warning)
        #expect(d.code.family == .protocol)
        #expect(d.subjects == ["prefet", "monument"])
        #expect(d.phrase.fr.contains("ligne d'accueil"))
        #expect(d.location == f.plan.programme[1].keyLocation(.welcome))
    }

    @Test func theComputedWelcomeLinesGiveNoRiderFinding() {
        #expect(Self.tour().findings(Rules.WelcomeRider(), .welcomeRider).isEmpty)
    }

    // MARK: - Riders

    @Test func byDefaultThePrincipalThePrefectAndTheStaffRideNotTheElectedOfficials() throws {
        let f = Self.tour()
        let riders = try #require(f.itinerary.transfer(to: "monument")).riders
        #expect(riders == ["ministre", "prefet", "conseiller", "garde"])
    }

    @Test func writtenRidersAreKept() throws {
        let f = Self.tour(riders: ["ministre", "depute"])
        #expect(try #require(f.itinerary.transfer(to: "monument")).riders == ["ministre", "depute"])
    }

    @Test func theMotorcadeListsNoDeputyOrSenatorAsAuthorityByDefault() {
        let f = Self.tour()
        let motorcade = Motorcade(plan: f.plan, itinerary: f.itinerary)
        let authorities = motorcade.slots.first { $0.role == "authorities" }?.people ?? []
        #expect(!authorities.contains("depute"))
        #expect(!authorities.contains("senateur"))
        #expect(motorcade.slots.first { $0.role == "principal" }?.people == ["ministre", "prefet"])
    }

    @Test func aPrefectsTourTakesTheSousPrefetAlongAndASousPrefetsTourNobody() {
        var f = PlanBuilder.protocolVisit(kind: .prefect, principal: "prefet")
        f.venue("a", commune: "97101")
        f.venue("b", commune: "97120")
        f.person("prefet", "prefect")
        f.person("sous-prefet", "sub-prefect")
        f.person("maire", "mayor", commune: "97120")
        let people = ["prefet", "sous-prefet", "maire"]
        let first = f.item("visite-a", venue: "a", participants: people)
        let second = f.item("visite-b", venue: "b", participants: people)
        #expect(f.plan.riders(from: first, to: second) == ["prefet", "sous-prefet"])
        f.visit.principal = "sous-prefet"
        #expect(f.plan.riders(from: first, to: second) == ["sous-prefet"])
    }

    // MARK: - Speakers

    @Test func autoSpeakersAreTheHostMayorTheStateAndThePrincipalOnly() throws {
        var f = Self.tour()
        f.items[1].speakers = .auto
        f.person("president-cd", "departmental-president")
        f.items[1].participants.append("president-cd")
        let speeches = try #require(f.orders("monument")?.speeches)
        #expect(speeches == ["maire-pap", "ministre"])
    }

    @Test func aSousPrefetsTourHasTheMayorThenTheSousPrefete() throws {
        var f = PlanBuilder.protocolVisit(
            territory: "29", zone: "Europe/Paris", kind: .prefect, principal: "sous-prefete")
        f.commune("29019", name: "Brest", arrondissement: "292")
        f.venue("monument", commune: "29019")
        f.person("sous-prefete", "sub-prefect", arrondissement: "292")
        f.person("maire", "mayor", commune: "29019")
        f.person("depute", "deputy")
        f.person("senateur", "senator")
        f.person("president-cd", "departmental-president")
        f.sequence(
            "ceremonie", venue: "monument",
            participants: ["sous-prefete", "maire", "depute", "senateur", "president-cd"], speakers: .auto)
        #expect(try #require(f.orders("ceremonie")?.speeches) == ["maire", "sous-prefete"])
    }

    @Test func speechesLongerThanTheItemAreAFindingSayingByHowMuch() throws {
        var f = Self.tour()
        f.items[1].durationMinutes = 20
        f.items[1].speakers = .explicit(["adjoint-pap", "maire-pap", "senateur", "depute", "ministre"])
        let findings = f.findings(Rules.SpeechesOverrun(), .speechesOverrun)
        let d = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(d.severity == .warning)
        #expect(d.code.family == .protocol)
        // Five speeches of 5 minutes (the `speech` timing of the run-sheet): 25 minutes in a 20-minute item.
        #expect(d.phrase.en.contains("25 min, 5 min more"))
        #expect(d.phrase.fr.contains("durent 25 min, 5 min de plus"))
    }

    @Test func theSpeechTimingOfTheItemIsTheOneBothOverrunFindingsCount() throws {
        var f = Self.tour()
        f.items[1].durationMinutes = 20
        f.items[1].speakers = .explicit(["adjoint-pap", "maire-pap", "senateur", "depute", "ministre"])
        f.items[1].ceremonyTimings = CeremonyTimings([.speech: 3])
        // Five speeches of 3 minutes fit in 20 minutes.
        #expect(f.findings(Rules.SpeechesOverrun(), .speechesOverrun).isEmpty)
    }

    @Test func theDefaultSpeechesFitAThirtyMinuteItem() {
        var f = Self.tour()
        f.items[1].speakers = .auto
        #expect(f.findings(Rules.SpeechesOverrun(), .speechesOverrun).isEmpty)
    }
}
