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

extension DiagnosticCode {
    /// The family of this code (every code has one; the switch has no default so a new code must choose).
    public var family: DiagnosticFamily {
        switch self {
        case .planSyntax, .planSchema, .unknownRef, .duplicateID, .badTime, .nonexistentLocalTime,
            .ambiguousLocalTime:
            .plan
        case .icsSyntax: .agenda
        case .itineraryInfeasible, .transferTooShort, .windowViolated: .itinerary
        case .personOverlap, .venueOverlap: .conflict
        case .escortMissing, .escortZoneGap, .escortOverlap, .escortReposition, .escortDuty: .escort
        case .pressClosed, .pressWithoutPrincipal, .pressLead: .press
        case .embargo: .export
        case .welcomeMissingPrefect, .welcomeMissingMayor, .twoStateVoices, .precedenceTie, .unrankedPerson: .protocol
        case .publicHoliday, .electionReserve: .calendar
        }
    }
}
