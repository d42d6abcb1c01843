import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The press advisory's content (docs/documents.md, « Avis aux médias »): the press view, the accreditation
/// deadline and the press contact; refused before `announce` as the press view is.
@Suite struct PressAdvisoryTests {
    static let contact = Contact(name: "Service presse", phone: "+33-PRESS-0000", email: "presse@example.gouv.fr")

    @Test func overRandomPlansTheAdvisoryIsRefusedBeforeAnnounceAndHoldsNothingThePressMayNotSee() {
        var given = 0
        var refused = 0
        for seed in 1...UInt64(AudiencePropertyTests.planCount) {
            var generator = RandomPlan(seed: seed)
            var plan = generator.make()
            let now = generator.now(for: plan)
            plan.visit.pressContact = Self.contact
            plan.visit.accreditationDeadline = LocalDateTime(
                date: RandomPlan.day.adding(days: -1), time: LocalTime(hour: 12, minute: 0))
            let analysis = Analysis(plan: plan)
            let announce = plan.visit.announce.map { plan.visit.zone.resolve($0).instant }
            let closedOrConfidential = Set(
                analysis.itinerary.items.filter { $0.item.confidential || $0.item.pressAccess == .closed }.map(\.id))
            switch analysis.pressAdvisory(now: now) {
            case .failure(let refusal):
                refused += 1
                #expect(refusal.diagnostic.code == .embargo, "seed \(seed)")
                #expect(announce.map { now < $0 } == true, "seed \(seed): refused after announce or without one")
                // Exactly the press view's refusal.
                if case .failure(let view) = analysis.view(for: .press, now: now) {
                    #expect(view == refusal, "seed \(seed)")
                } else {
                    Issue.record("seed \(seed): the advisory is refused but the press view is given")
                }
            case .success(let advisory):
                given += 1
                if let announce, now < announce { Issue.record("seed \(seed): advisory given before announce") }
                #expect(advisory.items.allSatisfy { !closedOrConfidential.contains($0.id) }, "seed \(seed)")
                #expect(advisory.items.allSatisfy { $0.press != .closed && !$0.confidential }, "seed \(seed)")
                #expect(advisory.items.allSatisfy { $0.pressPositioning != nil }, "seed \(seed)")
                #expect(advisory.view.transfers.isEmpty && advisory.view.escort == nil, "seed \(seed)")
                #expect(advisory.contact == Self.contact, "seed \(seed)")
                let fields = String(describing: advisory)
                for marker in AudiencePropertyTests.forbidden(seed: seed) + ["NOTE-"] {
                    #expect(!fields.contains(marker), "seed \(seed): the advisory holds \(marker)")
                }
                // The press contact's is the one phone number it holds.
                #expect(fields.contains("+33-PRESS-0000"), "seed \(seed)")
            }
        }
        // Both ways were exercised.
        #expect(given > 100 && refused > 100, "given \(given), refused \(refused)")
    }

    @Test func theAdvisoryHoldsTheOpenAndPoolItemsWithTheirInPlaceTimes() throws {
        var b = PlanBuilder(date: RandomPlan.day, zone: RandomPlan.zone)
        b.person("p0")
        b.venue("v0")
        b.item("ouvert", kind: .ceremony, venue: "v0", duration: 30, at: "09:00", press: .open)
        b.item("pool", kind: .visit, venue: "v0", duration: 30, at: "10:00", press: .pool)
        b.item("ferme", kind: .meeting, venue: "v0", duration: 30, at: "11:00", press: .closed)
        b.item("secret", kind: .ceremony, venue: "v0", duration: 30, at: "12:00", confidential: true)
        b.visit.principal = "p0"
        b.visit.pressLeadMinutes = 20
        b.visit.pressContact = Self.contact
        let deadline = LocalDateTime(date: RandomPlan.day.adding(days: -1), time: LocalTime(hour: 18, minute: 0))
        b.visit.accreditationDeadline = deadline
        let analysis = Analysis(plan: b.plan)
        let now = RandomPlan.zone.resolve(LocalDateTime(date: RandomPlan.day, time: LocalTime(hour: 6, minute: 0)))
            .instant
        let advisory = try analysis.pressAdvisory(now: now).get()
        #expect(advisory.items.map(\.id) == ["ouvert", "pool"])
        #expect(advisory.hasPool)
        #expect(advisory.leadMinutes == 20)
        #expect(advisory.accreditationDeadline == deadline)
        let ouvert = try #require(analysis.itinerary.item("ouvert"))
        #expect(advisory.items.first?.pressPositioning == ouvert.start.adding(minutes: -20))
    }
}
