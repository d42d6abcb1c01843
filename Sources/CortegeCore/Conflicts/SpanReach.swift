/// Spans of time sorted by start, with the latest end among the spans up to each one: tells in O(log n)
/// whether an interval meets any of them (starts before it ends and ends after it starts). The test
/// ``IntervalSweep`` makes before sorting and ``AgendaRelevance`` makes as each agenda is read.
struct SpanReach: Sendable {
    private let starts: [Int64]
    private let reach: [Int64]

    /// `spans` as `[start, end)` in seconds, in any order.
    init(_ spans: [(start: Int64, end: Int64)]) {
        let sorted = spans.sorted { $0.start < $1.start }
        var reach: [Int64] = []
        reach.reserveCapacity(sorted.count)
        for span in sorted { reach.append(max(reach.last ?? span.end, span.end)) }
        self.starts = sorted.map(\.start)
        self.reach = reach
    }

    /// Whether a span starts before `end` and ends after `start`.
    func meets(start: Int64, end: Int64) -> Bool {
        // The spans that start before `end` are those before `low`; the latest end among them decides.
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < end { low = mid + 1 } else { high = mid }
        }
        return low > 0 && reach[low - 1] > start
    }
}
