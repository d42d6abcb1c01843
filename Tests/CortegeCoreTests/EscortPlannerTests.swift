import CortegeCore
import Testing

/// The escort plan (docs/audiences.md §2): units per leg, hand-overs, duty spans. Estimates used below, worked
/// out by hand
/// (great circle × 1.3 at 50 km/h, rounded up to 5 minutes, + 5 minutes of boarding for the motorcade):
/// aeroport → prefecture 10m, prefecture → port 15m, aeroport → port 15m; a unit alone (no boarding):
/// port → heliport 50m.
struct EscortPlannerTests {
    typealias F = EscortFixture

    @Test func aLegFromAPoliceZoneToAGendarmerieZoneGetsOneUnitOfEachForceAndAHandOver() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "prefecture", line: 30, at: F.at(9, 0)),
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, route: ["97120", "97103"])),
            ],
            units: [
                F.unit("motards", .police, line: 60, lead: 30),
                F.unit("edsr", .gendarmerie, line: 65, lead: 20),
            ])
        let leg = a.escort.leg(to: "visite-port")
        #expect(leg?.units == ["motards", "edsr"])
        #expect(leg?.places.map(\.id) == ["prefecture", "97120", "97103", "port"])
        #expect(leg?.stretches.map(\.zone) == [.police, .gendarmerie])
        #expect(leg?.handOvers.count == 1)
        let h = leg?.handOvers.first
        #expect(h?.leaving.name == "Pointe-à-Pitre")
        #expect(h?.entering.name == "Baie-Mahault")
        #expect(h?.fromZone == .police && h?.toZone == .gendarmerie)
        #expect(h?.fromUnits == ["motards"] && h?.toUnits == ["edsr"])
        #expect(a.findings.filter { $0.code.rawValue.hasPrefix("escort") }.isEmpty)
    }

    @Test func aVenueTakesTheZoneOfItsCommuneUnlessItNamesItsOwn() {
        var plan = F.plan(programme: [])
        #expect(plan.securityZone(ofVenue: "port") == .gendarmerie)
        plan.venues["port"]?.securityZone = .police
        #expect(plan.securityZone(ofVenue: "port") == .police)
    }

    @Test func aPlaceOfUnknownZoneJoinsTheStretchBeforeIt() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "prefecture", line: 30, at: F.at(9, 0)),
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, route: ["97999", "97103"])),
            ], units: [F.unit("motards", .police, line: 60), F.unit("edsr", .gendarmerie, line: 65)])
        let leg = a.escort.leg(to: "visite-port")
        #expect(leg?.stretches.map { $0.places.map(\.id) } == [["prefecture", "97999"], ["97103", "port"]])
        #expect(leg?.handOvers.first?.leaving.id == "97999")
    }

    @Test func theUnitAlreadyOnTheMotorcadeIsKeptRatherThanTheLeastUsed() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 30),
                F.item("depart", .departure, venue: "aeroport", line: 50, duration: 10),
            ], units: [F.unit("motards-a", .police, line: 60), F.unit("motards-b", .police, line: 65)])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-a"])
        #expect(a.escort.leg(to: "depart")?.units == ["motards-a"])
    }

    @Test func withoutAUnitOnTheMotorcadeTheLeastUsedIsChosen() {
        // police leg (motards-a), gendarmerie-only leg (edsr), then a police leg: edsr is on the motorcade but
        // cannot work in a police zone; motards-b has escorted nothing yet.
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 30),
                F.item("visite-port", .visit, venue: "port", line: 50, duration: 30),
                F.item("visite-bt", .visit, venue: "basse-terre", line: 55, duration: 30),
                F.item(
                    "retour", .departure, venue: "basse-terre", line: 58, at: F.at(12, 30), duration: 10),
                F.item("depart", .departure, venue: "aeroport", line: 59, duration: 10),
            ],
            units: [
                F.unit("motards-a", .police, line: 60), F.unit("motards-b", .police, line: 65),
                F.unit("edsr", .gendarmerie, line: 70),
            ])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-a"])
        #expect(a.escort.leg(to: "visite-port")?.units == ["motards-a", "edsr"])
        #expect(a.escort.leg(to: "visite-bt")?.units == ["edsr"])
        // basse-terre (gendarmerie) → aeroport (police): edsr kept, motards-b (0 legs) before motards-a (2 legs).
        #expect(a.escort.leg(to: "depart")?.units == ["edsr", "motards-b"])
    }

    @Test func aUnitOutsideItsAvailableHoursIsNotUsedAndTheReasonIsKept() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, before: F.transfer(line: 35)),
            ],
            units: [
                F.unit("motards-a", .police, line: 60, available: "14:00-20:00"),
                F.unit("motards-b", .police, line: 65, available: "06:00-20:00", lead: 30),
            ])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-b"])
        let onlyLate = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, before: F.transfer(line: 35)),
            ], units: [F.unit("motards-a", .police, line: 60, available: "14:00-20:00")])
        let leg = onlyLate.escort.leg(to: "reunion")
        #expect(leg?.units == [])
        #expect(leg?.rejections.map(\.unit) == ["motards-a"])
        #expect(leg?.rejections.first?.reason.en.contains("available 14:00-20:00") == true)
        #expect(leg?.rejections.first?.reason.fr.contains("disponible seulement sur 14:00-20:00") == true)
    }

    @Test func theLeadMustFitInsideTheAvailableHours() {
        // The leg starts at 09:20; with 30 minutes of lead the unit is needed from 08:50, before 09:00.
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40),
            ], units: [F.unit("motards", .police, line: 60, available: "09:00-20:00", lead: 30)])
        #expect(a.escort.leg(to: "reunion")?.units == [])
        #expect(a.findings(.escortMissing).count == 1)
    }

    @Test func aUnitThatCannotRepositionInTimeIsLeftForAnother() {
        let programme = [
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item("visite-port", .visit, venue: "port", line: 40, duration: 20),
            F.item(
                "accueil-bt", .welcome, venue: "heliport", line: 50, duration: 20,
                before: F.transfer(line: 45, escort: .none, mode: .helicopter, duration: 15)),
            F.item("prefecture-bt", .meeting, venue: "basse-terre", line: 55, duration: 30),
        ]
        let a = F.analysis(
            programme,
            units: [
                F.unit("motards", .police, line: 60, lead: 30), F.unit("edsr-a", .gendarmerie, line: 65, lead: 30),
                F.unit("edsr-b", .gendarmerie, line: 70, lead: 30),
            ])
        #expect(a.escort.leg(to: "visite-port")?.units == ["motards", "edsr-a"])
        // edsr-a leaves the port at 09:35 and needs 50m to the heliport plus 30m of lead: 10:55 > 10:30.
        #expect(a.escort.leg(to: "prefecture-bt")?.units == ["edsr-b"])
        #expect(a.findings(.escortReposition).isEmpty)
    }

    @Test func aUnitWithinItsMaxDutyIsPreferredToOneThatWouldExceedIt() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 120),
                F.item("depart", .departure, venue: "aeroport", line: 50, duration: 10),
            ],
            units: [
                F.unit("motards-a", .police, line: 60, maxDuty: 60), F.unit("motards-b", .police, line: 65),
            ])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-a"])
        // Keeping motards-a (on the motorcade) would make 09:20-11:40: over its hour.
        #expect(a.escort.leg(to: "depart")?.units == ["motards-b"])
        #expect(a.findings(.escortDuty).isEmpty)
    }

    @Test func theDutySpanRunsFromTheFirstLeadToTheLastLegsEnd() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
                F.item("reunion", .meeting, venue: "prefecture", line: 40, duration: 60),
                F.item("depart", .departure, venue: "aeroport", line: 50, duration: 10),
            ], units: [F.unit("motards", .police, line: 60, lead: 30)])
        // Legs 09:20-09:30 and 10:30-10:40; in place at 08:50.
        #expect(a.escort.duties.count == 1)
        let d = a.escort.duties.first
        #expect(d?.unit == "motards")
        #expect(d?.start == F.instant(8, 50))
        #expect(d?.end == F.instant(10, 40))
        #expect(d?.minutes == 110)
        #expect(d?.legs == ["reunion", "depart"])
    }

    @Test func anExplicitListIsKeptAsWritten() {
        let a = F.analysis(
            [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
                F.item(
                    "reunion", .meeting, venue: "prefecture", line: 40,
                    before: F.transfer(line: 35, escort: .units(["motards-b"]))),
            ], units: [F.unit("motards-a", .police, line: 60), F.unit("motards-b", .police, line: 65)])
        #expect(a.escort.leg(to: "reunion")?.units == ["motards-b"])
    }

    @Test func aTransferWithoutARiderWhoNeedsAnEscortIsNotInThePlan() {
        let plan = F.plan(
            programme: [
                F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0)),
                F.item("reunion", .meeting, venue: "prefecture", line: 40),
            ], units: [F.unit("motards", .police, line: 60)], kind: .prefect)
        let a = Analysis(plan: plan)
        #expect(a.escort.legs.isEmpty)
        #expect(a.escort.duties.isEmpty)
    }
}
