/// Finds the clashes between several plans and the people's agendas: `person-overlap` and `venue-overlap`.
///
/// Every person's busy time is a list of half-open intervals `[start, end)`: the items they attend, the
/// transfers they ride (a person in the motorcade is busy during it), and the busy entries of their agenda.
/// The intervals are swept in start order (``IntervalSweep``), so the cost grows as n log n in the number of
/// intervals. Agenda entries of people no plan involves, or outside the plans' span, are dropped first in
/// one linear pass; agenda entries are never compared with each other.
///
/// Inside one plan the programme is sequential: an item and the transfer that leads to it (or leaves it)
/// are never reported against each other, since a fixed start that cannot be met is `itinerary-infeasible`.
/// Two items of one plan that overlap for a person are reported. A venue is double-booked only by two
/// different visits; a venue declared `shared: true` in either plan may host both.
public enum ConflictEngine {
    /// The span the agendas must cover for these plans (the first start to the last end of their items and
    /// transfers), or nil when the plans have no scheduled item. Agenda readers expand recurrences only there.
    public static func window(of analyses: [Analysis]) -> (start: Instant, end: Instant)? {
        var lower: Instant?
        var upper: Instant?
        for analysis in analyses where analysis.plan.visit.status != .cancelled {
            for s in analysis.itinerary.items {
                lower = min(lower ?? s.start, s.start)
                upper = max(upper ?? s.end, s.end)
            }
            for t in analysis.itinerary.transfers {
                lower = min(lower ?? t.start, t.start)
                upper = max(upper ?? t.end, t.end)
            }
        }
        guard let lower, let upper else { return nil }
        return (lower, upper)
    }

    /// Every `person-overlap` and `venue-overlap` among the plans and against the agenda entries, in reading
    /// order: the rules of ``Rules/conflicts`` on one ``ConflictContext``.
    /// Cancelled visits book nobody. A plan given twice (same file) is checked once.
    public static func check(analyses: [Analysis], agendas: [AgendaEntry]) -> [Diagnostic] {
        Diagnostic.sorted(Rules.findings(in: ConflictContext(analyses: analyses, agendas: agendas)))
    }
}
