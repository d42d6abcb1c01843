import Foundation

@testable import CortegeCore
@testable import CortegeProgramme

/// A small two-day programme built by hand, with times chosen so the expected picture can be worked out on paper:
/// an audience view (its fields set directly, as `AudienceView.build` would copy them) and the programme's extras.
enum ContentFixture {
    static let zone = Zone("America/Guadeloupe")!  // UTC-4, no daylight saving time
    static let day1 = LocalDate(year: 2026, month: 12, day: 4)
    static let day2 = LocalDate(year: 2026, month: 12, day: 5)

    /// An instant from a local wall time in Guadeloupe (UTC-4), computed without the zone code under test.
    static func at(_ day: LocalDate, _ hour: Int, _ minute: Int) -> Instant {
        Instant(seconds: Int64(day.daysSinceEpoch) * 86400 + Int64(hour * 3600 + minute * 60) + 4 * 3600)
    }

    typealias P = AudiencePerson
    static func person(_ id: String, _ name: String, _ title: String) -> P {
        P(id: id, name: name, title: title, phone: nil, email: nil)
    }
    static let ministre = person("ministre", "Jeanne Martin", "Ministre de l'Intérieur")
    static let prefet = person("prefet", "Paul Durand", "Préfet")
    static let maire = person("maire", "Léa <Dupont> & \"Fils\"", "Maire")

    static let hostileTitle = "Arrivée <script>alert('x')</script> & \"accueil\""

    static func item(
        _ id: String, _ title: String, _ day: LocalDate, _ h1: Int, _ m1: Int, _ h2: Int, _ m2: Int,
        press: PressAccess = .open, people: [P] = [ministre, prefet], kind: ItemKind = .visit
    ) -> AudienceItem {
        let start = at(day, h1, m1)
        return AudienceItem(
            id: id, kind: kind, title: title, start: start, end: at(day, h2, m2),
            venue: AudienceVenue(
                id: "lieu-\(id)", name: "Lieu \(id)", address: "1 rue de la République, 97110 Pointe-à-Pitre", geo: nil,
                securityZone: nil),
            participants: people, press: press,
            pressPositioning: press == .closed ? nil : start.adding(minutes: -15), notes: nil, confidential: false)
    }

    static func commune(_ code: String, _ name: String, _ zone: SecurityZone) -> EscortPlace {
        EscortPlace(kind: .commune, id: code, name: name, zone: zone)
    }

    /// The programme of `audience`. Escort legs and units are in the security view only, unless `escort` says
    /// otherwise (to show that the renderer itself prints them for security only).
    static func content(
        audience: Audience = .security, status: VisitStatus = .confirmed, conflicts: Bool = true,
        escort: Bool? = nil
    ) -> ProgrammeContent {
        let escort = escort ?? (audience == .security)
        let arrivee = item(
            "arrivee", hostileTitle, day1, 9, 10, 9, 30, press: .pool, people: [ministre, prefet, maire],
            kind: .arrival)
        let ceremonie = item(
            "ceremonie", "Cérémonie au monument aux morts", day1, 10, 0, 10, 40, people: [ministre, prefet, maire],
            kind: .ceremony)
        let dejeuner = item("dejeuner", "Déjeuner", day1, 12, 30, 13, 45, press: .closed, kind: .meal)
        let port = item("port", "Visite du port", day2, 8, 30, 9, 30, press: .pool, people: [ministre])
        let depart = item("depart", "Départ", day2, 11, 30, 11, 50, people: [ministre, prefet], kind: .departure)
        let busy = AudienceBusyBlock(id: "busy-0123456789abcdef", start: at(day1, 10, 50), end: at(day1, 11, 35))
        let abymes = commune("97101", "Les Abymes", .gendarmerie)
        let pointeAPitre = commune("97120", "Pointe-à-Pitre", .police)
        let t1 = AudienceTransfer(
            fromItem: "arrivee", toItem: "ceremonie", from: arrivee.venue, to: ceremonie.venue, start: at(day1, 9, 30),
            end: at(day1, 9, 55), mode: .car, riders: [ministre, prefet],
            escort: escort
                ? AudienceEscortLeg(
                    units: ["motards-dsp", "edsr"], places: [abymes, pointeAPitre], stretches: [],
                    handOvers: [
                        EscortHandOver(
                            leaving: abymes, entering: pointeAPitre, fromZone: .gendarmerie, toZone: .police,
                            fromUnits: ["edsr"], toUnits: ["motards-dsp"])
                    ], inPlace: ["motards-dsp": at(day1, 9, 0), "edsr": at(day1, 9, 0)]) : nil)
        let t2 = AudienceTransfer(
            fromItem: "port", toItem: "depart", from: port.venue, to: depart.venue, start: at(day2, 11, 0),
            end: at(day2, 11, 25), mode: .helicopter, riders: [ministre], escort: nil)
        let units = [
            AudienceUnit(
                id: "edsr", name: "EDSR", force: .gendarmerie, leadMinutes: 30, maxDutyMinutes: nil, available: nil,
                phone: nil),
            AudienceUnit(
                id: "motards-dsp", name: nil, force: .police, leadMinutes: 30, maxDutyMinutes: nil, available: nil,
                phone: nil),
        ]
        let view = AudienceView(
            audience: audience,
            visit: AudienceVisit(
                id: "visite-test", title: "Visite <test> & \"essai\"", kind: .ministerial, status: status, zone: zone,
                date: day1, announce: nil, organizer: Organizer(name: "Bureau du cabinet", email: nil),
                principal: ministre),
            entries: [.item(arrivee), .item(ceremonie), .busy(busy), .item(dejeuner), .item(port), .item(depart)],
            transfers: [t1, t2], escort: escort ? AudienceEscort(units: units, duties: []) : nil)
        let orders: [String: ProgrammeContent.Orders] = [
            "arrivee": .init(welcome: [prefet, maire]),
            "ceremonie": .init(
                lineup: .init(leftToRight: [(maire, 3), (ministre, 1), (prefet, 2)], aisleAfter: nil),
                speeches: [maire, ministre], wreaths: [maire, ministre]),
            "dejeuner": .init(
                seating: .init(
                    style: .aLaFrancaise, host: prefet, nearSide: [nil, prefet, ministre], farSide: [nil, maire, nil],
                    westEnd: nil, eastEnd: nil)),
        ]
        return ProgrammeContent(
            view: view, orders: orders, keyPeople: [ministre, prefet],
            conflicts: conflicts
                ? [
                    .init(
                        code: "person-overlap", severity: .error, start: at(day1, 12, 30), end: at(day1, 13, 0),
                        subjects: ["prefet"], subjectNames: ["Paul Durand"],
                        message: Phrase(
                            fr: "prefet est retenu deux fois, 12h30-13h00", en: "prefet is booked twice, 12:30-13:00")),
                    .init(
                        code: "venue-overlap", severity: .error, start: at(day2, 8, 45), end: at(day2, 9, 0),
                        subjects: ["port"], subjectNames: ["Visite du port"],
                        message: Phrase(
                            fr: "port est retenu par deux visites à la fois",
                            en: "port is booked by two visits at once")),
                ] : [])
    }

    static let now = at(day1, 6, 0).adding(minutes: -24 * 60)

    static func html(
        audience: Audience = .security, status: VisitStatus = .confirmed, language: Language = .fr
    ) -> String {
        ProgrammeRenderer(
            content: content(audience: audience, status: status),
            options: ProgrammeOptions(
                language: language, now: now,
                revision: LocalDateTime(
                    date: LocalDate(year: 2026, month: 11, day: 20), time: LocalTime(hour: 17, minute: 0)))
        ).html()
    }
}
