import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The lists of precedence and the rules of docs/protocol.md §4.
@Suite struct PrecedenceTests {
    // MARK: - Lists in force

    @Test func todaysArticle3IsInForceIn2026() {
        #expect(
            PrecedenceTable.inForce(territory: "971", on: LocalDate(year: 2026, month: 12, day: 4)).table?.id
                == "art3-2024")
        #expect(
            PrecedenceTable.inForce(territory: "63", on: LocalDate(year: 2024, month: 3, day: 1)).table?.id
                == "art3-2024")
    }

    @Test func theWordingOf2024IsPrintedWithItsOwnDateAndDecree() {
        let t = PrecedenceTable.article3
        #expect(t.inForce == LocalDate(year: 2024, month: 3, day: 1))
        #expect(t.title.contains("2024-159"))
        #expect(t.title.contains("28 February 2024"))
    }

    @Test func between2010And2024APlanReadsTheWordingOf6February2010WithTheSameRanks() {
        for date in [
            LocalDate(year: 2010, month: 2, day: 6), LocalDate(year: 2015, month: 1, day: 1),
            LocalDate(year: 2024, month: 2, day: 29),
        ] {
            #expect(PrecedenceTable.inForce(territory: "63", on: date).table?.id == "art3-2010")
        }
        #expect(PrecedenceTable.article3From2010.entries == PrecedenceTable.article3.entries)
        #expect(PrecedenceTable.article3From2010.entry(for: "mep")?.rank == Rank(4))
    }

    @Test func aPlanDatedBefore2010ReadsTheOldArticle3() {
        #expect(
            PrecedenceTable.inForce(territory: "63", on: LocalDate(year: 2009, month: 5, day: 8)).table?.id
                == "art3-1989")
        #expect(
            PrecedenceTable.inForce(territory: "63", on: LocalDate(year: 2010, month: 2, day: 5)).table?.id
                == "art3-1989")
    }

    @Test func parisReadsArticle2() {
        #expect(
            PrecedenceTable.inForce(territory: "75", on: LocalDate(year: 2026, month: 1, day: 1)).table?.id
                == "art2-paris")
    }

    @Test(arguments: ["986", "987", "988"])
    func pacificListsAreNotGuessed(territory: String) {
        guard
            case .unavailable(let why) = PrecedenceTable.inForce(
                territory: territory,
                on: LocalDate(
                    year: 2026, month: 1, day: 1))
        else {
            Issue.record("\(territory) should have no list")
            return
        }
        #expect(why.en.contains("not implemented"))
        #expect(why.fr.contains("non mise en œuvre"))
    }

    @Test func article3HasTheRanksOfProtocolMd() {
        let t = PrecedenceTable.article3
        let expected: [(String, String)] = [
            ("prefect", "1"), ("deputy", "2"), ("senator", "3"), ("mep", "4"), ("regional-president", "5"),
            ("departmental-president", "6"), ("mayor", "7"), ("epci-president", "7½"), ("regional-commander", "8"),
            ("order-dignitary", "11"), ("departmental-councillor", "15"), ("sub-prefect", "20"),
            ("cabinet-director", "20"), ("state-service-head", "22"), ("municipal-councillor", "26"),
            ("town-clerk", "33"),
        ]
        for (code, rank) in expected {
            #expect(t.entry(for: FunctionCode(code))?.rank.description == rank, "\(code)")
        }
    }

    @Test func theOldArticle3PutsTheMEPsSeventhAfterTheMayor() {
        let t = PrecedenceTable.article3Pre2010
        #expect(t.entry(for: "mep")?.rank.description == "7")
        #expect(t.entry(for: "mayor")?.rank.description == "6")
        #expect(t.entry(for: "regional-president")?.rank.description == "4")
        #expect(t.entry(for: "departmental-councillor")?.rank.description == "15")
    }

    @Test func functionCodesAgreeWithTheTables() {
        let article3 = Set(PrecedenceTable.article3.codes)
        #expect(Set(FunctionCode.article3) == article3)
        for table in PrecedenceTable.all {
            for code in table.codes { #expect(code.isKnown, "\(code) of \(table.id)") }
        }
        #expect(Set(PrecedenceTable.article3Pre2010.codes) == article3)
    }

    // MARK: - Rule 1: the Government

    @Test func aMinisterOnOfficialVisitTakesTheFirstRankBeforeThePrefect() throws {
        var f = PlanBuilder.workedExample(extra: ["ministre"])
        f.visit.principal = "ministre"
        let order = try #require(f.orders("ceremonie")).precedence
        #expect(order.ids.prefix(2) == ["ministre", "prefet"])
        #expect(order.placed("ministre")?.explanation.hasPrefix("1 — minister on official visit") == true)
        #expect(order.placed("prefet")?.rule.en.contains("accompanying the minister") == true)
        #expect(order.placed("prefet")?.rule.fr.contains("accompagnant le ministre") == true)
    }

    @Test func ministersFollowTheGovernmentsOrderAfterThePresidentAndThePrimeMinister() throws {
        var f = PlanBuilder.protocolVisit()
        f.commune("97120")
        f.venue("salle", commune: "97120")
        f.person("prefet", "prefect")
        f.person("ministre-a", "minister", governmentRank: 9)
        f.person("ministre-b", "minister", governmentRank: 3)
        f.person("pm", "prime-minister")
        f.person("pr", "president-of-the-republic")
        f.sequence("c", venue: "salle", participants: ["prefet", "ministre-a", "ministre-b", "pm", "pr"])
        #expect(try #require(f.orders("c")).precedence.ids == ["pr", "pm", "ministre-b", "ministre-a", "prefet"])
    }

    // MARK: - Rule 2: representatives

    @Test func aDeputyMayorRepresentingTheMayorTakesRank7() throws {
        var f = PlanBuilder.workedExample()
        f.person("adjoint", "deputy-mayor", commune: "97120", represents: "maire-pap")
        f.items[0].participants = ["prefet", "conseiller-dep", "adjoint"]
        let orders = try #require(f.orders("ceremonie"))
        #expect(orders.precedence.placed("adjoint")?.rank == Rank(7))
        #expect(orders.precedence.placed("adjoint")?.rule.en.contains("representing maire-pap") == true)
        #expect(
            orders.precedence.placed("adjoint")?.rule.fr.contains("adjoint au maire représentant maire-pap") == true)
        #expect(orders.precedence.ids == ["prefet", "adjoint", "conseiller-dep"])
    }

    @Test func aDeputyMayorBesideHisMayorHasNoRankOfHisOwn() {
        var f = PlanBuilder.workedExample()
        f.person("adjoint", "deputy-mayor", commune: "97120", represents: "maire-pap")
        f.items[0].participants = ["prefet", "maire-pap", "adjoint"]
        #expect(f.ranks(at: "ceremonie")["adjoint"] == "unranked")
    }

    @Test func aVicePresidentRepresentingTheCouncilPresidentTakesHisRank() {
        var f = PlanBuilder.workedExample()
        f.person("vp", "council-vice-president", represents: "president-cd")
        f.items[0].participants = ["prefet", "vp", "maire-pap"]
        #expect(f.ranks(at: "ceremonie")["vp"] == "6")
    }

    @Test func precedenceIsNotDelegatedToOtherRepresentatives() {
        var f = PlanBuilder.workedExample()
        f.person("sg", "secretary-general", represents: "prefet")
        f.person("conseiller-reg", "regional-councillor", represents: "president-region")
        f.items[0].participants = ["sg", "conseiller-reg", "maire-pap"]
        let ranks = f.ranks(at: "ceremonie")
        #expect(ranks["sg"] == "20")
        #expect(ranks["conseiller-reg"] == "14")
    }

    // MARK: - The host commune

    @Test func aMayorOutsideHisCommuneHasNoRank7() {
        var f = PlanBuilder.workedExample()
        f.person("maire-abymes", "mayor", commune: "97101")
        f.items[0].participants = ["prefet", "maire-pap", "maire-abymes", "conseiller-dep"]
        let ranks = f.ranks(at: "ceremonie")
        #expect(ranks["maire-pap"] == "7")
        #expect(ranks["maire-abymes"] == "unranked")
        #expect(f.orders("ceremonie")?.precedence.ids.last == "maire-abymes")
    }

    @Test func municipalCouncillorsRank26OnlyInTheirCommune() {
        var f = PlanBuilder.workedExample()
        f.person("cm-pap", "municipal-councillor", commune: "97120")
        f.person("cm-abymes", "municipal-councillor", commune: "97101")
        f.items[0].participants = ["cm-pap", "cm-abymes"]
        let ranks = f.ranks(at: "ceremonie")
        #expect(ranks["cm-pap"] == "26")
        #expect(ranks["cm-abymes"] == "unranked")
    }

    // MARK: - Rule 3: the sous-préfet

    @Test func theSubPrefectInHisArrondissementTakesThePrefectsRankInHisAbsence() {
        var f = PlanBuilder.workedExample()
        f.communes = []
        f.commune("97120", arrondissement: "9712")
        f.person("sp-pap", "sub-prefect", arrondissement: "9712")
        f.items[0].participants = ["depute", "sp-pap", "maire-pap"]
        #expect(f.ranks(at: "ceremonie")["sp-pap"] == "1")
        #expect(f.orders("ceremonie")?.precedence.ids == ["sp-pap", "depute", "maire-pap"])
    }

    @Test func theSubPrefectRanks20BesideThePrefectOrOutsideHisArrondissement() {
        var f = PlanBuilder.workedExample()
        f.communes = []
        f.commune("97120", arrondissement: "9712")
        f.person("sp-pap", "sub-prefect", arrondissement: "9712")
        f.person("sp-bt", "sub-prefect", arrondissement: "9711")
        f.items[0].participants = ["prefet", "sp-pap", "maire-pap"]
        #expect(f.ranks(at: "ceremonie")["sp-pap"] == "20")
        f.items[0].participants = ["sp-bt", "maire-pap"]
        #expect(f.ranks(at: "ceremonie")["sp-bt"] == "20")
    }

    /// The préfet of the region is a préfet (FunctionCode.isPrefect): beside him the sous-préfet keeps rank 20.
    @Test func theSubPrefectRanks20BesideTheRegionalPrefect() {
        var f = PlanBuilder.workedExample()
        f.communes = []
        f.commune("97120", arrondissement: "9712")
        f.person("sp-pap", "sub-prefect", arrondissement: "9712")
        f.person("prefet-region", "regional-prefect")
        f.items[0].participants = ["prefet-region", "sp-pap", "maire-pap"]
        #expect(f.ranks(at: "ceremonie")["sp-pap"] == "20")
    }

    // MARK: - Rule 4: the host of a local ceremony

    @Test func theHostOfALocalCeremonyRanksSecond() {
        var f = PlanBuilder.workedExample()
        f.visit.ceremony = .local
        f.items[0].host = "maire-pap"
        #expect(f.orders("ceremonie")?.precedence.ids.prefix(3) == ["prefet", "maire-pap", "depute"])
        #expect(
            f.orders("ceremonie")?.precedence.placed("maire-pap")?.explanation
                == "2 — host of a local ceremony (art. 9)")
    }

    @Test func aHostAtAGovernmentalCeremonyKeepsHisRank() {
        var f = PlanBuilder.workedExample()
        f.items[0].host = "maire-pap"
        #expect(f.ranks(at: "ceremonie")["maire-pap"] == "7")
    }

    // MARK: - Rule 5: ambassadors

    @Test func anAmbassadorRanksRightAfterTheRepresentativeOfTheState() {
        var f = PlanBuilder.workedExample()
        f.person("ambassadeur", "ambassador")
        f.items[0].participants = ["depute", "ambassadeur", "prefet"]
        #expect(f.orders("ceremonie")?.precedence.ids == ["prefet", "ambassadeur", "depute"])
    }

    // MARK: - Rule 6: several functions

    @Test func aSenatorWhoIsAlsoMayorRanksAsSenator() throws {
        var f = PlanBuilder.workedExample()
        f.person("senateur-maire", "senator", "mayor", commune: "97120")
        f.items[0].participants = ["maire-pap", "senateur-maire", "president-region", "depute"]
        let order = try #require(f.orders("ceremonie")).precedence
        #expect(order.placed("senateur-maire")?.rank == Rank(3))
        #expect(order.placed("senateur-maire")?.function == "senator")
        #expect(order.ids == ["depute", "senateur-maire", "president-region", "maire-pap"])
    }

    // MARK: - Rule 7: ties

    // MARK: - Rule 8: unranked people

    @Test func concordatHeadsRankOnlyInAlsaceMoselle() {
        var f = PlanBuilder.protocolVisit(territory: "67", zone: "Europe/Paris", kind: .prefect, principal: "prefet")
        f.commune("67482")
        f.venue("cathedrale", commune: "67482")
        f.person("prefet", "prefect")
        f.person("eveque", "concordat-religious-head")
        f.sequence("c", venue: "cathedrale", participants: ["prefet", "eveque"])
        #expect(f.ranks(at: "c")["eveque"] == "18")
        f.visit.territory = "63"
        #expect(f.ranks(at: "c")["eveque"] == "unranked")
    }

    // MARK: - Paris

    @Test func parisRanksTheGovernmentSixthAndThePrefectTwentieth() {
        var f = PlanBuilder.protocolVisit(territory: "75", zone: "Europe/Paris", principal: "ministre")
        f.commune("75056")
        f.venue("arc", commune: "75056")
        f.person("ministre", "minister", governmentRank: 2)
        f.person("prefet-idf", "regional-prefect")
        f.person("depute", "deputy")
        f.person("maire-paris", "mayor-of-paris")
        f.sequence("c", venue: "arc", participants: ["maire-paris", "prefet-idf", "depute", "ministre"])
        #expect(f.orders("c")?.precedence.ids == ["ministre", "depute", "prefet-idf", "maire-paris"])
        #expect(f.ranks(at: "c")["prefet-idf"] == "20")
    }
}
