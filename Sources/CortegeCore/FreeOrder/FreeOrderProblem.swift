/// The ordering problem behind `order: free` (docs/plan-format.md §11.3), in plain minutes.
///
/// A motorcade leaves an origin at `departure`, must visit every stop once (each takes its duration), and may
/// then have to reach the item that follows the stops. Windows bound when a stop may start (or when the next
/// item may be reached); waiting before a stop is allowed. The best order reaches the end earliest — the next
/// item when there is one, else the end of the last stop — and, among those, travels least.

/// Bounds on the start of one stop, or on the arrival at the item after the stops.
public struct FreeOrderWindow: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case stop(Int)
        /// The item that follows the stops (the end).
        case next
    }

    public var target: Target
    /// Earliest start, in minutes.
    public var notBefore: Int?
    /// Latest start (latest arrival for `.next`), in minutes.
    public var notAfter: Int?

    public init(_ target: Target, notBefore: Int? = nil, notAfter: Int? = nil) {
        self.target = target
        self.notBefore = notBefore
        self.notAfter = notAfter
    }
}

/// One order of the stops, timed.
public struct FreeOrderSolution: Hashable, Sendable {
    /// Stop indices, in visiting order.
    public var order: [Int]
    /// Start of each stop, by position in `order`.
    public var starts: [Int]
    /// Arrival at the next item, or the end of the last stop when nothing follows.
    public var end: Int
    /// Total travel, from the origin to the end.
    public var travel: Int
    /// Whether every window is met.
    public var feasible: Bool
}

/// The smallest set of windows found that no order can meet together.
public struct FreeOrderConflict: Hashable, Sendable {
    /// Indices into the problem's `windows`.
    public var windows: [Int]
    /// True when no smaller set exists (the search ran to the end); false when only irreducible.
    public var smallest: Bool
    /// Stops without a window of the set whose removal would let an order meet it: the stops with no room left.
    public var crowded: [Int]
}

public struct FreeOrderProblem: Hashable, Sendable {
    /// Above this many stops, `order: free` is refused (the exact search doubles with every stop).
    public static let maxStops = 15

    public var departure: Int
    public var durations: [Int]
    /// Travel from the origin to each stop.
    public var fromOrigin: [Int]
    /// Travel between stops, `travel[from][to]`.
    public var travel: [[Int]]
    /// Travel from each stop to the next item; nil when nothing follows the stops.
    public var toNext: [Int]?
    public var windows: [FreeOrderWindow]

    public init(
        departure: Int, durations: [Int], fromOrigin: [Int], travel: [[Int]], toNext: [Int]? = nil,
        windows: [FreeOrderWindow] = []
    ) {
        self.departure = departure
        self.durations = durations
        self.fromOrigin = fromOrigin
        self.travel = travel
        self.toNext = toNext
        self.windows = windows
    }

    public var count: Int { durations.count }

    /// Effective bounds of every stop and of the end, from a subset of the windows (bit i: window i; windows past
    /// the 64th are always active).
    struct Bounds {
        var lo: [Int]
        var hi: [Int]
        var deadline: Int

        static let unbounded = Int(Int32.max / 2)
    }

    func bounds(active: UInt64) -> Bounds {
        var b = Bounds(
            lo: Array(repeating: -Bounds.unbounded, count: count), hi: Array(repeating: Bounds.unbounded, count: count),
            deadline: Bounds.unbounded)
        for (index, w) in windows.enumerated() where index >= 64 || active & (1 << UInt64(index)) != 0 {
            switch w.target {
            case .stop(let s):
                guard s >= 0, s < count else { continue }
                if let nb = w.notBefore { b.lo[s] = max(b.lo[s], nb) }
                if let na = w.notAfter { b.hi[s] = min(b.hi[s], na) }
            case .next:
                if let na = w.notAfter { b.deadline = min(b.deadline, na) }
            }
        }
        return b
    }

    var allWindows: UInt64 { windows.count >= 64 ? UInt64.max : (UInt64(1) << UInt64(windows.count)) - 1 }

    func leave(_ stop: Int) -> Int { toNext?[stop] ?? 0 }

    /// Times an order of the stops: each starts on arrival or when its window opens, whichever is later.
    public func evaluate(_ order: [Int]) -> FreeOrderSolution {
        let b = bounds(active: allWindows)
        var starts: [Int] = []
        var time = departure
        var travelled = 0
        var feasible = true
        var previous: Int?
        for stop in order {
            let leg = previous.map { travel[$0][stop] } ?? fromOrigin[stop]
            travelled += leg
            let start = max(time + leg, b.lo[stop])
            if start > b.hi[stop] { feasible = false }
            starts.append(start)
            time = start + durations[stop]
            previous = stop
        }
        if let last = previous {
            travelled += leave(last)
            time += leave(last)
        }
        if time > b.deadline { feasible = false }
        return FreeOrderSolution(order: order, starts: starts, end: time, travel: travelled, feasible: feasible)
    }

    /// Shortest travel between stops through other stops (a lower bound on any arrival), and from each stop
    /// to the next item.
    func shortestPaths() -> (stops: [[Int]], toEnd: [Int]) {
        let n = count
        var d = travel
        for i in 0..<n { d[i][i] = 0 }
        for k in 0..<n {
            for i in 0..<n {
                for j in 0..<n where d[i][k] + d[k][j] < d[i][j] { d[i][j] = d[i][k] + d[k][j] }
            }
        }
        var toEnd = Array(repeating: 0, count: n)
        if toNext != nil {
            for i in 0..<n { toEnd[i] = (0..<n).map { d[i][$0] + leave($0) }.min() ?? 0 }
        }
        return (d, toEnd)
    }

    // MARK: - Exact order

    /// The order that reaches the end earliest, ties broken by least travel, meeting every window; nil when no
    /// order does (or the problem has more than `maxStops` stops).
    ///
    /// Dynamic programming over subsets: a state is the set of stops visited and the last one; its labels are
    /// the Pareto-best (finish, travel) pairs reaching it. Earliest finish alone decides feasibility (waiting is
    /// allowed, so arriving earlier never hurts); travel is kept alongside to break ties exactly. Labels that can
    /// no longer reach an unvisited stop or the end in time are dropped. Time O(2ⁿ·n²·L) for L labels per state.
    public func solve() -> FreeOrderSolution? {
        let n = count
        guard n <= Self.maxStops else { return nil }
        guard n > 0 else {
            let s = evaluate([])
            return s.feasible ? s : nil
        }
        let b = bounds(active: allWindows)
        let (sp, spEnd) = shortestPaths()
        let full = (1 << n) - 1
        let stateCount = (1 << n) * n
        var offsets = [Int32](repeating: 0, count: stateCount + 1)
        var finish: [Int32] = []
        var travelled: [Int32] = []
        var parent: [Int32] = []
        var stopOf: [UInt8] = []
        var candidates: [(f: Int32, t: Int32, p: Int32)] = []
        let hasBound = (0..<n).map { b.hi[$0] < Bounds.unbounded }

        // Bounding: a good order found quickly gives an end no label may exceed; a label's end is at least its
        // finish, plus every remaining visit, plus the cheapest way into each remaining stop and out of the last.
        let incumbentEnd = heuristicOrder().map { evaluate($0).end } ?? Int.max
        let entry = (0..<n).map { k in (0..<n).filter { $0 != k }.map { travel[$0][k] }.min() ?? 0 }
        var rest = [Int](repeating: 0, count: full + 1)  // remaining visits and entries, per visited set
        var exit = [Int](repeating: 0, count: full + 1)  // cheapest way out to the next item, per visited set
        for mask in stride(from: full, through: 0, by: -1) {
            var sum = 0
            var out = Int.max
            for k in 0..<n where mask & (1 << k) == 0 {
                sum += durations[k] + entry[k]
                out = min(out, leave(k))
            }
            rest[mask] = sum
            exit[mask] = out == Int.max ? 0 : out
        }

        func reachable(_ f: Int, from j: Int, mask: Int) -> Bool {
            if f + spEnd[j] > b.deadline { return false }
            if incumbentEnd != Int.max, f + rest[mask] + (mask == full ? leave(j) : exit[mask]) > incumbentEnd {
                return false
            }
            var rest = full & ~mask
            while rest != 0 {
                let k = rest.trailingZeroBitCount
                rest &= rest - 1
                if hasBound[k], f + sp[j][k] > b.hi[k] { return false }
            }
            return true
        }

        let lo = b.lo
        let hi = b.hi
        let flatTravel = travel.flatMap { $0 }
        /// Adds a label to the Pareto front of the state being built, unless one there is as good on both counts.
        func keep(_ c: (f: Int32, t: Int32, p: Int32)) {
            var dominated = false
            for k in candidates.indices {
                if candidates[k].f <= c.f && candidates[k].t <= c.t { return }
                if c.f <= candidates[k].f && c.t <= candidates[k].t { dominated = true }
            }
            if dominated { candidates.removeAll { c.f <= $0.f && c.t <= $0.t } }
            candidates.append(c)
        }
        // alive[mask]: the last stops j for which the state (mask, j) has a label.
        var alive = [UInt16](repeating: 0, count: full + 1)
        for mask in 1...full {
            for j in 0..<n {
                let state = mask * n + j
                offsets[state] = Int32(finish.count)
                guard mask & (1 << j) != 0 else { continue }
                let previous = mask ^ (1 << j)
                candidates.removeAll(keepingCapacity: true)
                if previous == 0 {
                    let start = max(departure + fromOrigin[j], lo[j])
                    if start <= hi[j] { keep((Int32(start + durations[j]), Int32(fromOrigin[j]), -1)) }
                } else {
                    var rest = Int(alive[previous])
                    while rest != 0 {
                        let i = rest.trailingZeroBitCount
                        rest &= rest - 1
                        let from = previous * n + i
                        let leg = flatTravel[i * n + j]
                        var l = Int(offsets[from])
                        let upper = Int(offsets[from + 1])
                        while l < upper {
                            let start = max(Int(finish[l]) + leg, lo[j])
                            if start <= hi[j] {
                                keep((Int32(start + durations[j]), travelled[l] + Int32(leg), Int32(l)))
                            }
                            l += 1
                        }
                    }
                }
                for c in candidates where reachable(Int(c.f), from: j, mask: mask) {
                    finish.append(c.f)
                    travelled.append(c.t)
                    parent.append(c.p)
                    stopOf.append(UInt8(j))
                    alive[mask] |= UInt16(1 << j)
                }
            }
        }
        offsets[stateCount] = Int32(finish.count)

        var best: (end: Int, travel: Int, label: Int)?
        for j in 0..<n {
            let state = full * n + j
            for l in Int(offsets[state])..<Int(offsets[state + 1]) {
                let end = Int(finish[l]) + leave(j)
                let t = Int(travelled[l]) + leave(j)
                guard end <= b.deadline else { continue }
                if best.map({ (end, t) < ($0.end, $0.travel) }) ?? true { best = (end, t, l) }
            }
        }
        guard let best else { return nil }
        var order: [Int] = []
        var l = best.label
        while l >= 0 {
            order.append(Int(stopOf[l]))
            l = Int(parent[l])
        }
        order.reverse()
        return evaluate(order)
    }

    /// A good order found fast, to bound the exact search: stops inserted most urgent first, each where it ends
    /// the tour earliest, then moved one at a time while that ends earlier. Nil when insertion finds no order.
    func heuristicOrder() -> [Int]? {
        let b = bounds(active: allWindows)
        var order: [Int] = []
        for stop in (0..<count).sorted(by: { (b.hi[$0], $0) < (b.hi[$1], $1) }) {
            var best: (end: Int, order: [Int])?
            for position in 0...order.count {
                var candidate = order
                candidate.insert(stop, at: position)
                let timed = evaluatePrefix(candidate, b)
                guard timed.feasible else { continue }
                if best.map({ timed.end < $0.end }) ?? true { best = (timed.end, candidate) }
            }
            guard let best else { return nil }
            order = best.order
        }
        var current = evaluate(order)
        guard current.feasible else { return nil }
        var improved = true
        while improved {
            improved = false
            for from in order.indices {
                for to in order.indices where to != from {
                    var candidate = order
                    candidate.insert(candidate.remove(at: from), at: to)
                    let timed = evaluate(candidate)
                    if timed.feasible, (timed.end, timed.travel) < (current.end, current.travel) {
                        order = candidate
                        current = timed
                        improved = true
                    }
                }
            }
        }
        return order
    }

    /// Times some of the stops (the windows of the others ignored, the end's deadline only once all are placed).
    private func evaluatePrefix(_ order: [Int], _ b: Bounds) -> (end: Int, feasible: Bool) {
        var time = departure
        var previous: Int?
        for stop in order {
            let start = max(time + (previous.map { travel[$0][stop] } ?? fromOrigin[stop]), b.lo[stop])
            if start > b.hi[stop] { return (start, false) }
            time = start + durations[stop]
            previous = stop
        }
        if let last = previous { time += leave(last) }
        return (time, order.count < count || time <= b.deadline)
    }

    // MARK: - Feasibility and explanations

    /// Whether some order meets the active windows, with the stops of `skipping` left out; nil when `budget`
    /// (search nodes) runs out first. Depth-first, most urgent stop first, remembering the earliest finish seen
    /// at each state (a later finish at the same state cannot succeed where an earlier one failed).
    func isFeasible(active: UInt64, skipping: Int = 0, budget: inout Int, scratch: inout FeasibilityScratch) -> Bool? {
        let n = count
        let b = bounds(active: active)
        let (sp, spEnd) = (scratch.sp, scratch.spEnd)
        let full = (1 << n) - 1
        let urgency = (0..<n).sorted { (b.hi[$0], $0) < (b.hi[$1], $1) }
        scratch.generation &+= 1
        if scratch.generation == 0 {
            scratch.stamp = Array(repeating: 0, count: scratch.stamp.count)
            scratch.generation = 1
        }
        var outOfBudget = false

        func dfs(_ mask: Int, _ j: Int, _ f: Int) -> Bool {
            if mask == full { return f + leave(j) <= b.deadline }
            if f + spEnd[j] > b.deadline { return false }
            var rest = full & ~mask
            while rest != 0 {
                let k = rest.trailingZeroBitCount
                rest &= rest - 1
                if f + sp[j][k] > b.hi[k] { return false }
            }
            let state = mask * n + j
            if scratch.stamp[state] == scratch.generation, Int(scratch.best[state]) <= f { return false }
            scratch.stamp[state] = scratch.generation
            scratch.best[state] = Int32(clamping: f)
            budget -= 1
            if budget < 0 {
                outOfBudget = true
                return false
            }
            for k in urgency where mask & (1 << k) == 0 {
                let start = max(f + travel[j][k], b.lo[k])
                if start > b.hi[k] { continue }
                if dfs(mask | (1 << k), k, start + durations[k]) { return true }
                if outOfBudget { return false }
            }
            return false
        }

        if skipping & full == full { return departure <= b.deadline }
        for k in urgency where skipping & (1 << k) == 0 {
            let start = max(departure + fromOrigin[k], b.lo[k])
            if start > b.hi[k] { continue }
            if dfs(skipping | (1 << k), k, start + durations[k]) { return true }
            if outOfBudget { return nil }
        }
        return outOfBudget ? nil : false
    }

    /// Memory reused across feasibility searches.
    struct FeasibilityScratch {
        var stamp: [UInt32]
        var best: [Int32]
        var generation: UInt32 = 0
        var sp: [[Int]]
        var spEnd: [Int]

        init(_ problem: FreeOrderProblem) {
            let states = (1 << problem.count) * max(1, problem.count)
            stamp = Array(repeating: 0, count: states)
            best = Array(repeating: 0, count: states)
            (sp, spEnd) = problem.shortestPaths()
        }
    }

    /// Why no order exists: the smallest set of windows that no order meets together (searched by increasing
    /// size within `budget` search nodes; past it, an irreducible set: drop any one window and an order exists),
    /// and the stops left without room. Nil when some order meets every window, or the problem is too large.
    public func explain(budget: Int = 4_000_000) -> FreeOrderConflict? {
        guard count <= Self.maxStops else { return nil }
        var scratch = FeasibilityScratch(self)
        var budget = budget
        let all = allWindows
        guard isFeasible(active: all, budget: &budget, scratch: &scratch) == false else { return nil }
        let bit = { (i: Int) -> UInt64 in UInt64(1) << UInt64(i) }

        let indices = Array(0..<min(windows.count, 64))
        var smallest = true

        // Deletion filter: drop every window the conflict does not need.
        var needed = all
        for i in indices {
            let without = needed & ~bit(i)
            switch isFeasible(active: without, budget: &budget, scratch: &scratch) {
            case .some(false): needed = without
            case .some(true): break
            case .none: smallest = false
            }
        }
        var chosen = indices.filter { needed & bit($0) != 0 }

        // Smaller sets, by increasing size, while the budget lasts. A set without a latest time cannot
        // conflict (waiting is allowed), so those are skipped.
        let upper = indices.reduce(UInt64(0)) { windows[$1].notAfter != nil ? $0 | bit($1) : $0 }
        if smallest, chosen.count > 1 {
            search: for size in 1..<chosen.count {
                var combination = Array(0..<size)
                while true {
                    let set = combination.reduce(UInt64(0)) { $0 | bit(indices[$1]) }
                    if set & upper != 0 {
                        let result = budget > 0 ? isFeasible(active: set, budget: &budget, scratch: &scratch) : nil
                        if result == nil {
                            smallest = false
                            break search
                        }
                        if result == false {
                            chosen = combination.map { indices[$0] }
                            break search
                        }
                    }
                    // The next combination, in lexicographic order.
                    var i = size - 1
                    while i >= 0, combination[i] == indices.count - size + i { i -= 1 }
                    if i < 0 { break }
                    combination[i] += 1
                    for k in (i + 1)..<size { combination[k] = combination[k - 1] + 1 }
                }
            }
        }

        // Stops without a window of the set that leave it feasible when taken out.
        let set = chosen.reduce(UInt64(0)) { $0 | bit($1) }
        let owners = Set(
            chosen.compactMap { i -> Int? in
                if case .stop(let s) = windows[i].target { return s }
                return nil
            })
        var crowded: [Int] = []
        for k in 0..<count where !owners.contains(k) {
            var local = max(1, min(budget, 200_000))
            if isFeasible(active: set, skipping: 1 << k, budget: &local, scratch: &scratch) == true {
                crowded.append(k)
            }
        }
        return FreeOrderConflict(windows: chosen, smallest: smallest, crowded: crowded)
    }
}
