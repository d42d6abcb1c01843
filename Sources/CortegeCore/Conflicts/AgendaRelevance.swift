/// Which agenda entries can take part in a clash with the plans: the busy entries that meet a busy block (item or
/// transfer) of their own person. `person-overlap` compares an agenda entry with nothing else (never with another
/// entry), so the others can be dropped as soon as a file is read, on the thread that read it, instead of being
/// gathered, copied and swept with the rest (docs/agendas.md, "What a cold read costs").
///
/// The test is the one the sweep makes before sorting (``IntervalSweep``, through ``SpanReach``): an entry meets a
/// block when the block starts before the entry ends and ends after it starts. The findings are the same with and without it.
public struct AgendaRelevance: Sendable {
    /// Per person, their busy blocks.
    private var blocks: [String: SpanReach] = [:]

    /// The busy blocks of the plans checked together (cancelled visits and repeated files count as the
    /// conflict rules count them).
    public init(analyses: [Analysis]) {
        let busy = ConflictContext(analyses: analyses, agendas: []).busy
        var spans: [String: [(start: Int64, end: Int64)]] = [:]
        for block in busy.blocks {
            for person in block.people { spans[person, default: []].append((block.start.seconds, block.end.seconds)) }
        }
        blocks = spans.mapValues(SpanReach.init)
    }

    /// The entries of `entries` that can clash with a block of their person, in the same order.
    public func relevant(_ entries: [AgendaEntry]) -> [AgendaEntry] {
        var kept: [AgendaEntry] = []
        var person: String?
        var spans: SpanReach?
        for entry in entries where entry.busy {
            if entry.person != person {
                person = entry.person
                spans = blocks[entry.person]
            }
            if let spans, spans.meets(start: entry.start.seconds, end: entry.end.seconds) { kept.append(entry) }
        }
        return kept
    }
}
