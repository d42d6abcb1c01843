import CortegeCore
import Foundation

@testable import CortegeProgramme

/// A small two-day programme built by hand, with times chosen so the expected picture can be worked out on paper.
enum ContentFixture {
    static let zone = Zone("America/Guadeloupe")!  // UTC-4, no daylight saving time
    static let day1 = LocalDate(year: 2026, month: 12, day: 4)
    static let day2 = LocalDate(year: 2026, month: 12, day: 5)

    /// An instant from a local wall time in Guadeloupe (UTC-4), computed without the zone code under test.
    static func at(_ day: LocalDate, _ hour: Int, _ minute: Int) -> Instant {
        Instant(seconds: Int64(day.daysSinceEpoch) * 86400 + Int64(hour * 3600 + minute * 60) + 4 * 3600)
    }

    typealias P = ProgrammeContent.Person
    static let ministre = P(id: "ministre", name: "Jeanne Martin", title: "Ministre de l'Intérieur")
    static let prefet = P(id: "prefet", name: "Paul Durand", title: "Préfet")
    static let maire = P(id: "maire", name: "Léa <Dupont> & \"Fils\"", title: "Maire")

    static let hostileTitle = "Arrivée <script>alert('x')</script> & \"accueil\""

    static func item(
        _ id: String, _ title: String, _ day: LocalDate, _ h1: Int, _ m1: Int, _ h2: Int, _ m2: Int,
        press: PressAccess = .open, people: [P] = [ministre, prefet], kind: ItemKind = .visit,
        orders: ProgrammeContent.Orders = .init()
    ) -> ProgrammeContent.Item {
        let start = at(day, h1, m1)
        return ProgrammeContent.Item(
            id: id, kind: kind, title: title, start: start, end: at(day, h2, m2),
            venue: .init(name: "Lieu \(id)", address: "1 rue de la République, 97110 Pointe-à-Pitre"),
            participants: people, press: press,
            pressPositioning: press == .closed ? nil : start.adding(minutes: -15), notes: nil, orders: orders)
    }

    static func content(
        reader: Audience = .security, status: VisitStatus = .confirmed, conflicts: Bool = true
    ) -> ProgrammeContent {
        let arrivee = item(
            "arrivee", hostileTitle, day1, 9, 10, 9, 30, press: .pool, people: [ministre, prefet, maire],
            kind: .arrival, orders: .init(welcome: [prefet, maire]))
        let ceremonie = item(
            "ceremonie", "Cérémonie au monument aux morts", day1, 10, 0, 10, 40, people: [ministre, prefet, maire],
            kind: .ceremony,
            orders: .init(
                lineup: .init(leftToRight: [(maire, 3), (ministre, 1), (prefet, 2)], aisleAfter: nil),
                speeches: [maire, ministre], wreaths: [maire, ministre]))
        let dejeuner = item(
            "dejeuner", "Déjeuner", day1, 12, 30, 13, 45, press: .closed, kind: .meal,
            orders: .init(
                seating: .init(
                    style: .aLaFrancaise, host: prefet, nearSide: [nil, prefet, ministre], farSide: [nil, maire, nil],
                    westEnd: nil, eastEnd: nil)))
        let port = item("port", "Visite du port", day2, 8, 30, 9, 30, press: .pool, people: [ministre])
        let depart = item("depart", "Départ", day2, 11, 30, 11, 50, people: [ministre, prefet], kind: .departure)
        let busy = ProgrammeContent.Busy(id: "busy-0123456789abcdef", start: at(day1, 10, 50), end: at(day1, 11, 35))
        let t1 = ProgrammeContent.Transfer(
            fromItem: "arrivee", toItem: "ceremonie", from: arrivee.venue, to: ceremonie.venue, start: at(day1, 9, 30),
            end: at(day1, 9, 55), mode: .car, riders: [ministre, prefet],
            escort: reader == .security
                ? .init(
                    units: ["motards-dsp", "edsr"], route: ["Les Abymes", "Pointe-à-Pitre"],
                    handOvers: [
                        .init(
                            leaving: "Les Abymes", entering: "Pointe-à-Pitre", fromZone: .gendarmerie, toZone: .police,
                            fromUnits: ["edsr"], toUnits: ["motards-dsp"])
                    ], inPlace: ["motards-dsp": at(day1, 9, 0), "edsr": at(day1, 9, 0)]) : nil)
        let t2 = ProgrammeContent.Transfer(
            fromItem: "port", toItem: "depart", from: port.venue, to: depart.venue, start: at(day2, 11, 0),
            end: at(day2, 11, 25), mode: .helicopter, riders: [ministre], escort: nil)
        return ProgrammeContent(
            reader: reader, readerName: nil, visitID: "visite-test", visitTitle: "Visite <test> & \"essai\"",
            visitKind: .ministerial,
            status: status, zone: zone, firstDate: day1, principal: ministre, organizer: "Bureau du cabinet",
            entries: [.item(arrivee), .item(ceremonie), .busy(busy), .item(dejeuner), .item(port), .item(depart)],
            transfers: [t1, t2],
            units: reader == .security
                ? [
                    .init(id: "edsr", name: "EDSR", force: .gendarmerie),
                    .init(id: "motards-dsp", name: nil, force: .police),
                ]
                : [],
            keyPeople: [ministre, prefet],
            conflicts: conflicts
                ? [
                    .init(
                        code: "person-overlap", severity: .error, start: at(day1, 12, 30), end: at(day1, 13, 0),
                        subjects: ["prefet"], subjectNames: ["Paul Durand"]),
                    .init(
                        code: "venue-overlap", severity: .error, start: at(day2, 8, 45), end: at(day2, 9, 0),
                        subjects: ["port"], subjectNames: ["Visite du port"]),
                ] : [],
            motorcade: [])
    }

    static let now = at(day1, 6, 0).adding(minutes: -24 * 60)

    static func html(
        reader: Audience = .security, status: VisitStatus = .confirmed, language: Language = .fr
    ) -> String {
        ProgrammeRenderer(
            content: content(reader: reader, status: status),
            options: ProgrammeOptions(
                language: language, now: now,
                revision: LocalDateTime(
                    date: LocalDate(year: 2026, month: 11, day: 20), time: LocalTime(hour: 17, minute: 0)))
        ).html()
    }
}
