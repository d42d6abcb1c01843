import Foundation

/// The domain model of a visit plan, as read from plan and registry files.
///
/// Every entity remembers where it was defined (`location`) and where each of its keys stands
/// (`keyLocations`, by plan-file key name), so that findings can point at the exact key.

/// Where a finding about one key of an entity should point.
public protocol Located {
    var location: SourceLocation { get }
    var keyLocations: [String: SourceLocation] { get }
}

extension Located {
    /// The location of the key named `key` if it was written, else the entity's own (prefer the ``PlanKey``
    /// overload: the name is then checked by the compiler).
    public func location(of key: String) -> SourceLocation { keyLocations[key] ?? location }
}

public enum VisitKind: String, Sendable, CaseIterable { case ministerial, prefect, elected, other }
public enum VisitStatus: String, Sendable, CaseIterable { case draft, tentative, confirmed, cancelled }
/// Art. 9: at a ceremony not ordered by the Government, the inviting authority ranks 2nd.
public enum CeremonyKind: String, Sendable, CaseIterable { case governmental, local }
/// Which force is competent in a commune: *zone police* or *zone gendarmerie*.
public enum SecurityZone: String, Sendable, CaseIterable { case police, gendarmerie }
public typealias Force = SecurityZone

public enum ItemKind: String, Sendable, CaseIterable {
    case arrival, departure, welcome, visit, meeting, speech, ceremony, wreath, meal
    case pressPoint = "press-point"
    case photoOp = "photo-op"
    case interview
    case `private`
}

/// Press access to an item: open, pool (a few journalists), or closed (*huis clos*).
public enum PressAccess: String, Sendable, CaseIterable { case open, pool, closed }

public enum TransferMode: String, Sendable, CaseIterable {
    case car, foot, helicopter, plane, boat

    /// Average speed used to estimate a transfer, in km/h; nil where a duration must be given.
    public var speedKmh: Double? {
        switch self {
        case .car: 50
        case .foot: 4.5
        case .helicopter: 200
        case .plane, .boat: nil
        }
    }
}

public struct GeoPoint: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double

    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius 6371.0088 km).
    public func distanceKm(to other: GeoPoint) -> Double {
        let r = 6371.0088
        let toRad = Double.pi / 180
        let dLat = (other.latitude - latitude) * toRad
        let dLon = (other.longitude - longitude) * toRad
        let a =
            sin(dLat / 2) * sin(dLat / 2)
            + cos(latitude * toRad) * cos(other.latitude * toRad) * sin(dLon / 2) * sin(dLon / 2)
        return 2 * r * asin(min(1, a.squareRoot()))
    }
}

/// Daily opening or availability hours, `HH:MM-HH:MM`. An end at or before the start runs past midnight.
public struct DailyHours: Hashable, Sendable, CustomStringConvertible {
    public var start: LocalTime
    public var end: LocalTime

    public init(start: LocalTime, end: LocalTime) {
        self.start = start
        self.end = end
    }

    public init?(text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2,
            let s = LocalTime(text: String(parts[0]).trimmingCharacters(in: .whitespaces)),
            let e = LocalTime(text: String(parts[1]).trimmingCharacters(in: .whitespaces))
        else { return nil }
        self.init(start: s, end: e)
    }

    public var description: String { "\(start)-\(end)" }
}

public struct Organizer: Hashable, Sendable {
    public var name: String
    public var email: String?

    public init(name: String, email: String?) {
        self.name = name
        self.email = email
    }
}

/// `civility` of a person (docs/plan-format.md §6): `M.` or `Mme`.
public enum Civility: String, Hashable, Sendable, CaseIterable {
    case monsieur = "M."
    case madame = "Mme"
}

public struct Person: Hashable, Sendable, Located {
    public var id: String
    public var name: String?
    public var title: String?
    /// Function codes of docs/plan-format.md §6 (`prefect`, `mayor`, …), in the order written.
    public var functions: [FunctionCode]
    public var governmentRank: Int?
    public var commune: String?
    public var arrondissement: String?
    public var firstElected: LocalDate?
    public var escortRequired: Bool?
    public var phone: String?
    /// E-mail address: ATTENDEE of the calendars that may carry contact details.
    public var email: String?
    public var agenda: String?
    public var represents: String?
    /// `civility`: agrees the printed titles (« la préfète », « la sous-préfète »); nil when not written.
    public var civility: Civility?
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, name: String? = nil, title: String? = nil, functions: [FunctionCode] = [],
        governmentRank: Int? = nil,
        commune: String? = nil, arrondissement: String? = nil, firstElected: LocalDate? = nil,
        escortRequired: Bool? = nil, phone: String? = nil, email: String? = nil, agenda: String? = nil,
        represents: String? = nil, civility: Civility? = nil,
        location: SourceLocation, keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.civility = civility
        self.name = name
        self.title = title
        self.functions = functions
        self.governmentRank = governmentRank
        self.commune = commune
        self.arrondissement = arrondissement
        self.firstElected = firstElected
        self.escortRequired = escortRequired
        self.phone = phone
        self.email = email
        self.agenda = agenda
        self.represents = represents
        self.location = location
        self.keyLocations = keyLocations
    }

    /// The name to print: the name when known, else the id.
    public var displayName: String { name ?? id }
}

public struct Venue: Hashable, Sendable, Located {
    public var id: String
    public var name: String?
    public var address: String?
    public var commune: String?
    public var geo: GeoPoint?
    public var securityZone: SecurityZone?
    public var hours: DailyHours?
    /// A venue several visits may use at once (a large hall, a square).
    public var shared: Bool
    /// The venue's contact number (the caretaker, the reception): in the contact sheets of the security and
    /// principal programmes and their calendars.
    public var phone: String? = nil
    /// How to get in (gate, parking, badge), for the convocations and the contact sheet (`access:`).
    public var access: String? = nil
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, name: String? = nil, address: String? = nil, commune: String? = nil, geo: GeoPoint? = nil,
        securityZone: SecurityZone? = nil, hours: DailyHours? = nil, shared: Bool = false,
        location: SourceLocation, keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.name = name
        self.address = address
        self.commune = commune
        self.geo = geo
        self.securityZone = securityZone
        self.hours = hours
        self.shared = shared
        self.location = location
        self.keyLocations = keyLocations
    }

    public var displayName: String { name ?? id }
}

public struct EscortUnit: Hashable, Sendable, Located {
    public var id: String
    public var name: String?
    public var force: Force
    public var available: DailyHours?
    public var maxDutyMinutes: Int?
    /// In place this long before the leg starts.
    public var leadMinutes: Int
    /// Where `cortege notify` sends the unit its escort changes (docs/diff-notify.md); security view only.
    public var email: String?
    /// The unit's contact number: in the security view, the unit's own calendar and the contact sheets.
    public var phone: String?
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, name: String? = nil, force: Force, available: DailyHours? = nil, maxDutyMinutes: Int? = nil,
        leadMinutes: Int = 0, phone: String? = nil, location: SourceLocation,
        keyLocations: [String: SourceLocation] = [:], email: String? = nil
    ) {
        self.phone = phone
        self.id = id
        self.email = email
        self.name = name
        self.force = force
        self.available = available
        self.maxDutyMinutes = maxDutyMinutes
        self.leadMinutes = leadMinutes
        self.location = location
        self.keyLocations = keyLocations
    }
}

public struct Commune: Hashable, Sendable, Located {
    public var code: String
    public var name: String?
    public var securityZone: SecurityZone?
    public var arrondissement: String?
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        code: String, name: String? = nil, securityZone: SecurityZone? = nil, arrondissement: String? = nil,
        location: SourceLocation, keyLocations: [String: SourceLocation] = [:]
    ) {
        self.code = code
        self.name = name
        self.securityZone = securityZone
        self.arrondissement = arrondissement
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// A *période de réserve*: a pre-election restraint window, both dates included.
public struct ReservePeriod: Hashable, Sendable, Located {
    public var label: String
    public var start: LocalDate
    public var end: LocalDate
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        label: String, start: LocalDate, end: LocalDate, location: SourceLocation,
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.label = label
        self.start = start
        self.end = end
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// `at`, `not-before`, `not-after`: a time on the current day of the programme, or a full local date-time.
public enum TimeSpec: Hashable, Sendable, CustomStringConvertible {
    case timeOfDay(LocalTime)
    case dateTime(LocalDateTime)

    /// The wall time this spec means when the programme is on `day`.
    public func on(_ day: LocalDate) -> LocalDateTime {
        switch self {
        case .timeOfDay(let t): LocalDateTime(date: day, time: t)
        case .dateTime(let dt): dt
        }
    }

    public var description: String {
        switch self {
        case .timeOfDay(let t): t.description
        case .dateTime(let dt): dt.description
        }
    }
}

/// Who is on a list: computed from precedence (`auto`) or given.
public enum PeopleList: Hashable, Sendable {
    case auto
    case explicit([String])
}

public enum EscortRequest: Hashable, Sendable {
    case auto
    case units([String])
    case none
}

/// The transfer written before an item (`- transfer:` in the programme).
public struct TransferSpec: Hashable, Sendable, Located {
    public var mode: TransferMode
    public var durationMinutes: Int?
    public var escort: EscortRequest
    public var riders: [String]?
    /// Communes crossed, by INSEE code, for zone hand-overs.
    public var route: [String]
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        mode: TransferMode = .car, durationMinutes: Int? = nil, escort: EscortRequest = .auto, riders: [String]? = nil,
        route: [String] = [], location: SourceLocation, keyLocations: [String: SourceLocation] = [:]
    ) {
        self.mode = mode
        self.durationMinutes = durationMinutes
        self.escort = escort
        self.riders = riders
        self.route = route
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// Seating style at a meal.
public enum SeatingStyle: String, Sendable, CaseIterable {
    case aLaFrancaise = "a-la-francaise"
    case aLAnglaise = "a-l-anglaise"
}

/// One *séquence* of the programme.
public struct Item: Hashable, Sendable, Located {
    public var id: String
    public var kind: ItemKind
    public var title: String?
    public var venue: String
    public var at: TimeSpec?
    public var durationMinutes: Int
    public var notBefore: TimeSpec?
    public var notAfter: TimeSpec?
    public var participants: [String]
    public var welcome: PeopleList?
    public var speakers: PeopleList?
    public var wreaths: PeopleList?
    public var lineup: PeopleList?
    public var aisle: Bool
    public var seating: SeatingStyle?
    public var host: String?
    public var coHost: String?
    public var press: PressAccess?
    public var confidential: Bool
    public var notes: String?
    /// The dress of the invited (`dress:`), printed on their convocations.
    public var dress: String? = nil
    /// How long before the item the invited are in place (`in-place:`); nil: 15 minutes (docs/documents.md).
    public var inPlaceMinutes: Int? = nil
    /// The transfer written just before this item, if any.
    public var transferBefore: TransferSpec?
    /// Items of one `group:` with `order: free` share a group number.
    public var freeGroup: Int?
    /// Who renders military honours at a ceremony (`honours:`), printed in its run-sheet (docs/documents.md).
    public var honours: String? = nil
    /// This item's run-sheet timings (`ceremony-timings:`), over the visit's and the defaults.
    public var ceremonyTimings: CeremonyTimings? = nil
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, kind: ItemKind, title: String? = nil, venue: String, at: TimeSpec? = nil, durationMinutes: Int,
        notBefore: TimeSpec? = nil, notAfter: TimeSpec? = nil, participants: [String] = [],
        welcome: PeopleList? = nil, speakers: PeopleList? = nil, wreaths: PeopleList? = nil,
        lineup: PeopleList? = nil, aisle: Bool = false, seating: SeatingStyle? = nil, host: String? = nil,
        coHost: String? = nil, press: PressAccess? = nil, confidential: Bool = false, notes: String? = nil,
        transferBefore: TransferSpec? = nil, freeGroup: Int? = nil, location: SourceLocation,
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.venue = venue
        self.at = at
        self.durationMinutes = durationMinutes
        self.notBefore = notBefore
        self.notAfter = notAfter
        self.participants = participants
        self.welcome = welcome
        self.speakers = speakers
        self.wreaths = wreaths
        self.lineup = lineup
        self.aisle = aisle
        self.seating = seating
        self.host = host
        self.coHost = coHost
        self.press = press
        self.confidential = confidential
        self.notes = notes
        self.transferBefore = transferBefore
        self.freeGroup = freeGroup
        self.location = location
        self.keyLocations = keyLocations
    }

    /// The title to print: the given one, else the id.
    public var displayTitle: String { title ?? id }
}

public struct Visit: Hashable, Sendable, Located {
    public var id: String
    public var title: String
    public var kind: VisitKind
    public var principal: String
    public var territory: String
    public var date: LocalDate
    public var zone: Zone
    public var status: VisitStatus
    public var announce: LocalDateTime?
    public var organizer: Organizer?
    public var ceremony: CeremonyKind
    /// Local date-time of the plan's last revision (DTSTAMP of exports).
    public var revision: LocalDateTime?
    /// How long before an open item journalists must be in place.
    public var pressLeadMinutes: Int
    /// The whole programme may be reordered.
    public var freeOrder: Bool
    /// The motorcade template (roles or person ids, front to back); nil for the default of docs/protocol.md §5.
    public var motorcade: [String]?
    /// Whom the invited call about the visit (`cabinet-contact:`), on the convocations and the contact sheet.
    public var cabinetContact: Contact? = nil
    /// The run-sheet timings of every ceremony of the visit (`ceremony-timings:`), over the defaults.
    public var ceremonyTimings: CeremonyTimings? = nil
    /// Who answers the press (`press-contact:`): the one contact the press advisory prints.
    public var pressContact: Contact? = nil
    /// The last moment to ask for a press accreditation (`accreditation-deadline:`), local to the visit.
    public var accreditationDeadline: LocalDateTime? = nil
    public var location: SourceLocation
    public var keyLocations: [String: SourceLocation]

    public init(
        id: String, title: String, kind: VisitKind, principal: String, territory: String, date: LocalDate, zone: Zone,
        status: VisitStatus = .confirmed, announce: LocalDateTime? = nil, organizer: Organizer? = nil,
        ceremony: CeremonyKind = .governmental, revision: LocalDateTime? = nil, pressLeadMinutes: Int = 15,
        freeOrder: Bool = false, motorcade: [String]? = nil, location: SourceLocation,
        keyLocations: [String: SourceLocation] = [:]
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.principal = principal
        self.territory = territory
        self.date = date
        self.zone = zone
        self.status = status
        self.announce = announce
        self.organizer = organizer
        self.ceremony = ceremony
        self.revision = revision
        self.pressLeadMinutes = pressLeadMinutes
        self.freeOrder = freeOrder
        self.motorcade = motorcade
        self.location = location
        self.keyLocations = keyLocations
    }
}

/// A whole plan: the visit, everything it refers to (its own sections and its registries), and its programme.
public struct Plan: Sendable {
    public var file: String
    public var visit: Visit
    public var people: [String: Person]
    public var venues: [String: Venue]
    public var escortUnits: [String: EscortUnit]
    public var communes: [String: Commune]
    /// Named hand-over points of the registries, by id (docs/plan-format.md §9a).
    public var handOverPoints: [String: HandOverPoint] = [:]
    public var reservePeriods: [ReservePeriod]
    /// Items in the order written.
    public var programme: [Item]
    /// Folder of `<person-id>.ics` agendas, resolved against the plan file.
    public var agendasFolder: String?
    /// Order in which people were defined (registries first, in include order), for tie-breaking.
    public var personOrder: [String] {
        didSet { personOrderIndex = Self.firstIndices(personOrder) }
    }
    /// The first position of each id in `personOrder`, kept in step with it: precedence reads it for every
    /// item, so it is built once per plan, not once per item.
    private(set) var personOrderIndex: [String: Int]

    public init(
        file: String, visit: Visit, people: [String: Person] = [:], venues: [String: Venue] = [:],
        escortUnits: [String: EscortUnit] = [:], communes: [String: Commune] = [:],
        reservePeriods: [ReservePeriod] = [], programme: [Item] = [], agendasFolder: String? = nil,
        personOrder: [String]? = nil
    ) {
        self.file = file
        self.visit = visit
        self.people = people
        self.venues = venues
        self.escortUnits = escortUnits
        self.communes = communes
        self.reservePeriods = reservePeriods
        self.programme = programme
        self.agendasFolder = agendasFolder
        self.personOrder = personOrder ?? people.keys.sorted()
        self.personOrderIndex = Self.firstIndices(self.personOrder)
    }

    private static func firstIndices(_ ids: [String]) -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, id) in ids.enumerated() where index[id] == nil { index[id] = i }
        return index
    }

    /// A venue's security zone: its own, else its commune's.
    public func securityZone(ofVenue id: String) -> SecurityZone? {
        guard let venue = venues[id] else { return nil }
        return venue.securityZone ?? venue.commune.flatMap { communes[$0]?.securityZone }
    }
}
