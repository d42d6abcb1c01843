/// Which agenda entries can take part in a clash with the plans: the busy entries that meet a busy block (item or
/// transfer) of their own person. `person-overlap` compares an agenda entry with nothing else (never with another
/// entry), so the others can be dropped as soon as a file is read, on the thread that read it, instead of being
/// gathered, copied and swept with the rest (docs/agendas.md, "What a cold read costs").
///
/// The test is the one the sweep makes before sorting (``IntervalSweep``): an entry meets a block when the block
/// starts before the entry ends and ends after it starts. The findings are the same with and without it.
public struct AgendaRelevance: Sendable {
    /// Per person, the starts of their blocks in order, and the latest end among the blocks up to each index.
    private var blocks: [String: (starts: [Int64], reach: [Int64])] = [:]

    /// The busy blocks of the plans checked together (cancelled visits and repeated files count as the
    /// conflict rules count them).
    public init(analyses: [Analysis]) {
        let busy = ConflictContext(analyses: analyses, agendas: []).busy
        var spans: [String: [(start: Int64, end: Int64)]] = [:]
        for block in busy.blocks {
            for person in block.people { spans[person, default: []].append((block.start.seconds, block.end.seconds)) }
        }
        for (person, list) in spans {
            let sorted = list.sorted { $0.start < $1.start }
            var reach: [Int64] = []
            reach.reserveCapacity(sorted.count)
            for span in sorted { reach.append(max(reach.last ?? span.end, span.end)) }
            blocks[person] = (sorted.map(\.start), reach)
        }
    }

    /// The entries of `entries` that can clash with a block of their person, in the same order.
    public func relevant(_ entries: [AgendaEntry]) -> [AgendaEntry] {
        var kept: [AgendaEntry] = []
        var person: String?
        var spans: (starts: [Int64], reach: [Int64])?
        for entry in entries where entry.busy {
            if entry.person != person {
                person = entry.person
                spans = blocks[entry.person]
            }
            guard let spans else { continue }
            // The blocks that start before the entry ends are those before `low`.
            let end = entry.end.seconds
            var low = 0
            var high = spans.starts.count
            while low < high {
                let mid = (low + high) / 2
                if spans.starts[mid] < end { low = mid + 1 } else { high = mid }
            }
            if low > 0, spans.reach[low - 1] > entry.start.seconds { kept.append(entry) }
        }
        return kept
    }
}
