import Testing

@testable import CortegeCore

/// `press-lead`: journalists need the transfer plus the lead between two open items.
@Suite struct PressLeadTests {
    typealias F = EscortFixture

    @Test func journalistsWithoutEscortNeedTheEstimatePlusTheLeadBetweenTwoOpenItems() {
        // The motorcade takes 15m (10m + boarding) from the airport to the port; journalists need 10m + 15m.
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, duration: 20),
        ])
        let found = a.findings(.pressLead)
        #expect(found.count == 1)
        #expect(found.first?.severity == .warning)
        #expect(found.first?.location == F.loc(40))
        #expect(found.first?.subjects == ["arrivee", "discours"])
        #expect(found.first?.message.contains("need 10m to travel, 10m short") == true)
        #expect(found.first?.phrase.fr.contains("ont besoin de 10 min de trajet, il manque 10 min") == true)
    }

    @Test func enoughTimeBetweenTwoOpenItemsIsFine() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, at: F.at(9, 45), duration: 20),
        ])
        #expect(a.findings(.pressLead).isEmpty)
    }

    @Test func thePoolTravelsWithTheMotorcadeSoPoolItemsAreNotChecked() {
        let a = F.analysis([
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("discours", .speech, venue: "port", line: 40, duration: 20, press: .pool),
        ])
        #expect(a.findings(.pressLead).isEmpty)
    }

    @Test func pressLeadIsConfigurable() {
        let plan = F.plan(
            programme: [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("discours", .speech, venue: "port", line: 40, duration: 20),
            ], pressLead: 5)
        #expect(Analysis(plan: plan).findings(.pressLead).isEmpty)
    }
}
