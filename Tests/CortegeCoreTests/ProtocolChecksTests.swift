import Foundation
import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The analysis runs the protocol rules (each rule has its suite under Rules/; the JSON and human renderings of
/// the protocol are tested in CortegeAppTests).
@Suite struct ProtocolChecksTests {
    @Test func theAnalysisRunsTheProtocolChecks() {
        let f = PlanBuilder.ministerialVisit(
            arrival: ["ministre", "maire-abymes"], ceremony: ["ministre", "maire-pap"])
        let codes = Analysis(plan: f.plan).findings.map(\.code)
        #expect(codes.contains(.welcomeMissingPrefect))
    }
}
