import Testing

@testable import CortegeCore

/// The run across plans: which plans book people and venues, and the span agendas must cover. The two rules
/// (person-overlap, venue-overlap) have their suites under Rules/.
@Suite struct ConflictEngineTests {
    typealias F = ConflictFixtures

    @Test func cancelledVisitBooksNobody() {
        let a = F.plan(
            "visite-a", file: "a.yaml", status: .cancelled, people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 20, file: "a.yaml")])
        let b = F.plan(
            "visite-b", file: "b.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 20, file: "b.yaml")])
        #expect(ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: b)], agendas: []).isEmpty)
    }

    @Test func aPlanGivenTwiceIsCheckedOnce() {
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("prefet-971")],
            items: [F.item("reunion", at: "10:00", 60, people: ["prefet-971"], line: 20, file: "a.yaml")])
        #expect(ConflictEngine.check(analyses: [Analysis(plan: a), Analysis(plan: a)], agendas: []).isEmpty)
    }

    @Test func windowSpansTheItemsAndTransfers() {
        let a = F.plan(
            "visite-a", file: "a.yaml", people: [F.person("prefet-971")],
            items: [
                F.item("a", at: "09:00", 30, venue: "v1", people: ["prefet-971"], line: 10, file: "a.yaml"),
                F.item(
                    "b", at: "11:00", 30, venue: "v2", people: ["prefet-971"], line: 20, file: "a.yaml",
                    transfer: TransferSpec(durationMinutes: 20, location: SourceLocation(file: "a.yaml", line: 18))),
            ])
        let window = ConflictEngine.window(of: [Analysis(plan: a)])
        #expect(window?.start == F.at(9, 0))
        #expect(window?.end == F.at(11, 30))
        #expect(ConflictEngine.window(of: []) == nil)
    }
}

@Suite struct IntervalSweepTests {
    /// A small deterministic generator, so that the comparison is reproducible.
    struct Lcg {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func sweepReportsExactlyThePairsABruteForceFinds() {
        var random = Lcg(state: 42)
        var sweep = IntervalSweep()
        var all: [IntervalSweep.Interval] = []
        for ref in 0..<600 {
            let start = Int64(random.next(2000))
            let end = start + Int64(random.next(60))  // some empty intervals, which overlap nothing
            let interval = IntervalSweep.Interval(
                key: Int32(random.next(5)), start: start, end: end, ref: Int32(ref), background: random.next(4) != 0)
            all.append(interval)
            sweep.add(key: interval.key, start: start, end: end, ref: interval.ref, background: interval.background)
        }
        struct Pair: Hashable { var a: Int32; var b: Int32 }
        var expected: Set<Pair> = []
        for i in all.indices {
            for j in all.indices where j > i {
                let x = all[i]
                let y = all[j]
                guard x.key == y.key, !(x.background && y.background), x.start < x.end, y.start < y.end,
                    x.start < y.end, y.start < x.end
                else { continue }
                expected.insert(Pair(a: min(x.ref, y.ref), b: max(x.ref, y.ref)))
            }
        }
        var found: [Pair] = []
        sweep.overlaps { a, b in
            #expect(a.start <= b.start)
            found.append(Pair(a: min(a.ref, b.ref), b: max(a.ref, b.ref)))
        }
        #expect(found.count == Set(found).count)
        #expect(Set(found) == expected)
        #expect(!expected.isEmpty)
    }
}
