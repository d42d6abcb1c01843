import CortegeCore
import CortegeTestSupport
import Testing

@testable import CortegePlan

/// The keys that place a person without rank (docs/fonctions.md §3.3): an item's `lineup:` list is read and its
/// ids checked; there is no `after:` key, and writing one is an unknown key, not a silent no-op.
@Suite struct PlacementKeysTests {
    static let minimal = PlanLoaderTests.minimal

    @Test func anAfterKeyOnAnItemIsAnUnknownKey() {
        let text = Self.minimal.replacingOccurrences(
            of: "participants: [prefet] }", with: "participants: [prefet], after: prefet }")
        let loaded = PlanLoaderTests.load(text)
        let f = loaded.findings.first { $0.code == .planSchema }
        #expect(f?.message.contains("after") == true, "\(loaded.findings.map(\.message))")
        #expect(f?.location?.line == 14)
    }

    @Test func anExplicitLineupIsReadInTheOrderWritten() throws {
        let text = Self.minimal
            .replacingOccurrences(
                of: "  - { id: prefet, function: prefect }",
                with: "  - { id: prefet, function: prefect }\n  - { id: archeveque, function: personality }"
            )
            .replacingOccurrences(
                of: "participants: [prefet] }",
                with: "participants: [prefet, archeveque], lineup: [archeveque, prefet] }"
            )
        let loaded = PlanLoaderTests.load(text)
        #expect(loaded.findings.isEmpty, "\(loaded.findings.map(\.message))")
        let item = try #require(loaded.plan?.programme.first)
        #expect(item.lineup == .explicit(["archeveque", "prefet"]))
    }

    @Test func aLineupNamingNoOneOfThePlanIsAnUnknownReference() {
        let text = Self.minimal.replacingOccurrences(
            of: "participants: [prefet] }", with: "participants: [prefet], lineup: [prefet, archeveque] }")
        let loaded = PlanLoaderTests.load(text)
        #expect(loaded.findings.contains { $0.code == .unknownRef && $0.location?.line == 14 })
    }
}
