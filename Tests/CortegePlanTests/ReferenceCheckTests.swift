import CortegeCore
import Testing

@testable import CortegePlan

/// References to people and venues are checked by id against the plan and its registries
/// (docs/diagnostics.md, `unknown-ref`), on `Fixtures/unknown-references.yaml`: one finding per reference that misses, in reading order, with the
/// nearest id as help when one is close enough.
@Suite struct ReferenceCheckTests {
    @Test func everyMissingReferenceIsReportedInReadingOrderWithTheNearestID() {
        let loaded = PlanLoaderTests.fixtures.load("unknown-references.yaml")
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
