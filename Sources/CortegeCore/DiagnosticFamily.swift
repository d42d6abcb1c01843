/// The families of codes in docs/diagnostics.md: what part of Cortège finds them.
public enum DiagnosticFamily: String, Sendable, CaseIterable {
    /// Reading the plan and its registry: syntax, schema, references, times.
    case plan
    /// Reading an agenda (iCalendar).
    case agenda
    /// Scheduling the items and transfers.
    case itinerary
    /// One person or one venue booked twice, across plans and agendas.
    case conflict
    /// The escort of the motorcade.
    case escort
    /// The press slots and journalists' travel.
    case press
    /// What an export may reveal, and when.
    case export
    /// Precedence and the protocol orders.
    case `protocol`
    /// The civil and electoral calendar: public holidays and reserve periods.
    case calendar
}
