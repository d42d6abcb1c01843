import Testing

@testable import CortegeCore

/// Dropping the agenda entries that cannot clash, file by file, before the sweep (docs/agendas.md): the findings
/// must be exactly those of the sweep over every entry.
@Suite struct AgendaRelevanceTests {
    typealias F = ConflictFixtures

    /// Two plans (one cancelled, one given twice) with items and a transfer, and agenda entries at random: before,
    /// after, touching, inside, around the blocks, lasting no time, not busy, of people no plan books.
    @Test func theFindingsAreTheSameWithAndWithoutTheEntriesThatCannotClash() {
        let people = ["prefet-971", "maire-pap", "depute-1", "senateur-1"]
        let a = F.plan(
            "visite-a", file: "a.yaml", people: people.map { F.person($0) },
            items: [
                F.item(
                    "accueil", at: "09:00", 30, venue: "v1", people: ["prefet-971", "maire-pap"], line: 10,
                    file: "a.yaml"),
                F.item(
                    "visite", at: "10:00", 60, venue: "v2", people: ["prefet-971", "depute-1"], line: 20,
                    file: "a.yaml",
                    transfer: TransferSpec(durationMinutes: 20, location: SourceLocation(file: "a.yaml", line: 18))),
                F.item("point", at: "12:00", 0, venue: "v2", people: ["depute-1"], line: 30, file: "a.yaml"),
            ])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: people.map { F.person($0) },
            items: [F.item("reunion", at: "10:30", 90, people: ["maire-pap", "senateur-1"], line: 20, file: "b.yaml")])
        let cancelled = F.plan(
            "visite-c", file: "c.yaml", status: .cancelled, people: people.map { F.person($0) },
            items: [F.item("reunion", at: "15:00", 60, people: ["senateur-1"], line: 20, file: "c.yaml")])
        let analyses = [Analysis(plan: a), Analysis(plan: b), Analysis(plan: a), Analysis(plan: cancelled)]
        let relevance = AgendaRelevance(analyses: analyses)
        var random = SeededGenerator(seed: 15)
        var comparedClashes = 0
        for round in 0..<300 {
            var entries: [AgendaEntry] = []
            for person in people + ["inconnu"] {
                // Each file's entries come together, as the reader gives them.
                for n in 0..<Int.random(in: 0...12, using: &random) {
                    // Minutes from 08:00 to 17:00 local, on five-minute steps so that ends touch starts.
                    let start = F.at(8, 0).adding(seconds: Int64(Int.random(in: 0...108, using: &random) * 300))
                    let length = Int64([0, 0, 300, 1800, 3600, 7200].randomElement(using: &random)!)
                    entries.append(
                        AgendaEntry(
                            person: person, start: start, end: start.adding(seconds: length), summary: "e\(round)-\(n)",
                            allDay: false, busy: Int.random(in: 0..<5, using: &random) > 0,
                            location: SourceLocation(file: "calendars/\(person).ics", line: n + 1, column: 1)))
                }
            }
            let all = ConflictEngine.check(analyses: analyses, agendas: entries)
            let kept = relevance.relevant(entries)
            #expect(ConflictEngine.check(analyses: analyses, agendas: kept) == all, "round \(round)")
            #expect(kept.allSatisfy { $0.busy })
            comparedClashes += all.filter { $0.notes.contains { $0.location?.file.hasSuffix(".ics") == true } }.count
        }
        // The rounds did meet the blocks: the comparison is not between two empty lists.
        #expect(comparedClashes > 300)
    }

    @Test func anEntryMeetsABlockOnlyWhenTheyOverlap() {
        let plan = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 20, file: "a.yaml")])
        let relevance = AgendaRelevance(analyses: [Analysis(plan: plan)])
        func kept(_ start: String, _ end: String, busy: Bool = true, person: String = "prefet-971") -> Bool {
            !relevance.relevant([
                F.entry(person, "2026-12-04T\(start)", "2026-12-04T\(end)", "x", line: 1, busy: busy)
            ]).isEmpty
        }
        #expect(kept("09:30", "10:01"))
        #expect(kept("10:59", "11:30"))
        #expect(kept("10:15", "10:15"))  // an instant inside
        #expect(!kept("09:00", "10:00"))  // ends as the item starts
        #expect(!kept("11:00", "12:00"))  // starts as the item ends
        #expect(!kept("10:15", "10:45", busy: false))
        #expect(!kept("10:15", "10:45", person: "maire-pap"))
    }
}
