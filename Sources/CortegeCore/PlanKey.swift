/// The key names of plan and registry files (docs/plan-format.md), shared by the loader, which reads and
/// checks them, and by the findings, which point at the key they are about (`item.location(of: .notAfter)`).
public enum PlanKey: String, Sendable, CaseIterable, CustomStringConvertible {
    case cortege
    case visit
    case include
    case agendas
    case people
    case venues
    case escortUnits = "escort-units"
    case communes
    case handoverPoints = "handover-points"
    case joins
    case reservePeriods = "reserve-periods"
    case programme
    case id
    case title
    case kind
    case principal
    case territory
    case date
    case timezone
    case status
    case announce
    case organizer
    case ceremony
    case revision
    case pressLead = "press-lead"
    case order
    case motorcade
    case name
    case function
    case functions
    case governmentRank = "government-rank"
    case escort
    case commune
    case arrondissement
    case firstElected = "first-elected"
    case civility
    case phone
    case email
    case agenda
    case represents
    case address
    case geo
    case securityZone = "security-zone"
    case hours
    case shared
    case force
    case available
    case maxDuty = "max-duty"
    case lead
    case code
    case label
    case start
    case end
    case venue
    case at
    case duration
    case notBefore = "not-before"
    case notAfter = "not-after"
    case participants
    case welcome
    case speakers
    case wreaths
    case lineup
    case aisle
    case seating
    case host
    case coHost = "co-host"
    case press
    case confidential
    case notes
    case dress
    case inPlace = "in-place"
    case access
    case cabinetContact = "cabinet-contact"
    case mode
    case riders
    case route
    case items
    case transfer
    case group
    // The run-sheet and the press advisory (docs/documents.md).
    case honours
    case ceremonyTimings = "ceremony-timings"
    case arrival
    case wreath
    case lastPost = "last-post"
    case silence
    case anthem
    case speech
    case standards
    case departure
    case pressContact = "press-contact"
    case accreditationDeadline = "accreditation-deadline"

    /// The key as written in the file.
    public var description: String { rawValue }
}

extension Located {
    /// The location of `key` if it was written, else the entity's own.
    public func location(of key: PlanKey) -> SourceLocation { keyLocations[key.rawValue] ?? location }

    /// The location of `key` if it was written.
    public func keyLocation(_ key: PlanKey) -> SourceLocation? { keyLocations[key.rawValue] }
}
