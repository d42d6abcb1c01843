import Testing

@testable import CortegeCore

/// `election-reserve`: a ministerial visit, or the préfet in public, during a reserve period.
@Suite struct ElectionReserveTests {
    typealias F = ConflictFixtures

    let municipales = ReservePeriod(
        label: "Élections municipales 2026", start: LocalDate(iso: "2026-02-23")!, end: LocalDate(iso: "2026-03-22")!,
        location: SourceLocation(file: "registry/971.yaml", line: 50, column: 5))

    @Test func ministerialVisitDuringAReservePeriod() {
        let plan = F.plan(
            "mi-971", file: "p.yaml", date: "2026-03-22", kind: .ministerial,
            people: [F.person("ministre", ["minister"])],
            items: [
                F.item(
                    "a", at: "09:00", 30, kind: .meeting, press: .closed, people: ["ministre"], line: 10,
                    file: "p.yaml")
            ],
            reserve: [municipales])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .electionReserve }
        #expect(findings.count == 1)
        #expect(findings.first?.severity == .warning)
        #expect(findings.first?.location == SourceLocation(file: "p.yaml", line: 8, column: 9))
        #expect(findings.first?.subjects == ["mi-971", "ministre"])
        #expect(findings.first?.notes.first?.location == municipales.location)
        #expect(
            findings.first?.phrase.fr.hasPrefix("la visite ministérielle mi-971 tombe dans la période de réserve")
                == true)
    }

    @Test func ministerialVisitTheDayAfterTheWindowIsFine() {
        let plan = F.plan(
            "mi-971", file: "p.yaml", date: "2026-03-23", kind: .ministerial,
            people: [F.person("ministre", ["minister"])],
            items: [F.item("a", at: "09:00", 30, people: ["ministre"], line: 10, file: "p.yaml")],
            reserve: [municipales])
        #expect(!Analysis(plan: plan).findings.contains { $0.code == .electionReserve })
    }

    @Test func prefectInPublicDuringAReservePeriod() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-03-01", kind: .prefect,
            people: [F.person("prefet-971", ["prefect"]), F.person("maire", ["mayor"])],
            items: [
                F.item("reunion", at: "09:00", 60, kind: .meeting, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item(
                    "ceremonie", at: "11:00", 60, kind: .ceremony, people: ["maire", "prefet-971"], line: 20,
                    file: "p.yaml"),
            ],
            reserve: [municipales])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .electionReserve }
        #expect(findings.count == 1)
        #expect(findings.first?.subjects == ["prefet-971", "ceremonie"])
        #expect(findings.first?.location == SourceLocation(file: "p.yaml", line: 20, column: 5))
    }

    /// The regional préfet (in Paris, the préfet de Paris) is a préfet too: he keeps out of public view as well.
    @Test func theRegionalPrefectInPublicIsThePrefectInPublic() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-03-01", kind: .prefect,
            people: [F.person("prefet-region", ["regional-prefect"]), F.person("maire", ["mayor"])],
            items: [
                F.item(
                    "ceremonie", at: "11:00", 60, kind: .ceremony, people: ["maire", "prefet-region"], line: 20,
                    file: "p.yaml")
            ],
            reserve: [municipales])
        let findings = Analysis(plan: plan).findings.filter { $0.code == .electionReserve }
        #expect(findings.first?.subjects == ["prefet-region", "ceremonie"])
    }

    @Test func prefectBehindClosedDoorsIsNotInPublic() {
        let plan = F.plan(
            "p-971", file: "p.yaml", date: "2026-03-01", kind: .prefect,
            people: [F.person("prefet-971", ["prefect"]), F.person("maire", ["mayor"])],
            items: [
                F.item("reunion", at: "09:00", 60, kind: .meeting, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item(
                    "visite", at: "11:00", 60, kind: .visit, press: .closed, people: ["prefet-971"], line: 20,
                    file: "p.yaml"),
                F.item("ceremonie", at: "14:00", 60, kind: .ceremony, people: ["maire"], line: 30, file: "p.yaml"),
            ],
            reserve: [municipales])
        #expect(!Analysis(plan: plan).findings.contains { $0.code == .electionReserve })
    }
}
