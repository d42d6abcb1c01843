import CortegeTestSupport
import Testing

@testable import CortegeCore

@Suite struct ItineraryTests {
    /// Préfecture de Clermont-Ferrand and Thiers: 36.77 km great-circle (checked by hand with the haversine
    /// formula), so 47.8 km by road at 50 km/h = 57.4 min, rounded up to 60 minutes.
    static func clermontThiers() -> PlanBuilder {
        var t = PlanBuilder.prefectsDay()
        t.venue("prefecture", 45.7772, 3.0870)
        t.venue("thiers", 45.8564, 3.5477)
        return t
    }

    @Test func flowingItemsFollowThePreviousOne() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.item("one", venue: "a", duration: 30, at: "09:00")
        t.item("two", venue: "a", duration: 45)
        t.item("three", venue: "a", duration: 15)
        let it = t.itinerary
        #expect(it.findings.isEmpty)
        #expect(it.items.map { t.hm($0.start) } == ["09:00", "09:30", "10:15"])
        #expect(it.items.map { t.hm($0.end) } == ["09:30", "10:15", "10:30"])
        #expect(it.transfers.isEmpty, "same venue: no transfer")
    }

    @Test func estimatedTransferMatchesAHandCheckedDistance() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item("usine", venue: "thiers", duration: 60)
        let it = t.itinerary
        #expect(it.transfers.count == 1)
        #expect(it.transfers[0].minutes == 60)
        #expect(it.transfers[0].given == false)
        #expect(t.hm(it.items[1].start) == "10:30")
    }

    @Test func escortedMotorcadeAddsFiveMinutesOfBoarding() {
        var t = Self.clermontThiers()
        t.people[0].escortRequired = true
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item("usine", venue: "thiers", duration: 60)
        let transfer = t.itinerary.transfers[0]
        #expect(transfer.escorted)
        #expect(transfer.minutes == 65)
    }

    @Test func givenTransferDurationBeatsTheEstimate() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item(
            "usine", venue: "thiers", duration: 60,
            transfer: TransferSpec(durationMinutes: 50, location: PlanBuilder.itineraryLayout.at(50)))
        let it = t.itinerary
        #expect(it.transfers[0].minutes == 50)
        #expect(it.transfers[0].estimatedMinutes == 60)
        #expect(t.hm(it.items[1].start) == "10:20")
        #expect(it.findings.isEmpty, "50 min is within 25 % of the 60 min estimate")
    }

    @Test func transferFarShorterThanTheEstimateIsFlagged() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item(
            "usine", venue: "thiers", duration: 60,
            transfer: TransferSpec(
                durationMinutes: 20, location: PlanBuilder.itineraryLayout.at(50),
                keyLocations: ["duration": PlanBuilder.itineraryLayout.at(52)]))
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.transferTooShort])
        #expect(findings.first?.location?.line == 52)
    }

    @Test func fixedAnchorMetLeavesSlack() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item("usine", venue: "thiers", duration: 60, at: "11:00")
        let it = t.itinerary
        #expect(it.findings.isEmpty)
        // depart ends 09:30 and needs 60 min of travel: it may slip 30 minutes.
        #expect(it.items[0].slackMinutes == 30)
        #expect(it.items[1].slackMinutes == nil, "nothing after the last item constrains it")
    }

    @Test func fixedAnchorMissedReportsTheMissingMinutesExactly() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item("usine", venue: "thiers", duration: 60, at: "10:12")
        let findings = t.itinerary.findings
        #expect(findings.count == 1)
        let f = findings[0]
        #expect(f.code == .itineraryInfeasible)
        #expect(f.message.contains("18 minutes are missing"))
        #expect(f.location?.line == 211, "points at the `at:` of the item where the chain breaks")
        #expect(f.subjects == ["depart", "usine"])
    }

    @Test func notBeforeDelaysAFlowingItem() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.item("one", venue: "a", duration: 30, at: "09:00")
        t.item("two", venue: "a", duration: 30, notBefore: "11:00")
        let it = t.itinerary
        #expect(t.hm(it.items[1].start) == "11:00")
        #expect(it.findings.isEmpty)
    }

    @Test func notAfterMissedIsAWindowViolation() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.item("one", venue: "a", duration: 90, at: "09:00")
        t.item("two", venue: "a", duration: 30, notAfter: "10:00")
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.windowViolated])
        #expect(findings[0].message.contains("30 minutes after its latest start"))
        #expect(findings[0].location?.line == 213, "points at `not-after`")
    }

    @Test func fixedItemBeforeItsWindowIsAViolation() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.item("one", venue: "a", duration: 30, at: "10:00", notBefore: "11:00")
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.windowViolated])
        #expect(findings[0].location?.line == 201)
    }

    @Test func venueHoursPushAFlowingItemToOpening() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.venue("b", 45.7772, 3.0870, hours: "10:00-12:00")
        t.item("one", venue: "a", duration: 30, at: "09:00")
        t.item("two", venue: "b", duration: 30)
        let it = t.itinerary
        #expect(t.hm(it.items[1].start) == "10:00")
        #expect(it.findings.isEmpty)
    }

    @Test func itemOutsideVenueHoursIsAViolation() {
        var t = PlanBuilder.prefectsDay()
        t.venue("b", 45.7772, 3.0870, hours: "09:00-12:00")
        t.item("late", venue: "b", duration: 30, at: "13:00")
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.windowViolated])
        #expect(findings[0].location?.line == 201)
    }

    @Test func venueClosingLimitsSlack() {
        var t = PlanBuilder.prefectsDay()
        t.venue("b", 45.7772, 3.0870, hours: "09:00-12:00")
        t.item("visit", venue: "b", duration: 60, at: "10:00")
        #expect(t.itinerary.items[0].slackMinutes == 60)
    }

    @Test func multiDayVisitMovesToTheNextDay() {
        var t = Self.clermontThiers()
        t.item("j1", venue: "prefecture", duration: 60, at: "17:00")
        t.item("j2", venue: "thiers", duration: 60, at: "2026-12-11T09:00")
        t.item("j2-suite", venue: "thiers", duration: 30, at: "11:00")
        let it = t.itinerary
        #expect(it.findings.isEmpty)
        #expect(it.items.map(\.day.description) == ["2026-12-10", "2026-12-11", "2026-12-11"])
        // j1 could slip until the next morning's fixed item minus travel.
        #expect(it.items[0].slackMinutes == (24 * 60 - 8 * 60) - 60 - 60 - 60 + 60)
    }

    @Test func slackIsBoundedByALaterFixedItemThroughFlowingOnes() {
        var t = PlanBuilder.prefectsDay()
        t.venue("a", 45.7772, 3.0870)
        t.item("one", venue: "a", duration: 30, at: "09:00")
        t.item("two", venue: "a", duration: 30)
        t.item("three", venue: "a", duration: 30, at: "11:00")
        let it = t.itinerary
        // two ends 10:00, three is fixed at 11:00: both can slip 60 minutes.
        #expect(it.items[0].slackMinutes == 60)
        #expect(it.items[1].slackMinutes == 60)
    }

    @Test func dstGapAtAFixedTimeIsReported() {
        var t = PlanBuilder.prefectsDay(date: "2026-03-29")
        t.venue("a", 45.7772, 3.0870)
        t.item("nuit", venue: "a", duration: 30, at: "02:30")
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.nonexistentLocalTime])
        #expect(findings[0].location?.line == 201)
    }

    @Test func dstFoldAtAFixedTimeIsAWarning() {
        var t = PlanBuilder.prefectsDay(date: "2026-10-25")
        t.venue("a", 45.7772, 3.0870)
        t.item("nuit", venue: "a", duration: 30, at: "02:30")
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.ambiguousLocalTime])
        #expect(findings[0].severity == .warning)
    }

    @Test func planeTransferWithoutDurationIsASchemaError() {
        var t = Self.clermontThiers()
        t.item("depart", venue: "prefecture", duration: 30, at: "09:00")
        t.item(
            "usine", venue: "thiers", duration: 60,
            transfer: TransferSpec(mode: .plane, location: PlanBuilder.itineraryLayout.at(50)))
        let findings = t.itinerary.findings
        #expect(findings.map(\.code) == [.planSchema])
        #expect(findings[0].location?.line == 50)
    }
}

extension ItineraryTests {
    @Test func overnightTransferArrivesAsTheNextDayStarts() {
        var t = Self.clermontThiers()
        t.item("j1", venue: "prefecture", duration: 60, at: "17:00")
        t.item("j2", venue: "thiers", duration: 60, at: "2026-12-11T09:00")
        let transfer = t.itinerary.transfers[0]
        #expect(t.visit.zone.iso8601(transfer.start) == "2026-12-11T08:00:00+01:00")
        #expect(t.visit.zone.iso8601(transfer.end) == "2026-12-11T09:00:00+01:00")
    }
}
