/// An existing commitment from a person's agenda (.ics), as the conflict checks see it.
public struct AgendaEntry: Hashable, Sendable {
    /// The person whose agenda holds the entry.
    public var person: String
    public var start: Instant
    /// Exclusive end.
    public var end: Instant
    public var summary: String
    /// An all-day entry (DATE values); all-day entries are notes, not busy time, unless `busy` says otherwise.
    public var allDay: Bool
    /// Whether the entry blocks time (opaque and not cancelled).
    public var busy: Bool
    /// The agenda file and the line of the event (of the occurrence's override where there is one).
    public var location: SourceLocation

    public init(
        person: String, start: Instant, end: Instant, summary: String, allDay: Bool = false, busy: Bool = true,
        location: SourceLocation
    ) {
        self.person = person
        self.start = start
        self.end = end
        self.summary = summary
        self.allDay = allDay
        self.busy = busy
        self.location = location
    }
}
