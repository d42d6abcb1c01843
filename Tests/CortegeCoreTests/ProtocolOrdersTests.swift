import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The orders derived from precedence (docs/protocol.md §5) and the acceptance examples of the protocol issue.
@Suite struct ProtocolOrdersTests {
    // MARK: - Speeches (art. 19)

    /// Every voice of an item in the order of art. 19 (what an explicit list of them all would be checked against).
    func everyVoice(_ f: PlanBuilder, table: PrecedenceTable? = nil) throws -> [String] {
        Orders.speeches(try #require(f.orders("ceremonie", table: table)).precedence)
    }

    @Test func workedExampleSpeechOrderUnderTodaysTable() throws {
        let f = PlanBuilder.workedExample()
        #expect(
            try everyVoice(f) == [
                "conseiller-dep", "maire-pap", "president-cd", "president-region", "mep", "depute", "prefet",
            ])
    }

    @Test func workedExampleUnderThePre2010TableTheMEPSpeaksSecond() throws {
        let f = PlanBuilder.workedExample()
        #expect(
            try everyVoice(f, table: .article3Pre2010) == [
                "conseiller-dep", "mep", "maire-pap", "president-cd", "president-region", "depute", "prefet",
            ])
    }

    @Test func aPlanDated2009ReadsThePre2010TableByItself() throws {
        let f = PlanBuilder.workedExample(date: "2009-05-08")
        #expect(try everyVoice(f).prefix(2) == ["conseiller-dep", "mep"])
    }

    @Test func ministerSpeaksLastAndPrefectIsSilent() throws {
        let f = PlanBuilder.workedExample(extra: ["ministre"])
        #expect(try #require(f.orders("ceremonie")?.speeches) == ["maire-pap", "ministre"])
        let speeches = try everyVoice(f)
        #expect(speeches.last == "ministre")
        #expect(!speeches.contains("prefet"))
        #expect(
            speeches == [
                "conseiller-dep", "maire-pap", "president-cd", "president-region", "mep", "depute", "ministre",
            ])
        #expect(f.findings(Rules.TwoStateVoices(), .twoStateVoices).isEmpty)
    }

    @Test func withTwoMinistersTheLowerGovernmentRankSpeaksLast() throws {
        var f = PlanBuilder.workedExample()
        f.person("ministre-a", "minister", governmentRank: 2)
        f.person("ministre-b", "minister", governmentRank: 11)
        f.items[0].participants = ["ministre-a", "ministre-b", "prefet", "maire-pap"]
        #expect(try #require(f.orders("ceremonie")).speeches == ["maire-pap", "ministre-b", "ministre-a"])
    }

    @Test func onlyOneVoiceForTheStateWithoutAMinister() throws {
        var f = PlanBuilder.workedExample()
        f.person("sp", "sub-prefect")
        f.person("dds", "state-service-head")
        f.items[0].participants = ["sp", "prefet", "dds", "maire-pap"]
        #expect(try #require(f.orders("ceremonie")).speeches == ["maire-pap", "prefet"])
    }

    @Test func anExplicitSpeakersListIsKeptAsWritten() throws {
        var f = PlanBuilder.workedExample()
        f.items[0].speakers = .explicit(["prefet", "maire-pap"])
        #expect(try #require(f.orders("ceremonie")).speeches == ["prefet", "maire-pap"])
    }

    @Test func itemsWithoutSpeakersHaveNoSpeechOrder() throws {
        var f = PlanBuilder.workedExample()
        f.items[0].speakers = nil
        #expect(try #require(f.orders("ceremonie")).speeches == nil)
    }

    // MARK: - Wreaths

    @Test func wreathsAreLaidInReversePrecedenceTheStateLast() throws {
        let f = PlanBuilder.workedExample()
        #expect(
            try #require(f.orders("ceremonie")).wreaths == [
                "conseiller-dep", "maire-pap", "president-cd", "president-region", "mep", "depute", "prefet",
            ])
    }

    @Test func inParisThePrefectLaysLastThoughDeputiesOutrankHim() throws {
        var f = PlanBuilder.protocolVisit(
            territory: "75", zone: "Europe/Paris", kind: .prefect, principal: "prefet-idf")
        f.commune("75056")
        f.venue("arc", commune: "75056")
        f.person("prefet-idf", "regional-prefect")
        f.person("depute", "deputy")
        f.person("maire-paris", "mayor-of-paris")
        f.sequence("gerbe", kind: .wreath, venue: "arc", participants: ["prefet-idf", "depute", "maire-paris"])
        let orders = try #require(f.orders("gerbe"))
        #expect(orders.precedence.ids == ["depute", "prefet-idf", "maire-paris"])
        #expect(orders.wreaths == ["maire-paris", "depute", "prefet-idf"])
    }

    @Test func withAMinisterTheMinisterLaysLast() throws {
        let f = PlanBuilder.workedExample(extra: ["ministre"])
        let wreaths = try #require(f.orders("ceremonie")?.wreaths)
        #expect(wreaths.last == "ministre")
        #expect(!wreaths.contains("prefet"))
    }

    // MARK: - Welcome

    @Test func theWelcomeLineIsThePrefectAndTheMayorInPrecedenceWithoutTheArrivingParty() throws {
        var f = PlanBuilder.protocolVisit()
        f.commune("97101", name: "Les Abymes")
        f.venue("aeroport", commune: "97101")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("maire-abymes", "mayor", commune: "97101")
        f.person("depute", "deputy")
        f.person("prefet", "prefect")
        f.person("garde", "close-protection")
        f.sequence(
            "arrivee", kind: .arrival, venue: "aeroport",
            participants: ["ministre", "maire-abymes", "garde", "depute", "prefet"])
        #expect(try #require(f.orders("arrivee")).welcome == ["prefet", "maire-abymes"])
    }

    // MARK: - Line placement (art. 16)

    @Test func lineupPutsRank1InTheCentreThenRightAndLeft() {
        let lineup = Orders.lineup(["a", "b", "c", "d", "e"], aisle: false)
        #expect(lineup.picture == "4 2 1 3 5")
        #expect(lineup.leftToRight == ["d", "b", "a", "c", "e"])
    }

    @Test func lineupWithACentralAisleStartsAtTheInnerEnds() {
        let lineup = Orders.lineup(["a", "b", "c", "d", "e", "f"], aisle: true)
        #expect(lineup.picture == "5 3 1 | 2 4 6")
        #expect(lineup.leftToRight == ["e", "c", "a", "b", "d", "f"])
        #expect(Orders.lineup(["a", "b", "c"], aisle: true).picture == "3 1 | 2")
    }

    @Test func aCeremonyHasALineupInPrecedenceOrder() throws {
        let f = PlanBuilder.workedExample()
        let lineup = try #require(f.orders("ceremonie")?.lineup)
        #expect(lineup.ranked.first == "prefet")
        #expect(lineup.picture == "6 4 2 1 3 5 7")
    }

    // MARK: - Seating

    @Test func aLaFrancaiseTheGuestOfHonourSitsAtTheHostsRight() throws {
        let plan = SeatingPlan(
            style: .aLaFrancaise, host: "h", coHost: "c", people: ["g1", "h", "g2", "g3", "c", "g4", "g5"])
        #expect(plan.order == ["h", "c", "g1", "g2", "g3", "g4", "g5"])
        // The host faces north: his right is east (to the right of the drawing); the co-host faces him.
        #expect(plan.nearSide == [nil, "g2", "h", "g1", "g5"])
        #expect(plan.farSide == [nil, "g3", "c", "g4", nil])
    }

    @Test func withoutACoHostTheThirdGuestFacesTheHost() {
        let plan = SeatingPlan(style: .aLaFrancaise, host: "h", coHost: nil, people: ["h", "g1", "g2", "g3"])
        #expect(plan.nearSide == ["g2", "h", "g1"])
        #expect(plan.farSide == [nil, "g3", nil])
    }

    @Test func aLAnglaiseHostAndCoHostSitAtTheEnds() {
        let plan = SeatingPlan(style: .aLAnglaise, host: "h", coHost: "c", people: ["h", "c", "g1", "g2", "g3", "g4"])
        #expect(plan.westEnd == "h")
        #expect(plan.eastEnd == "c")
        // The host (west, facing east) has the south side at his right; the co-host has the north side at his.
        #expect(plan.nearSide == ["g1", "g4"])
        #expect(plan.farSide == ["g2", "g3"])
    }

    @Test func aMealIsSeatedAlaFrancaiseByDefaultWithTheHostOfTheItem() throws {
        var f = PlanBuilder.workedExample()
        f.sequence(
            "dejeuner", kind: .meal, venue: "monument", participants: ["ministre", "prefet", "depute"],
            host: "prefet")
        let seating = try #require(f.orders("dejeuner")?.seating)
        #expect(seating.style == .aLaFrancaise)
        #expect(seating.host == "prefet")
        #expect(seating.order == ["prefet", "ministre", "depute"])
        #expect(seating.nearSide == ["depute", "prefet", "ministre"])
    }

    // MARK: - Motorcade

    @Test func theDefaultMotorcadePutsThePrefectInTheMinistersCar() {
        var f = PlanBuilder.protocolVisit()
        f.commune("97101")
        f.commune("97120")
        f.venue("aeroport", commune: "97101")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("maire-pap", "mayor", commune: "97120")
        f.person("depute", "deputy")
        f.person("garde", "close-protection")
        f.person("conseiller", "staff")
        let everyone = ["ministre", "prefet", "garde", "conseiller", "maire-pap", "depute"]
        f.sequence("arrivee", kind: .arrival, venue: "aeroport", participants: everyone)
        f.sequence("ceremonie", venue: "monument", participants: everyone)
        // The elected officials ride only when the transfer lists them (by default: the principal, the préfet, the
        // staff).
        f.items[1].transferBefore = f.transfer(
            line: 199, duration: 20, riders: ["ministre", "prefet", "garde", "conseiller", "maire-pap", "depute"])
        let motorcade = Motorcade(plan: f.plan, itinerary: f.itinerary)
        #expect(motorcade.isDefault)
        #expect(motorcade.slots.map(\.role) == Motorcade.defaultTemplate)
        let people = Dictionary(uniqueKeysWithValues: motorcade.slots.map { ($0.role, $0.people) })
        #expect(people["principal"] == ["ministre", "prefet"])
        #expect(people["close-protection"] == ["garde"])
        #expect(people["authorities"] == ["depute", "maire-pap"])
        #expect(people["staff"] == ["conseiller"])
        #expect(people["lead-escort"] == [])
    }

    @Test func aVisitMayRewriteTheMotorcade() {
        var f = PlanBuilder.protocolVisit(motorcade: ["lead-escort", "principal", "depute", "tail-escort"])
        f.commune("97101")
        f.venue("aeroport", commune: "97101")
        f.person("ministre", "minister")
        f.person("depute", "deputy")
        f.sequence("arrivee", kind: .arrival, venue: "aeroport", participants: ["ministre", "depute"])
        let motorcade = Motorcade(plan: f.plan, itinerary: f.itinerary)
        #expect(!motorcade.isDefault)
        #expect(motorcade.slots.map(\.role) == ["lead-escort", "principal", "depute", "tail-escort"])
        #expect(motorcade.slots[2].people == ["depute"])
    }
}
