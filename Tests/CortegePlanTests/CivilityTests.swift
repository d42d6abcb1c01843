import CortegeCore
import CortegeTestSupport
import Testing

@testable import CortegePlan

/// `civility` of a person (docs/plan-format.md §6): `M.` or `Mme`, anything else is `plan-schema`.
@Suite struct CivilityTests {
    static let minimal = PlanLoaderTests.minimal

    @Test func madameIsRead() throws {
        let loaded = PlanLoaderTests.load(
            Self.minimal.replacingOccurrences(
                of: "{ id: prefet, function: prefect }", with: "{ id: prefet, function: prefect, civility: Mme }"))
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        #expect(try #require(loaded.plan).people["prefet"]?.civility == .madame)
    }

    @Test func withoutCivilityNoneIsAssumed() throws {
        let loaded = PlanLoaderTests.load(Self.minimal)
        #expect(try #require(loaded.plan).people["prefet"]?.civility == nil)
    }

    @Test func anotherValueIsASchemaErrorAtItsLine() {
        let loaded = PlanLoaderTests.load(
            Self.minimal.replacingOccurrences(
                of: "{ id: prefet, function: prefect }", with: "{ id: prefet, function: prefect, civility: Madame }"))
        let f = loaded.findings.first { $0.code == .planSchema }
        #expect(f?.location?.line == 10)
        #expect(f?.message.contains("`civility`") == true)
    }
}
