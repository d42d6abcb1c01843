import Testing

@testable import CortegeCore

/// `person-overlap`: one person booked twice, by the plans or by their agenda.
@Suite struct PersonOverlapTests {
    typealias F = ConflictFixtures

    @Test func twoPlansSharingAPersonClash() {
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("prefet-971", ["prefect"])],
            items: [F.item("reunion", at: "10:00", 45, people: ["prefet-971"], line: 20, file: "a.yaml")])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: [F.person("prefet-971", ["prefect"]), F.person("maire")],
            items: [
                F.item(
                    "ceremonie", at: "10:30", 60, venue: "monument", people: ["maire", "prefet-971"], line: 30,
                    file: "b.yaml")
            ])
        let findings = ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: b)], agendas: [])
        #expect(findings.count == 1)
        let d = findings[0]
        #expect(d.code == .personOverlap)
        #expect(d.severity == .error)
        #expect(d.subjects == ["prefet-971", "ceremonie", "reunion"])
        #expect(d.location == SourceLocation(file: "b.yaml", line: 30, column: 5))
        #expect(d.start == F.at(10, 30))
        #expect(d.end == F.at(10, 45))
        #expect(d.message.contains("10:30-10:45"))
        #expect(d.notes.first?.location == SourceLocation(file: "a.yaml", line: 20, column: 5))
        #expect(d.help == "move \"ceremonie\" after 10:45 or send a representative")
    }

    @Test func backToBackItemsAreNoConflict() {
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 45, people: ["prefet-971"], line: 20, file: "a.yaml")])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: [F.person("prefet-971")],
            items: [
                F.item(
                    "ceremonie", at: "10:45", 30, venue: "monument", people: ["prefet-971"], line: 30,
                    file: "b.yaml")
            ])
        let entries = [F.entry("prefet-971", "2026-12-04T11:15", "2026-12-04T12:00", "Déjeuner", line: 12)]
        #expect(ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: b)], agendas: entries).isEmpty)
    }

    @Test func itemAgainstAgendaEntryPointsAtTheAgendaLine() {
        let plan = F.plan(
            "mi-971", file: "samples/971.yaml", people: [F.person("prefet-971")],
            items: [
                F.item("reunion-securite", at: "10:05", 45, people: ["prefet-971"], line: 42, file: "samples/971.yaml")
            ])
        let entries = [
            F.entry("prefet-971", "2026-12-04T10:00", "2026-12-04T11:00", "Comité de direction", line: 118)
        ]
        let findings = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries)
        #expect(findings.count == 1)
        let d = findings[0]
        #expect(d.code == .personOverlap)
        #expect(d.location == SourceLocation(file: "samples/971.yaml", line: 42, column: 5))
        #expect(d.subjects == ["prefet-971", "reunion-securite"])
        #expect(d.message.hasPrefix("prefet-971 is booked twice, 10:05-10:50"))
        #expect(
            d.notes == [
                DiagnosticNote(
                    Phrase(fr: "« Comité de direction » 10h00-11h00", en: "\"Comité de direction\" 10:00-11:00"),
                    at: SourceLocation(file: "calendars/prefet-971.ics", line: 118, column: 1))
            ])
        #expect(d.help == "move \"reunion-securite\" after 11:00 or send a representative")
        #expect(d.start == F.at(10, 5))
        #expect(d.end == F.at(10, 50))
    }

    @Test func agendaEntryStartingDuringTheItemSuggestsEndingEarlier() {
        let plan = F.plan(
            "mi-971", file: "p.yaml", people: [F.person("prefet-971")],
            items: [F.item("visite", at: "09:00", 90, people: ["prefet-971"], line: 10, file: "p.yaml")])
        let entries = [F.entry("prefet-971", "2026-12-04T10:00", "2026-12-04T11:00", "Audience", line: 7)]
        let d = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries)
        #expect(d.map(\.help) == ["end \"visite\" by 10:00, move it after 11:00, or send a representative"])
    }

    @Test func riderOfATransferIsBusyDuringIt() {
        // 09:00-09:30 at the airport, a 30-minute drive the préfet rides, then a visit without him at 10:00.
        let drive = TransferSpec(
            mode: .car, durationMinutes: 30, riders: ["ministre", "prefet-971"],
            location: SourceLocation(file: "p.yaml", line: 15, column: 7))
        let plan = F.plan(
            "mi-971", file: "p.yaml", kind: .ministerial, people: [F.person("ministre"), F.person("prefet-971")],
            items: [
                F.item(
                    "arrivee", at: "09:00", 30, venue: "aeroport", people: ["ministre", "prefet-971"], line: 10,
                    file: "p.yaml"),
                F.item(
                    "visite-port", at: "10:00", 45, venue: "port", people: ["ministre"], line: 20, file: "p.yaml",
                    transfer: drive),
            ])
        let entries = [
            F.entry("prefet-971", "2026-12-04T09:45", "2026-12-04T10:30", "Point presse hebdomadaire", line: 31)
        ]
        let findings = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries)
        #expect(findings.count == 1)
        let d = findings[0]
        #expect(d.code == .personOverlap)
        #expect(d.location == SourceLocation(file: "p.yaml", line: 15, column: 7))
        #expect(d.subjects == ["prefet-971", "visite-port"])
        #expect(d.start == F.at(9, 45))
        #expect(d.end == F.at(10, 0))
        #expect(d.message.contains("transfer from aeroport to port"))
    }

    @Test func anItemAndItsOwnTransferAreNotReportedTogether() {
        // The drive needs 30 minutes but the next item is fixed 10 minutes after the first ends:
        // itinerary-infeasible says so; person-overlap does not repeat it.
        let drive = TransferSpec(
            mode: .car, durationMinutes: 30, riders: ["prefet-971"],
            location: SourceLocation(file: "p.yaml", line: 15, column: 7))
        let plan = F.plan(
            "p-971", file: "p.yaml", people: [F.person("prefet-971")],
            items: [
                F.item("a", at: "09:00", 30, venue: "v1", people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item(
                    "b", at: "09:40", 30, venue: "v2", people: ["prefet-971"], line: 20, file: "p.yaml",
                    transfer: drive),
            ])
        let analysis = Analysis(plan: plan)
        #expect(analysis.findings.contains { $0.code == .itineraryInfeasible })
        #expect(ConflictEngine.check(analyses: [analysis], agendas: []).isEmpty)
    }

    @Test func clashWithTheMovedOccurrenceOfAWeeklyMeeting() {
        // "Commission permanente" every Monday 14:00-16:00; on Monday 7 December 2026 it is moved to 10:00-11:00
        // (a RECURRENCE-ID override at line 40 of the agenda). The visit's 10:30 item clashes with the moved
        // occurrence; its 14:30 item, at the series' usual time, does not.
        let plan = F.plan(
            "cd-971", file: "p.yaml", date: "2026-12-07", people: [F.person("president-cd-971")],
            items: [
                F.item(
                    "inauguration", at: "10:30", 30, venue: "college", people: ["president-cd-971"], line: 10,
                    file: "p.yaml"),
                F.item(
                    "visite-chantier", at: "14:30", 60, venue: "chantier", people: ["president-cd-971"],
                    line: 20, file: "p.yaml",
                    transfer: TransferSpec(durationMinutes: 20, location: SourceLocation(file: "p.yaml", line: 18))),
            ])
        let entries = [
            F.entry("president-cd-971", "2026-11-30T14:00", "2026-11-30T16:00", "Commission permanente", line: 20),
            F.entry("president-cd-971", "2026-12-07T10:00", "2026-12-07T11:00", "Commission permanente", line: 40),
            F.entry("president-cd-971", "2026-12-14T14:00", "2026-12-14T16:00", "Commission permanente", line: 20),
        ]
        let findings = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries)
        #expect(findings.count == 1)
        #expect(findings.first?.subjects == ["president-cd-971", "inauguration"])
        #expect(findings.first?.notes.first?.location?.line == 40)
        // 2026-12-07 10:30 in Guadeloupe is 14:30Z = 2026-12-04T00:00Z + 3 days + 14.5 h.
        #expect(findings.first?.start == Instant(seconds: F.midnightUTC + 3 * 86400 + 14 * 3600 + 1800))
    }

    @Test func freeTimeAllDayNotesAndOtherPeopleAreIgnored() {
        let plan = F.plan(
            "p-971", file: "p.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 10, file: "p.yaml")])
        let entries = [
            F.entry(
                "prefet-971", "2026-12-04T00:00", "2026-12-05T00:00", "Fête patronale", line: 5, allDay: true,
                busy: false),
            F.entry("prefet-971", "2026-12-04T10:00", "2026-12-04T11:00", "Disponible", line: 9, busy: false),
            F.entry("sous-prefet", "2026-12-04T10:00", "2026-12-04T11:00", "Réunion", line: 3),
        ]
        #expect(ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries).isEmpty)
    }

    @Test func anOpaqueAllDayEntryIsBusy() {
        let plan = F.plan(
            "p-971", file: "p.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 10, file: "p.yaml")])
        let entries = [
            F.entry(
                "prefet-971", "2026-12-04T00:00", "2026-12-05T00:00", "Congrès des maires", line: 5,
                allDay: true, busy: true)
        ]
        let findings = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: entries)
        #expect(findings.map(\.code) == [.personOverlap])
        #expect(findings.first?.notes.first?.message == "\"Congrès des maires\" all day 2026-12-04")
    }

    @Test func twoItemsOfOnePlanBookingOnePersonAreReported() {
        let plan = F.plan(
            "p-971", file: "p.yaml", people: [F.person("prefet-971"), F.person("maire")],
            items: [
                F.item("a", at: "10:00", 60, people: ["prefet-971"], line: 10, file: "p.yaml"),
                F.item("b", at: "10:30", 30, people: ["maire"], line: 20, file: "p.yaml"),
                F.item("c", at: "2026-12-04T10:15", 15, people: ["prefet-971"], line: 30, file: "p.yaml"),
            ])
        let findings = ConflictEngine.check(analyses: [Analysis(plan: plan)], agendas: [])
        #expect(findings.map(\.code) == [.personOverlap])
        #expect(findings.first?.subjects == ["prefet-971", "c", "a"])
        #expect(findings.first?.message.contains(" of ") == false)
    }
}
