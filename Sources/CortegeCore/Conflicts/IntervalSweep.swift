/// Sort-and-sweep over half-open intervals `[start, end)` grouped by a key (a person, a venue).
///
/// Background intervals that meet no foreground interval of their key are dropped first (a binary search
/// each). The rest are sorted once by key and start, then swept left to right; the intervals still open
/// are kept in two min-heaps by end (one per side), so that the whole pass costs O(n log n + k) for n
/// intervals and k pairs reported, never O(n²). Intervals of the *background* side (agenda entries) are
/// only paired with *foreground* intervals (plan items and transfers), never with each other: a person's
/// own agenda overlapping itself is not Cortège's business.
struct IntervalSweep {
    struct Interval {
        var key: Int32
        var start: Int64
        var end: Int64
        /// The caller's index of the interval.
        var ref: Int32
        var background: Bool
    }

    private(set) var intervals: [Interval] = []

    mutating func reserve(_ count: Int) { intervals.reserveCapacity(count) }

    /// Adds `[start, end)`; empty and reversed intervals overlap nothing and are dropped.
    mutating func add(key: Int32, start: Int64, end: Int64, ref: Int32, background: Bool) {
        guard start < end else { return }
        intervals.append(Interval(key: key, start: start, end: end, ref: ref, background: background))
    }

    /// Calls `report(a, b)` once for every overlapping pair of one key where at least one side is in the
    /// foreground; `a` is the interval that started first (ties: foreground first, then by `ref`).
    func overlaps(_ report: (Interval, Interval) -> Void) {
        let sorted = relevant().sorted { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.start != b.start { return a.start < b.start }
            if a.background != b.background { return !a.background }
            return a.ref < b.ref
        }
        var foreground = EndHeap()
        var background = EndHeap()
        var currentKey: Int32?
        for interval in sorted {
            if interval.key != currentKey {
                foreground.removeAll()
                background.removeAll()
                currentKey = interval.key
            }
            foreground.popEnded(before: interval.start)
            background.popEnded(before: interval.start)
            // Every interval still open started at or before this one and ends after its start: they overlap.
            for open in foreground.elements { report(open, interval) }
            if interval.background {
                background.push(interval)
            } else {
                for open in background.elements { report(open, interval) }
                foreground.push(interval)
            }
        }
    }
}

extension IntervalSweep {
    /// The foreground intervals, and the background ones that meet at least one foreground interval of their
    /// key (``SpanReach``): the others can pair with nothing. With a few plan items against a year of agendas, this
    /// keeps the sort small. Costs O((f + b) log f) for f foreground and b background intervals.
    fileprivate func relevant() -> [Interval] {
        var spans: [Int32: [(start: Int64, end: Int64)]] = [:]
        var kept: [Interval] = []
        for interval in intervals where !interval.background {
            spans[interval.key, default: []].append((interval.start, interval.end))
            kept.append(interval)
        }
        let reach = spans.mapValues(SpanReach.init)
        for interval in intervals where interval.background {
            if reach[interval.key]?.meets(start: interval.start, end: interval.end) == true { kept.append(interval) }
        }
        return kept
    }
}

/// A binary min-heap of open intervals ordered by end.
private struct EndHeap {
    private(set) var elements: [IntervalSweep.Interval] = []

    mutating func removeAll() { elements.removeAll(keepingCapacity: true) }

    mutating func push(_ x: IntervalSweep.Interval) {
        elements.append(x)
        var child = elements.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard elements[child].end < elements[parent].end else { break }
            elements.swapAt(child, parent)
            child = parent
        }
    }

    /// Drops every interval that ends at or before `instant` (half-open: back to back is no overlap).
    mutating func popEnded(before instant: Int64) {
        while let top = elements.first, top.end <= instant { popMin() }
    }

    private mutating func popMin() {
        let last = elements.removeLast()
        guard !elements.isEmpty else { return }
        elements[0] = last
        var parent = 0
        let count = elements.count
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < count, elements[left].end < elements[smallest].end { smallest = left }
            if right < count, elements[right].end < elements[smallest].end { smallest = right }
            if smallest == parent { break }
            elements.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
