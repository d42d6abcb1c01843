import CortegeTestSupport
import Testing

@testable import CortegeCore

/// The one registry of rules: each code is reported by one rule, and a rule reports only its own codes.
@Suite struct RegistryTests {
    @Test func theRegistryHoldsEveryRuleCodeExactlyOnce() {
        let codes = Rules.codes
        #expect(Set(codes).count == codes.count)
    }

    @Test func noTwoCodesShareAName() {
        let names = DiagnosticCode.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
    }

    @Test func aRuleReportsOnlyTheCodesItDeclares() {
        let plans = [
            PlanBuilder.workedExample(extra: ["ministre"]),
            PlanBuilder.ministerialVisit(arrival: ["ministre"], ceremony: ["ministre", "prefet"]),
        ]
        for f in plans {
            let context = PlanContext(plan: f.plan, itinerary: f.itinerary)
            for rule in Rules.plan {
                let found = Set(rule.findings(in: context).map(\.code))
                #expect(found.isSubset(of: Set(rule.codes)), "\(type(of: rule)) reports \(found)")
            }
        }
    }

    @Test func theAnalysisComputesTheProtocolOrdersOnceForTheRulesAndTheCommands() {
        let f = PlanBuilder.workedExample(extra: ["ministre"])
        let analysis = Analysis(plan: f.plan)
        let orders = VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary)
        #expect(analysis.protocolOrders.items == orders.items)
        #expect(analysis.protocolOrders.motorcade == orders.motorcade)
    }
}

/// Every diagnostic code belongs to one family, and the family agrees with the code's name where the name says it.
@Suite struct DiagnosticFamilyTests {
    @Test func everyDiagnosticCodeHasAFamily() {
        for code in DiagnosticCode.allCases {
            #expect(DiagnosticFamily.allCases.contains(code.family), "\(code.rawValue)")
            if code.rawValue.hasPrefix("escort-") { #expect(code.family == .escort) }
            if code.rawValue.hasPrefix("press-") { #expect(code.family == .press) }
        }
    }

    @Test func everyRuleCodeOutsideThePlanFamilyComesFromARule() {
        let fromRules = Set(Rules.codes)
        for code in DiagnosticCode.allCases
        where [.conflict, .escort, .press, .protocol, .calendar].contains(code.family) {
            #expect(fromRules.contains(code), "\(code.rawValue)")
        }
    }
}
