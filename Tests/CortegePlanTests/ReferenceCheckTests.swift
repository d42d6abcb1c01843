import CortegeCore
import Foundation
import Testing

@testable import CortegePlan

/// References to people and venues are checked by id against the plan and its registries
/// (docs/diagnostics.md, `unknown-ref`): one finding per reference that misses, in reading order, with the
/// nearest id as help when one is close enough.
@Suite struct ReferenceCheckTests {
    static let plan = """
        cortege: 1
        visit:
          id: v
          title: Visite
          kind: prefect
          principal: prefet
          territory: "63"
          date: 2026-12-10
        people:
          - { id: prefet, function: prefect }
          - { id: maire-thiers, function: mayor }
        venues:
          - { id: mairie, geo: [45.7772, 3.0870] }
        programme:
          - { id: one, kind: meeting, venue: mairie, at: "09:00", duration: 30m, participants: [prefet, maire-thier] }
          - { id: two, kind: meeting, venue: maire, at: "10:00", duration: 30m, participants: [zzzzzzzz, prefet] }

        """

    @Test func everyMissingReferenceIsReportedInReadingOrderWithTheNearestID() {
        let loaded = PlanLoaderTests.load(Self.plan)
        let refs = loaded.findings.filter { $0.code == .unknownRef }
        #expect(
            refs.map(\.message) == [
                "a participant `maire-thier` is no person defined in the plan or its registries",
                "a venue `maire` is no venue defined in the plan or its registries",
                "a participant `zzzzzzzz` is no person defined in the plan or its registries",
            ])
        #expect(
            refs.map(\.help) == [
                "did you mean `maire-thiers`?", "did you mean `mairie`?", "define the person under its section",
            ])
        #expect(refs.map { $0.location?.line } == [15, 16, 16])
    }
}
