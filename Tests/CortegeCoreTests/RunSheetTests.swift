import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The run-sheet of a ceremony (docs/documents.md, « Déroulé de cérémonie ») and its `runsheet-overrun` finding.
@Suite struct RunSheetTests {
    /// A minister's wreath-laying in Pointe-à-Pitre, 30 minutes at 08:00, with two speeches and two wreaths: with the
    /// default timings its moments take exactly 30 minutes (2 arrival, 5 honours, 2 × 2 wreaths, 1 sonnerie, 1
    /// silence, 2 Marseillaise, 2 × 5 speeches, 3 standard-bearers, 2 farewell).
    static func ceremony(duration: Int = 30) -> PlanBuilder {
        var f = PlanBuilder.protocolVisit()
        f.commune("97120", name: "Pointe-à-Pitre")
        f.venue("monument", commune: "97120")
        f.person("ministre", "minister", governmentRank: 4)
        f.person("prefet", "prefect")
        f.person("depute", "deputy")
        f.person("maire-pap", "mayor", commune: "97120")
        f.sequence(
            "ceremonie", venue: "monument", participants: ["maire-pap", "depute", "prefet", "ministre"],
            speakers: .explicit(["maire-pap", "ministre"]), wreaths: .explicit(["maire-pap", "ministre"]))
        f.items[0].durationMinutes = duration
        f.items[0].honours = "Détachement du RSMA"
        return f
    }

    static func sheet(_ f: PlanBuilder) throws -> RunSheet {
        try #require(PlanContext(plan: f.plan, itinerary: f.itinerary).runSheets.first)
    }

    static func start(_ f: PlanBuilder) throws -> Instant {
        try #require(f.itinerary.item("ceremonie")).start
    }

    @Test func arrivalsAreInReverseOrderOfPrecedenceTheHighestAuthorityLastAtTheStart() throws {
        let f = Self.ceremony()
        let sheet = try Self.sheet(f)
        let precedence = try #require(f.orders("ceremonie")).precedence.ids
        let arrivals = sheet.entries.compactMap { entry -> ([String], Instant)? in
            if case .arrival(let people) = entry.moment { return (people, entry.start) }
            return nil
        }
        #expect(arrivals.flatMap(\.0) == precedence.reversed())
        #expect(arrivals.last?.0 == [precedence[0]])
        #expect(arrivals.last?.1 == (try Self.start(f)))
        // One `arrival` (2 minutes) apart, every one before the highest authority's.
        for (a, b) in zip(arrivals, arrivals.dropFirst()) { #expect(a.1.minutes(until: b.1) == 2) }
    }

    @Test func theMomentsFollowTheOrderOfTheCeremonyOneAfterTheOther() throws {
        let f = Self.ceremony()
        let sheet = try Self.sheet(f)
        let within = sheet.entries.filter(\.withinItem)
        #expect(
            within.map(\.moment) == [
                .arrival(["ministre"]), .honours("Détachement du RSMA"), .wreath("maire-pap"), .wreath("ministre"),
                .lastPost, .silence, .anthem, .speech("maire-pap"), .speech("ministre"), .standards,
                .departure(["ministre"]),
            ])
        #expect(within.map(\.minutes) == [2, 5, 2, 2, 1, 1, 2, 5, 5, 3, 2])
        #expect(within.first?.start == (try Self.start(f)))
        for (a, b) in zip(within, within.dropFirst()) { #expect(a.end == b.start) }
        #expect(within.last?.end == f.itinerary.item("ceremonie")?.end)
        #expect(sheet.neededMinutes == 30 && sheet.overrunMinutes == 0)
    }

    @Test func departuresAreInOrderOfPrecedenceTheHighestAuthorityFirst() throws {
        let f = Self.ceremony()
        let sheet = try Self.sheet(f)
        let precedence = try #require(f.orders("ceremonie")).precedence.ids
        let departures = sheet.entries.compactMap { entry -> [String]? in
            if case .departure(let people) = entry.moment { return people }
            return nil
        }
        #expect(departures.flatMap { $0 } == precedence)
        #expect(departures.first == [precedence[0]])
    }

    @Test func thoseWhoRideWithTheHighestAuthorityArriveAndLeaveWithHim() throws {
        var f = Self.ceremony()
        f.venue("aeroport", commune: "97120")
        f.venue("prefecture", commune: "97120")
        let arrival = f.item("arrivee", kind: .arrival, venue: "aeroport", duration: 20, at: "07:00")
        f.items.removeLast()
        f.items.insert(arrival, at: 0)
        f.items[1].transferBefore = f.transfer(line: 300, duration: 10, riders: ["ministre", "prefet"])
        f.item(
            "reunion", kind: .meeting, venue: "prefecture", duration: 30, participants: ["ministre"],
            transfer: f.transfer(line: 310, duration: 10, riders: ["ministre"]))
        let sheet = try Self.sheet(f)
        #expect(sheet.entries.first { $0.withinItem }?.moment == .arrival(["ministre", "prefet"]))
        #expect(sheet.entries.last { $0.withinItem }?.moment == .departure(["ministre"]))
        #expect(!sheet.entries.contains { $0.moment == .arrival(["prefet"]) })
        #expect(sheet.entries.contains { $0.moment == .departure(["prefet"]) && !$0.withinItem })
    }

    @Test func timeLeftBeforeTheFarewellIsForExchangesAndTheFarewellEndsTheItem() throws {
        let f = Self.ceremony(duration: 45)
        let sheet = try Self.sheet(f)
        let exchanges = try #require(sheet.entries.first { $0.moment == .exchanges })
        #expect(exchanges.minutes == 15)
        let farewell = try #require(sheet.entries.last { $0.withinItem })
        #expect(farewell.moment == .departure(["ministre"]))
        #expect(farewell.end == f.itinerary.item("ceremonie")?.end)
    }

    @Test func withoutWreathsThereIsNoSonnerieSilenceNorSaluteToTheStandardBearers() throws {
        var f = Self.ceremony()
        f.items[0].wreaths = nil
        f.items[0].honours = nil
        let moments = try Self.sheet(f).entries.map(\.moment)
        #expect(moments.contains(.anthem))
        for absent in [RunSheetEntry.Moment.lastPost, .silence, .standards] { #expect(!moments.contains(absent)) }
        #expect(!moments.contains { if case .honours = $0 { true } else { false } })
    }

    @Test func timingsAreTheItemsOverTheVisitsOverTheDefaultsAndZeroLeavesAMomentOut() throws {
        var f = Self.ceremony()
        f.visit.ceremonyTimings = CeremonyTimings([.speech: 7, .anthem: 3, .honours: 0])
        f.items[0].ceremonyTimings = CeremonyTimings([.speech: 4])
        let sheet = try Self.sheet(f)
        #expect(sheet.timings.minutes(.speech) == 4)
        #expect(sheet.timings.minutes(.anthem) == 3)
        #expect(sheet.timings.minutes(.wreath) == CeremonyStep.wreath.defaultMinutes)
        #expect(sheet.entries.first { $0.moment == .speech("ministre") }?.minutes == 4)
        #expect(sheet.entries.first { $0.moment == .anthem }?.minutes == 3)
        #expect(!sheet.entries.contains { if case .honours = $0.moment { true } else { false } })
        #expect(sheet.speechMinutes == 8)
    }

    @Test func aRunSheetThatFitsGivesNoFinding() {
        #expect(Self.ceremony().findings(Rules.RunSheetOverrun(), .runSheetOverrun).isEmpty)
    }

    @Test func aRunSheetThatDoesNotFitSaysByHowMuch() throws {
        var f = Self.ceremony()
        f.items[0].ceremonyTimings = CeremonyTimings([.speech: 8])
        let finding = try #require(f.findings(Rules.RunSheetOverrun(), .runSheetOverrun).first)
        #expect(finding.severity == .warning)
        #expect(finding.code.family == .protocol)
        #expect(finding.subjects == ["ceremonie"])
        #expect(finding.location == f.items[0].location(of: .duration))
        // 30 + 2 × 3 more minutes of speeches = 36 needed in 30.
        #expect(finding.phrase.fr.contains("demande 36 min") && finding.phrase.fr.contains("déborde de 6 min"))
        #expect(finding.phrase.en.contains("overruns by 6 min"))
        #expect(finding.helpPhrase?.fr.contains("`duration: 36m`") == true)
        #expect(try Self.sheet(f).overrunMinutes == 6)
    }

    @Test func whenTheSpeechesAloneOverrunTheRunSheetSaysNothingMore() throws {
        var f = Self.ceremony()
        f.items[0].ceremonyTimings = CeremonyTimings([.speech: 16])
        let sheet = try Self.sheet(f)
        #expect(sheet.speechMinutes == 32 && sheet.overrunMinutes > 0)
        #expect(f.findings(Rules.RunSheetOverrun(), .runSheetOverrun).isEmpty)
    }

    @Test func anOverrunningRunSheetRunsPastTheItemWithTheFarewellLast() throws {
        var f = Self.ceremony()
        f.items[0].ceremonyTimings = CeremonyTimings([.speech: 8])
        let sheet = try Self.sheet(f)
        let within = sheet.entries.filter(\.withinItem)
        #expect(!within.contains { $0.moment == .exchanges })
        #expect(within.last?.end == f.itinerary.item("ceremonie")?.end.adding(minutes: 6))
    }

    @Test func onlyCeremoniesHaveARunSheet() {
        var f = Self.ceremony()
        f.items[0].kind = .wreath
        #expect(PlanContext(plan: f.plan, itinerary: f.itinerary).runSheets.isEmpty)
    }
}
