import Testing

@testable import CortegeCore

/// `venue-overlap`: one venue booked by two visits at once.
@Suite struct VenueOverlapTests {
    typealias F = ConflictFixtures

    @Test func venueBookedByTwoVisitsAtOnce() {
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("ministre")],
            items: [
                F.item(
                    "visite-port", at: "10:00", 60, venue: "port-jarry", people: ["ministre"], line: 20,
                    file: "a.yaml")
            ])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: [F.person("president-region")],
            items: [
                F.item(
                    "inauguration", at: "10:30", 60, venue: "port-jarry", people: ["president-region"],
                    line: 30, file: "b.yaml")
            ])
        let findings = ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: b)], agendas: [])
        #expect(findings.count == 1)
        let d = findings[0]
        #expect(d.code == .venueOverlap)
        #expect(d.severity == .error)
        #expect(d.subjects == ["port-jarry", "inauguration", "visite-port"])
        #expect(d.phrase.fr.contains("est retenu par deux visites à la fois"))
        #expect(d.location == SourceLocation(file: "b.yaml", line: 32, column: 12))
        #expect(d.start == F.at(10, 30))
        #expect(d.end == F.at(11, 0))
    }

    @Test func sharedVenueHostsTwoVisits() {
        let square = Venue(id: "place", shared: true, location: SourceLocation(file: "r.yaml", line: 3))
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("ministre")], venues: [square],
            items: [
                F.item(
                    "ceremonie", at: "10:00", 60, venue: "place", people: ["ministre"], line: 20,
                    file: "a.yaml")
            ])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: [F.person("maire")],
            items: [F.item("marche", at: "10:30", 60, venue: "place", people: ["maire"], line: 30, file: "b.yaml")])
        // Plan b does not declare the venue shared itself; plan a's `shared: true` is enough.
        #expect(ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: b)], agendas: []).isEmpty)
    }
}
