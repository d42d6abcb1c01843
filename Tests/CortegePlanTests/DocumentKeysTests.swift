import CortegeCore
import CortegeTestSupport
import Foundation
import Testing

@testable import CortegePlan

/// The keys of the run-sheet and of the press advisory (docs/plan-format.md): `honours`, `ceremony-timings` on the
/// visit and on an item, `press-contact`, `accreditation-deadline`.
@Suite struct DocumentKeysTests {
    static let plan = """
        cortege: 1
        visit:
          id: v
          title: Visite
          kind: prefect
          principal: prefet
          territory: "63"
          date: 2026-12-10
          ceremony-timings: { speech: 4m, anthem: 3m }
          press-contact: { name: Service presse, phone: "04 73 98 63 63", email: presse@puy-de-dome.gouv.fr }
          accreditation-deadline: 2026-12-09T12:00
        people:
          - { id: prefet, function: prefect }
        venues:
          - { id: a, geo: [45.7772, 3.0870] }
        programme:
          - id: one
            kind: ceremony
            venue: a
            at: "09:00"
            duration: 30m
            participants: [prefet]
            honours: Piquet d'honneur du 92e régiment d'infanterie
            ceremony-timings: { speech: 6m, honours: 0m }

        """

    @Test func theKeysAreReadIntoTheVisitAndTheItem() throws {
        let loaded = Fixtures.load(text: Self.plan)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let plan = try #require(loaded.plan)
        #expect(plan.visit.ceremonyTimings == CeremonyTimings([.speech: 4, .anthem: 3]))
        #expect(
            plan.visit.pressContact
                == Contact(name: "Service presse", phone: "04 73 98 63 63", email: "presse@puy-de-dome.gouv.fr"))
        #expect(plan.visit.accreditationDeadline == LocalDateTime(iso: "2026-12-09T12:00"))
        let item = try #require(plan.programme.first)
        #expect(item.honours == "Piquet d'honneur du 92e régiment d'infanterie")
        #expect(item.ceremonyTimings == CeremonyTimings([.speech: 6, .honours: 0]))
        let inForce = CeremonyTimings.inForce(at: item, visit: plan.visit)
        #expect(inForce.minutes(.speech) == 6 && inForce.minutes(.anthem) == 3 && inForce.minutes(.honours) == 0)
        #expect(inForce.minutes(.wreath) == CeremonyStep.wreath.defaultMinutes)
    }

    @Test func anUnknownMomentIsRefusedOnItsLine() {
        let loaded = Fixtures.load(
            text: Self.plan.replacingOccurrences(of: "{ speech: 6m, honours: 0m }", with: "{ speach: 6m }"))
        let finding = loaded.findings.first { $0.code == .planSchema }
        #expect(finding?.message == "unknown key `speach` in `ceremony-timings`")
        #expect(finding?.help == "did you mean `speech`?")
        #expect(finding?.location?.line == 24)
    }

    @Test func aPressContactWithoutANameIsRefused() {
        let loaded = Fixtures.load(
            text: Self.plan.replacingOccurrences(of: "name: Service presse, ", with: ""))
        #expect(loaded.findings.contains { $0.message.contains("`name`") && $0.location?.line == 10 })
    }

    @Test func aTimingThatIsNoDurationIsABadTime() {
        let loaded = Fixtures.load(text: Self.plan.replacingOccurrences(of: "anthem: 3m", with: "anthem: longtemps"))
        #expect(loaded.findings.contains { $0.code == .badTime && $0.location?.line == 9 })
    }
}
