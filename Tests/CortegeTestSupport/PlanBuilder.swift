@testable import CortegeCore

/// Builds a `Plan` in code, as if it had been read from a plan file (docs/plan-format.md): every entity is given a
/// line of a fictitious file, and each key written for it a place on the lines below, so that a test can say which
/// key a finding points at.
///
/// Where things are written is the builder's `Layout`: the file, the column, the first line of each section and
/// where each key sits relative to its entity. An entity added without a `line:` takes the next line of its
/// section. A key has a place only when it is written (its value given), as in a real file, where
/// `location(of:)` falls back to the entity's own line.
public struct PlanBuilder: Sendable {
    public var layout: Layout
    public var visit: Visit
    public var people: [Person] = []
    public var venues: [Venue] = []
    public var communes: [Commune] = []
    public var units: [EscortUnit] = []
    public var reservePeriods: [ReservePeriod] = []
    public var items: [Item] = []
    /// The order people were defined in; nil for the order of `people`.
    public var personOrder: [String]?
    /// The name a person is given when none is: none by default.
    public var nameOfPerson: @Sendable (String) -> String? = { _ in nil }

    /// A visit on `date` (ISO) in `zone` (IANA), written on the layout's visit line.
    public init(
        layout: Layout = Layout(), id: String = "v", title: String = "Visite", kind: VisitKind = .prefect,
        principal: String = "prefet", territory: String = "63", date: LocalDate, zone: Zone,
        status: VisitStatus = .confirmed, announce: LocalDateTime? = nil, ceremony: CeremonyKind = .governmental,
        pressLead: Int = 15, freeOrder: Bool = false, motorcade: [String]? = nil
    ) {
        self.layout = layout
        var written: Set<String> = ["territory", "date", "order"]
        if announce != nil { written.insert("announce") }
        if motorcade != nil { written.insert("motorcade") }
        visit = Visit(
            id: id, title: title, kind: kind, principal: principal, territory: territory, date: date, zone: zone,
            status: status, announce: announce, ceremony: ceremony, pressLeadMinutes: pressLead, freeOrder: freeOrder,
            motorcade: motorcade, location: layout.at(layout.visitLine),
            keyLocations: layout.places(of: layout.visitKeys, written: written, line: layout.visitLine))
    }

    /// A place in the builder's file, in the layout's column unless `column` is given.
    public func at(_ line: Int, _ column: Int? = nil) -> SourceLocation { layout.at(line, column) }

    // MARK: Entities

    /// Adds a person on `line`, else on the next line of the people; returns it.
    @discardableResult
    public mutating func person(
        _ id: String, _ functions: FunctionCode..., name: String? = nil, title: String? = nil,
        governmentRank: Int? = nil, commune: String? = nil, arrondissement: String? = nil,
        firstElected: String? = nil, escortRequired: Bool? = nil, phone: String? = nil, represents: String? = nil,
        line: Int? = nil
    ) -> Person {
        let line = line ?? layout.peopleLine + people.count
        let person = Person(
            id: id, name: name ?? nameOfPerson(id), title: title, functions: functions,
            governmentRank: governmentRank, commune: commune, arrondissement: arrondissement,
            firstElected: firstElected.flatMap(LocalDate.init(iso:)), escortRequired: escortRequired, phone: phone,
            represents: represents, location: at(line),
            keyLocations: layout.places(of: layout.personKeys, written: ["function"], line: line))
        people.append(person)
        return person
    }

    /// Adds a venue on `line`, else on the next line of the venues; returns it.
    @discardableResult
    public mutating func venue(
        _ id: String, name: String? = nil, commune: String? = nil, geo: GeoPoint? = nil,
        securityZone: SecurityZone? = nil, hours: String? = nil, line: Int? = nil
    ) -> Venue {
        let line = line ?? layout.venueLine + venues.count
        let venue = Venue(
            id: id, name: name, commune: commune, geo: geo, securityZone: securityZone,
            hours: hours.flatMap(DailyHours.init(text:)), location: at(line),
            keyLocations: layout.places(of: layout.venueKeys, written: hours == nil ? [] : ["hours"], line: line))
        venues.append(venue)
        return venue
    }

    /// Adds a venue at a point, for the tests that need distances.
    public mutating func venue(
        _ id: String, _ latitude: Double, _ longitude: Double, name: String? = nil, commune: String? = nil,
        hours: String? = nil, line: Int? = nil
    ) {
        venue(
            id, name: name, commune: commune, geo: GeoPoint(latitude: latitude, longitude: longitude), hours: hours,
            line: line)
    }

    /// Adds a commune on `line`, else on the next line of the communes (or their one line).
    public mutating func commune(
        _ code: String, name: String? = nil, securityZone: SecurityZone? = nil, arrondissement: String? = nil,
        line: Int? = nil
    ) {
        let line = line ?? layout.communeLine + (layout.communesShareALine ? 0 : communes.count)
        communes.append(
            Commune(
                code: code, name: name, securityZone: securityZone, arrondissement: arrondissement,
                location: at(line)))
    }

    /// Adds an escort unit on `line`, else on the next line of the units; returns it. `available` is written as
    /// in a plan file, `HH:MM-HH:MM`.
    @discardableResult
    public mutating func unit(
        _ id: String, _ force: Force, name: String? = nil, available: String? = nil, maxDuty: Int? = nil,
        lead: Int = 0, line: Int? = nil
    ) -> EscortUnit {
        let line = line ?? layout.unitLine + units.count
        var written: Set<String> = ["id", "lead"]
        if available != nil { written.insert("available") }
        if maxDuty != nil { written.insert("max-duty") }
        let unit = EscortUnit(
            id: id, name: name, force: force, available: available.flatMap { DailyHours(text: $0) },
            maxDutyMinutes: maxDuty, leadMinutes: lead, location: at(line),
            keyLocations: layout.places(of: layout.unitKeys, written: written, line: line))
        units.append(unit)
        return unit
    }

    /// The transfer written before an item, on `line` (an item takes it as its `transfer`).
    public func transfer(
        line: Int, mode: TransferMode = .car, duration: Int? = nil, escort: EscortRequest = .auto,
        riders: [String]? = nil, route: [String] = []
    ) -> TransferSpec {
        TransferSpec(
            mode: mode, durationMinutes: duration, escort: escort, riders: riders, route: route, location: at(line),
            keyLocations: layout.places(
                of: layout.transferKeys, written: ["escort", "route", "duration"], line: line))
    }

    /// Adds an item on `line`, else on the next item line; returns it. Times are written as in a plan file:
    /// `HH:MM` on the visit's day, or a full ISO local date-time. Participants default to the visit's principal.
    @discardableResult
    public mutating func item(
        _ id: String, kind: ItemKind = .visit, title: String? = nil, venue: String, duration: Int = 30,
        at: String? = nil, notBefore: String? = nil, notAfter: String? = nil, participants: [String]? = nil,
        welcome: PeopleList? = nil, speakers: PeopleList? = nil, wreaths: PeopleList? = nil,
        lineup: PeopleList? = nil, aisle: Bool = false, seating: SeatingStyle? = nil, host: String? = nil,
        coHost: String? = nil, press: PressAccess? = nil, confidential: Bool = false, notes: String? = nil,
        transfer: TransferSpec? = nil, group: Int? = nil, line: Int? = nil
    ) -> Item {
        let line = line ?? layout.itemLine + items.count * layout.itemStride
        var written: Set<String> = ["id", "venue", "duration", "participants"]
        let optional: [(String, Bool)] = [
            ("at", at != nil), ("not-before", notBefore != nil), ("not-after", notAfter != nil),
            ("welcome", welcome != nil), ("speakers", speakers != nil), ("press", press != nil),
        ]
        for (key, given) in optional where given { written.insert(key) }
        let item = Item(
            id: id, kind: kind, title: title, venue: venue, at: Self.time(at), durationMinutes: duration,
            notBefore: Self.time(notBefore), notAfter: Self.time(notAfter),
            participants: participants ?? [visit.principal], welcome: welcome, speakers: speakers, wreaths: wreaths,
            lineup: lineup, aisle: aisle, seating: seating, host: host, coHost: coHost, press: press,
            confidential: confidential, notes: notes, transferBefore: transfer, freeGroup: group,
            location: self.at(line),
            keyLocations: layout.places(of: layout.itemKeys, written: written, line: line))
        items.append(item)
        return item
    }

    /// A time as a plan file writes it: `HH:MM`, or an ISO local date-time; nil when absent or unreadable.
    public static func time(_ text: String?) -> TimeSpec? {
        guard let text else { return nil }
        if let time = LocalTime(text: text) { return .timeOfDay(time) }
        return LocalDateTime(iso: text).map { .dateTime($0) }
    }

    // MARK: The plan

    public var plan: Plan {
        Plan(
            file: layout.file, visit: visit, people: Self.byID(people, \.id), venues: Self.byID(venues, \.id),
            escortUnits: Self.byID(units, \.id), communes: Self.byID(communes, \.code),
            reservePeriods: reservePeriods, programme: items, personOrder: personOrder ?? people.map(\.id))
    }

    public var itinerary: Itinerary { ItineraryBuilder(plan: plan).build() }

    /// The last definition of each id wins, as a test that redefines one means.
    private static func byID<T>(_ values: [T], _ id: KeyPath<T, String>) -> [String: T] {
        Dictionary(values.map { ($0[keyPath: id], $0) }, uniquingKeysWith: { _, last in last })
    }
}
