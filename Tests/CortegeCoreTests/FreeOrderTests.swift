import CortegeTestSupport
import Foundation
import Testing

@testable import CortegeCore

// MARK: - Helpers of this file

/// The seeded generator of AudiencePropertyTests, so that every random instance can be replayed.
private typealias FreeOrderRandom = SeededGenerator

/// Every permutation of 0..<n, written plainly (Heap's algorithm would do too).
private func allOrders(_ n: Int) -> [[Int]] {
    if n == 0 { return [[]] }
    var result: [[Int]] = []
    for p in allOrders(n - 1) {
        for position in 0...p.count {
            var q = p
            q.insert(n - 1, at: position)
            result.append(q)
        }
    }
    return result
}

/// The brute force's own reading of a problem: start = max(arrival, every not-before), and it must not pass any
/// not-after; the end (arrival at the next item, else end of the last stop) must not pass a `.next` not-after.
/// Every permutation is timed to its end, without pruning.
private func bruteForce(_ p: FreeOrderProblem) -> (end: Int, travel: Int)? {
    let n = p.durations.count
    var earliest = Array(repeating: Int.min, count: n)
    var latest = Array(repeating: Int.max, count: n)
    var deadline = Int.max
    for w in p.windows {
        switch w.target {
        case .stop(let s):
            if let nb = w.notBefore { earliest[s] = max(earliest[s], nb) }
            if let na = w.notAfter { latest[s] = min(latest[s], na) }
        case .next:
            if let na = w.notAfter { deadline = min(deadline, na) }
        }
    }
    var best: (end: Int, travel: Int)?
    var used = Array(repeating: false, count: n)
    func extend(_ depth: Int, _ last: Int?, _ time: Int, _ travel: Int, _ ok: Bool) {
        if depth == n {
            let leg = last.flatMap { l in p.toNext.map { $0[l] } } ?? 0
            let end = time + leg
            guard ok, end <= deadline else { return }
            if best.map({ end < $0.end || (end == $0.end && travel + leg < $0.travel) }) ?? true {
                best = (end, travel + leg)
            }
            return
        }
        for stop in 0..<n where !used[stop] {
            let leg = last.map { p.travel[$0][stop] } ?? p.fromOrigin[stop]
            let start = max(time + leg, earliest[stop])
            used[stop] = true
            extend(depth + 1, stop, start + p.durations[stop], travel + leg, ok && start <= latest[stop])
            used[stop] = false
        }
    }
    extend(0, nil, p.departure, 0, true)
    return best
}

private func randomProblem(_ n: Int, _ rng: inout FreeOrderRandom) -> FreeOrderProblem {
    // Stops on a 60 × 60 km square, travel at 50 km/h rounded up to 5 minutes; windows of varying tightness.
    let points = (0...n).map { _ in (Double.random(in: 0...60, using: &rng), Double.random(in: 0...60, using: &rng)) }
    func minutes(_ a: Int, _ b: Int) -> Int {
        let km =
            ((points[a].0 - points[b].0) * (points[a].0 - points[b].0)
            + (points[a].1 - points[b].1) * (points[a].1 - points[b].1)).squareRoot() * 1.3
        return Int((km / 50 * 60 / 5).rounded(.up)) * 5
    }
    let durations = (0..<n).map { _ in [15, 20, 30, 45, 60, 90].randomElement(using: &rng) ?? 30 }
    let tightness = Double.random(in: 0.1...0.9, using: &rng)
    var windows: [FreeOrderWindow] = []
    let horizon = durations.reduce(0, +) + 40 * n
    for stop in 0..<n {
        if Double.random(in: 0...1, using: &rng) < tightness {
            let open = Int.random(in: 0...horizon, using: &rng)
            windows.append(FreeOrderWindow(.stop(stop), notBefore: open))
        }
        if Double.random(in: 0...1, using: &rng) < tightness {
            let close = Int.random(in: 0...horizon, using: &rng)
            windows.append(FreeOrderWindow(.stop(stop), notAfter: close))
        }
        if Double.random(in: 0...1, using: &rng) < tightness / 4 {
            let fixed = Int.random(in: 0...horizon, using: &rng)
            windows.append(FreeOrderWindow(.stop(stop), notBefore: fixed, notAfter: fixed))
        }
    }
    let hasNext = Bool.random(using: &rng)
    if hasNext, Bool.random(using: &rng) {
        windows.append(FreeOrderWindow(.next, notAfter: Int.random(in: horizon / 2...horizon * 2, using: &rng)))
    }
    return FreeOrderProblem(
        departure: 0, durations: durations, fromOrigin: (1...max(1, n)).prefix(n).map { minutes(0, $0) },
        travel: (1...max(1, n)).prefix(n).map { a in (1...max(1, n)).prefix(n).map { b in a == b ? 0 : minutes(a, b) }
        },
        toNext: hasNext ? (1...max(1, n)).prefix(n).map { minutes($0, 0) } : nil, windows: windows)
}

// MARK: - The exact order against brute force

@Test func exactOrderMatchesBruteForceOnRandomInstances() {
    var rng = FreeOrderRandom(seed: 20_261_210)
    var feasibleCount = 0
    let instances = 600
    for index in 0..<instances {
        let n = 1 + index % 8
        let problem = randomProblem(n, &rng)
        let expected = bruteForce(problem)
        let solution = problem.solve()
        #expect((solution == nil) == (expected == nil), "instance \(index) (n = \(n)): feasibility differs")
        guard let solution, let expected else { continue }
        feasibleCount += 1
        #expect(solution.end == expected.end, "instance \(index) (n = \(n)): end \(solution.end) vs \(expected.end)")
        #expect(solution.travel == expected.travel, "instance \(index) (n = \(n)): travel differs")
        #expect(solution.order.sorted() == Array(0..<n), "instance \(index): not a permutation")
        #expect(solution.feasible)
    }
    // The generator must exercise both outcomes.
    #expect(feasibleCount > instances / 5)
    #expect(feasibleCount < instances * 9 / 10)
}

@Test func infeasibleInstancesAreExplainedBySetsThatAreReallyInfeasible() {
    var rng = FreeOrderRandom(seed: 7)
    var explained = 0
    for index in 0..<200 {
        let n = 2 + index % 6
        let problem = randomProblem(n, &rng)
        guard bruteForce(problem) == nil, let conflict = problem.explain() else { continue }
        explained += 1
        var kept = problem
        kept.windows = conflict.windows.map { problem.windows[$0] }
        #expect(bruteForce(kept) == nil, "instance \(index): the windows named do not conflict")
        #expect(!conflict.windows.isEmpty)
        // Irreducible: without any one of them an order exists.
        for dropped in conflict.windows.indices {
            var fewer = kept
            fewer.windows.remove(at: dropped)
            #expect(bruteForce(fewer) != nil, "instance \(index): window \(dropped) is not needed")
        }
        if conflict.smallest {
            // No smaller set conflicts: every set of one fewer window, among all windows, has an order.
            let size = conflict.windows.count - 1
            if size >= 1, problem.windows.count <= 10 {
                for subset in subsetsOfSize(problem.windows.count, size) {
                    var sub = problem
                    sub.windows = subset.map { problem.windows[$0] }
                    #expect(bruteForce(sub) != nil, "instance \(index): a smaller conflict exists")
                }
            }
        }
    }
    #expect(explained > 10)
}

private func subsetsOfSize(_ n: Int, _ k: Int) -> [[Int]] {
    if k == 0 { return [[]] }
    if n < k { return [] }
    return subsetsOfSize(n - 1, k) + subsetsOfSize(n - 1, k - 1).map { $0 + [n - 1] }
}

// MARK: - Plans

/// The free-order tests' plans: a préfet's tour with one free group.
extension PlanBuilder {
    /// `free.yaml`, column 5: the visit on line 1 (`order` on line 2), the préfet on line 5, venues from line 10
    /// (`hours` on their own line), items from line 100 (ten lines each) with `at` one line below, `not-before` two
    /// and `not-after` three.
    fileprivate static let freeOrderLayout = Layout(
        file: "free.yaml", column: 5, peopleLine: 5, venueLine: 10, itemLine: 100,
        visitKeys: ["order": .init(below: 1)], venueKeys: ["hours": .init(below: 0)],
        itemKeys: ["at": .init(below: 1), "not-before": .init(below: 2), "not-after": .init(below: 3)])

    /// The préfet's tour in Puy-de-Dôme on 10 December 2026, in Paris time.
    fileprivate static func tour() -> PlanBuilder {
        var plan = PlanBuilder(
            layout: freeOrderLayout, title: "Tournée", date: LocalDate(year: 2026, month: 12, day: 10),
            zone: Zone("Europe/Paris") ?? .utc)
        plan.person("prefet", "prefect")
        return plan
    }

    /// A stop of the tour: a venue named "Lieu <id>" at a point.
    fileprivate mutating func stop(_ id: String, _ latitude: Double, _ longitude: Double, hours: String? = nil) {
        venue(id, latitude, longitude, name: "Lieu \(id)", hours: hours)
    }

    /// A visit of the préfet, in the free group `group` when given.
    fileprivate mutating func item(
        _ id: String, _ venue: String, _ duration: Int, at: String? = nil, notBefore: String? = nil,
        notAfter: String? = nil, group: Int? = nil
    ) {
        item(
            id, venue: venue, duration: duration, at: at, notBefore: notBefore, notAfter: notAfter, group: group)
    }
}

private func clockTime(_ instant: Instant) -> String { (Zone("Europe/Paris") ?? .utc).local(instant).time.description }

/// What the itinerary builder says of one whole order: whether it breaks a window, when the group ends (arrival
/// at the item after it, else end of its last item) and the travel from the item before it to that end.
private func timeOrder(_ plan: Plan, _ order: [Item], groupRange: Range<Int>) -> (ok: Bool, end: Instant, travel: Int)?
{
    let itinerary = ItineraryBuilder(plan: plan, order: order).build()
    let broken = itinerary.findings.contains { $0.code == .windowViolated || $0.code == .itineraryInfeasible }
    guard let last = itinerary.items.freeOrderElement(groupRange.upperBound - 1) else { return nil }
    var travel = 0
    for index in groupRange { travel += itinerary.transfer(to: itinerary.items[index].id)?.minutes ?? 0 }
    var end = last.end
    if let next = itinerary.items.freeOrderElement(groupRange.upperBound) {
        let leg = itinerary.transfer(to: next.id)
        end = leg?.end ?? last.end
        travel += leg?.minutes ?? 0
    }
    return (!broken, end, travel)
}

extension Array {
    fileprivate func freeOrderElement(_ index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}

@Test func chosenOrderOfAPlanMatchesEveryOrderBuiltByTheItinerary() {
    var rng = FreeOrderRandom(seed: 63)
    var feasibleCount = 0
    var infeasibleCount = 0
    for index in 0..<120 {
        var f = PlanBuilder.tour()
        let n = 2 + index % 5
        // Venues within a 50 km square around Clermont-Ferrand.
        f.stop("origine", 45.78, 3.09)
        for k in 0..<n {
            let hours =
                Int.random(in: 0..<5, using: &rng) == 0
                ? "\(String(format: "%02d", Int.random(in: 8...11, using: &rng))):00-17:00" : nil
            f.stop(
                "lieu-\(k)", 45.58 + Double.random(in: 0...0.45, using: &rng),
                2.8 + Double.random(in: 0...0.65, using: &rng), hours: hours)
        }
        f.stop("retour", 45.78, 3.10)
        f.item("depart", "origine", 30, at: "08:00")
        func clock(_ m: Int) -> String { String(format: "%02d:%02d", m / 60, m % 60) }
        for k in 0..<n {
            let roll = Int.random(in: 0..<10, using: &rng)
            let time = 8 * 60 + 45 + Int.random(in: 0...(n * 60), using: &rng) / 5 * 5
            f.item(
                "etape-\(k)", "lieu-\(k)", [15, 30, 45, 60].randomElement(using: &rng) ?? 30,
                at: roll == 0 ? clock(time) : nil, notBefore: roll == 1 || roll == 2 ? clock(time) : nil,
                notAfter: roll == 3 || roll == 4 ? clock(time) : nil, group: 1)
        }
        let after = Int.random(in: 0..<3, using: &rng)
        if after == 1 {
            f.item(
                "retour-fixe", "retour", 30, at: clock(9 * 60 + n * 70 + Int.random(in: 0...60, using: &rng) / 5 * 5))
        } else if after == 2 {
            f.item(
                "retour-libre", "retour", 30,
                notAfter: clock(9 * 60 + n * 70 + Int.random(in: 0...60, using: &rng) / 5 * 5))
        }
        let plan = f.plan
        let range = 1..<(1 + n)

        var best: (end: Instant, travel: Int)?
        for permutation in allOrders(n) {
            let order = [plan.programme[0]] + permutation.map { plan.programme[1 + $0] } + plan.programme[(1 + n)...]
            guard let timed = timeOrder(plan, order, groupRange: range), timed.ok else { continue }
            if best.map({ (timed.end, timed.travel) < ($0.end, $0.travel) }) ?? true {
                best = (timed.end, timed.travel)
            }
        }

        let analysis = Analysis(plan: plan)
        guard let choice = analysis.freeOrder?.choices.first else {
            Issue.record("instance \(index): no choice made")
            continue
        }
        #expect(choice.feasible == (best != nil), "instance \(index): feasibility differs")
        if let best, choice.feasible {
            feasibleCount += 1
            #expect(
                clockTime(choice.end) == clockTime(best.end),
                "instance \(index): end \(clockTime(choice.end)) vs \(clockTime(best.end))")
            #expect(choice.travelMinutes == best.travel, "instance \(index): travel differs")
            // The itinerary really uses the order chosen.
            #expect(Array(analysis.itinerary.items[range].map(\.id)) == choice.chosen)
            let timed = timeOrder(plan, analysis.itinerary.items.map(\.item), groupRange: range)
            #expect(timed?.ok == true && timed?.end == best.end, "instance \(index): itinerary differs")
        } else {
            infeasibleCount += 1
            #expect(analysis.findings.contains { $0.code == .itineraryInfeasible && $0.message.hasPrefix("no order") })
        }
    }
    #expect(feasibleCount > 30)
    #expect(infeasibleCount > 5)
}

@Test func moreThanFifteenFreeItemsIsASchemaErrorStatingTheLimit() {
    var f = PlanBuilder.tour()
    f.stop("origine", 45.78, 3.09)
    f.item("depart", "origine", 30, at: "08:00")
    for k in 0..<16 {
        f.stop("lieu-\(k)", 45.6 + Double(k) * 0.01, 3.0)
        f.item("etape-\(k)", "lieu-\(k)", 10, group: 1)
    }
    let analysis = Analysis(plan: f.plan)
    let schema = analysis.findings.filter { $0.code == .planSchema }
    #expect(schema.count == 1)
    #expect(schema.first?.message.contains("at most 15 items") == true)
    #expect(schema.first?.message.contains("16") == true)
    #expect(schema.first?.location == PlanBuilder.freeOrderLayout.at(110))
    // The written order stays.
    #expect(analysis.itinerary.items.map(\.id) == f.plan.programme.map(\.id))
}

@Test func fifteenFreeItemsAreOrderedExactly() {
    var f = PlanBuilder.tour()
    f.stop("origine", 45.78, 3.09)
    f.item("depart", "origine", 30, at: "08:00")
    // Fifteen stops along a line, written in a zigzag: the best order sweeps them.
    let written = [0, 14, 1, 13, 2, 12, 3, 11, 4, 10, 5, 9, 6, 8, 7]
    for k in written {
        f.stop("lieu-\(k)", 45.78 + Double(k + 1) * 0.05, 3.09)
        f.item("etape-\(k)", "lieu-\(k)", 10, group: 1)
    }
    let analysis = Analysis(plan: f.plan)
    let choice = analysis.freeOrder?.choices.first
    #expect(choice?.chosen == (0..<15).map { "etape-\($0)" })
    #expect((choice?.minutesSaved ?? 0) > 0)
    #expect(!analysis.findings.contains { $0.severity == .error })
}

@Test func noOrderIsExplainedByTheWindowsThatLeaveNoRoomForAStop() {
    // The school receives until 11:30, lunch is fixed at 12:30, the factory opens after lunch at 14:00 and the
    // prefect is back at 18:00: together they leave no room for two hours in Thiers, an hour away.
    var f = PlanBuilder.tour()
    f.stop("prefecture", 45.7767, 3.0880)
    f.stop("ecole", 45.7790, 3.0850)
    f.stop("restaurant", 45.7750, 3.0900)
    f.stop("usine", 45.7800, 3.0950)
    f.stop("thiers", 45.8566, 3.5468)
    f.item("petit-dejeuner", "prefecture", 30, at: "07:30")
    f.item("visite-ecole", "ecole", 60, notAfter: "11:30", group: 1)
    f.item("visite-thiers", "thiers", 120, group: 1)
    f.item("dejeuner", "restaurant", 90, at: "12:30", group: 1)
    f.item("visite-usine", "usine", 120, notBefore: "14:00", group: 1)
    f.item("retour", "prefecture", 30, at: "18:00")
    let analysis = Analysis(plan: f.plan)
    #expect(analysis.freeOrder?.choices.first?.feasible == false)
    let explanations = analysis.findings.filter { $0.code == .itineraryInfeasible && $0.message.hasPrefix("no order") }
    #expect(explanations.count == 1)
    guard let finding = explanations.first else { return }
    #expect(finding.severity == .error)
    #expect(finding.message.contains("\"visite-ecole\" (Lieu ecole) must start by 11:30"))
    #expect(finding.message.contains("\"dejeuner\" (Lieu restaurant) is fixed at 12:30"))
    #expect(finding.message.contains("\"visite-usine\" (Lieu usine) cannot start before 14:00"))
    #expect(finding.message.contains("\"retour\" (Lieu prefecture), after the group, is fixed at 18:00"))
    #expect(finding.message.contains("leave no room for \"visite-thiers\" (Lieu thiers)"))
    // Without the return at 18:00, the best order would bring the prefect back at 20:05 (brute force below).
    #expect(finding.message.hasSuffix("the quickest order reaches \"retour\" at 20:05"))
    #expect(finding.location == PlanBuilder.freeOrderLayout.at(113))  // visite-ecole's not-after
    #expect(
        finding.notes.map(\.location) == [
            PlanBuilder.freeOrderLayout.at(113), PlanBuilder.freeOrderLayout.at(131),
            PlanBuilder.freeOrderLayout.at(142), PlanBuilder.freeOrderLayout.at(151),
        ])
    #expect(Set(finding.subjects) == ["visite-ecole", "dejeuner", "visite-usine", "retour", "visite-thiers"])
    // The itinerary follows the quickest order of the group, late for the return.
    let choice = analysis.freeOrder?.choices.first
    #expect(Array(analysis.itinerary.items[1..<5].map(\.id)) == choice?.chosen)
    #expect(choice.map { clockTime($0.end) } == "20:05")
    var quickest: Instant?
    for permutation in allOrders(4) {
        let order = [f.plan.programme[0]] + permutation.map { f.plan.programme[1 + $0] } + [f.plan.programme[5]]
        let itinerary = ItineraryBuilder(plan: f.plan, order: order).build()
        let ownWindows = itinerary.findings.contains {
            $0.code == .windowViolated || ($0.code == .itineraryInfeasible && !$0.subjects.contains("retour"))
        }
        guard !ownWindows, let leg = itinerary.transfer(to: "retour") else { continue }
        quickest = quickest.map { min($0, leg.end) } ?? leg.end
    }
    #expect(quickest.map(clockTime) == "20:05")
}

@Test func orderChosenEndsEarlierThanTheWrittenOneAndKeepsTheAnchorFirstForAFreeVisit() {
    var f = PlanBuilder.tour()
    f.visit.freeOrder = true
    f.stop("prefecture", 45.7767, 3.0880)
    f.stop("riom", 45.8937, 3.1131)
    f.stop("issoire", 45.5440, 3.2495)
    f.stop("thiers", 45.8566, 3.5468)
    // Written back and forth: Issoire, Riom, Thiers, with the departure at 09:00 written second.
    f.item("visite-issoire", "issoire", 60)
    f.item("depart", "prefecture", 15, at: "09:00")
    f.item("visite-riom", "riom", 60)
    f.item("visite-thiers", "thiers", 60)
    let analysis = Analysis(plan: f.plan)
    guard let choice = analysis.freeOrder?.choices.first else {
        Issue.record("no choice")
        return
    }
    #expect(choice.group == nil)
    #expect(analysis.itinerary.items.first?.id == "depart")
    #expect(choice.written == ["visite-issoire", "visite-riom", "visite-thiers"])
    // Riom then Thiers then Issoire, or the mirror: the brute force over the 6 orders decides the end.
    var bestEnd: Instant?
    for permutation in allOrders(3) {
        let stops = [0, 2, 3]
        let order = [f.plan.programme[1]] + permutation.map { f.plan.programme[stops[$0]] }
        guard let timed = timeOrder(f.plan, order, groupRange: 1..<4), timed.ok else { continue }
        bestEnd = bestEnd.map { min($0, timed.end) } ?? timed.end
    }
    #expect(choice.end == bestEnd)
    #expect(choice.minutesSaved > 0)
}
