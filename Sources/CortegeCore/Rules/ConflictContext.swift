/// What the rules across plans read, computed once: the plans checked together (cancelled visits book
/// nobody; a plan given twice, same file, counts once), the people's agenda entries, and every busy block
/// of the plans (items and transfers, with who is busy).
public struct ConflictContext: Sendable {
    /// The plans that book people and venues, in the order given.
    public var analyses: [Analysis]
    /// The agenda entries, as read (possibly none).
    public var agendas: [AgendaEntry]
    var busy: BusyTime

    public init(analyses: [Analysis], agendas: [AgendaEntry]) {
        var seenFiles: Set<String> = []
        let plans = analyses.filter { a in
            a.plan.visit.status != .cancelled && seenFiles.insert(a.plan.file).inserted
        }
        self.analyses = plans
        self.agendas = agendas
        self.busy = BusyTime(plans: plans)
    }
}
