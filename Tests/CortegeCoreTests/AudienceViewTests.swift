import CortegeCore
import Foundation
import Testing

/// What each audience may see (docs/audiences.md §4), field by field.
struct AudienceViewTests {
    typealias F = EscortFixture

    static let secretTitle = "Réunion secrète avec la DGSI"
    static let secretNotes = "code de la porte 4821"

    static func programme() -> [Item] {
        [
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 10), duration: 20),
            F.item(
                "reunion", .meeting, venue: "prefecture", line: 40, duration: 45, confidential: true,
                notes: secretNotes, title: secretTitle),
            F.item(
                "visite-port", .visit, venue: "port", line: 50, duration: 40, press: .pool,
                notes: "entrée par la porte B",
                before: F.transfer(line: 45, route: ["97120", "97103"])),
            F.item("point-presse", .pressPoint, venue: "port", line: 60, duration: 15, participants: ["ministre"]),
            F.item("dejeuner", .meal, venue: "port", line: 70, duration: 60, participants: ["ministre", "maire"]),
            F.item("depart", .departure, venue: "aeroport", line: 80, duration: 15),
        ]
    }

    static let units = [
        F.unit("motards", .police, line: 100, available: "06:00-20:00", maxDuty: 600, lead: 30),
        F.unit("edsr", .gendarmerie, line: 105, available: "07:00-19:00", lead: 20),
    ]

    static func analysis(announce: LocalDateTime? = LocalDateTime(iso: "2026-12-03T18:00")) -> Analysis {
        Analysis(plan: F.plan(programme: programme(), units: units, announce: announce))
    }

    static let afterAnnounce = F.instant(19, 0, day: F.day.adding(days: -1))

    func view(_ audience: Audience, _ a: Analysis = analysis(), now: Instant = afterAnnounce) -> AudienceView? {
        try? a.view(for: audience, now: now).get()
    }

    // MARK: embargo

    @Test func thePressAndPublicViewsAreRefusedBeforeAnnounce() {
        let a = Self.analysis()
        let announce = F.instant(18, 0, day: F.day.adding(days: -1))
        for audience in [Audience.press, .public] {
            switch a.view(for: audience, now: announce.adding(seconds: -1)) {
            case .success: Issue.record("the \(audience) view was given before announce")
            case .failure(let refusal):
                #expect(refusal.diagnostic.code == .embargo)
                #expect(refusal.diagnostic.severity == .error)
                #expect(refusal.diagnostic.location == F.loc(1, 12))
            }
            #expect(view(audience, a, now: announce) != nil)
        }
    }

    @Test func otherAudiencesAreNotEmbargoed() {
        let a = Self.analysis()
        let before = F.instant(8, 0, day: F.day.adding(days: -10))
        for audience in [Audience.staff, .security, .principal, .person("prefet")] {
            #expect(view(audience, a, now: before) != nil, "\(audience)")
        }
    }

    @Test func withoutAnnounceThereIsNoEmbargo() {
        let a = Self.analysis(announce: nil)
        let longBefore = F.instant(8, 0, day: F.day.adding(days: -30))
        #expect(view(.press, a, now: longBefore)?.items.map(\.id) == ["arrivee", "visite-port", "point-presse"])
    }

    @Test func itemsStartingBeforeAnnounceAreWithheldFromThePress() {
        // Announced at 10:00 on the day: the 09:10 arrival was never announced.
        let a = Self.analysis(announce: LocalDateTime(iso: "2026-12-04T10:00"))
        let press = view(.press, a, now: F.instant(10, 0))
        #expect(press?.items.map(\.id) == ["visite-port", "point-presse"])
        #expect(view(.staff, a, now: F.instant(10, 0))?.items.first?.id == "arrivee")
    }

    // MARK: press and public

    @Test func thePressSeesOpenAndPoolItemsOnlyWithoutTransfersPhonesOrNotes() throws {
        let press = try #require(view(.press))
        // The meal and the departure are closed by default, the meeting confidential.
        #expect(press.items.map(\.id) == ["arrivee", "visite-port", "point-presse"])
        #expect(press.items.map(\.press) == [.open, .pool, .open])
        #expect(press.busyBlocks.isEmpty)
        #expect(press.transfers.isEmpty)
        #expect(press.escort == nil)
        #expect(press.items.allSatisfy { $0.notes == nil })
        #expect(press.items.flatMap(\.participants).allSatisfy { $0.phone == nil })
        #expect(press.visit.principal?.phone == nil)
        #expect(press.items.allSatisfy { $0.venue.securityZone == nil })
        #expect(press.items.first?.pressPositioning == F.instant(8, 55))
    }

    @Test func thePublicSeesOpenItemsOnly() throws {
        let pub = try #require(view(.public))
        #expect(pub.items.map(\.id) == ["arrivee", "point-presse"])
        #expect(pub.items.allSatisfy { $0.pressPositioning == nil })
        #expect(pub.transfers.isEmpty)
    }

    // MARK: staff

    @Test func staffSeeConfidentialItemsAsBusyBlocksWithoutDetails() throws {
        let staff = try #require(view(.staff))
        #expect(staff.entries.count == 6)
        #expect(staff.busyBlocks.count == 1)
        let busy = try #require(staff.busyBlocks.first)
        #expect(busy.start == F.instant(9, 40))
        #expect(busy.end == F.instant(10, 25))
        #expect(busy.id.hasPrefix("busy-"))
        #expect(!busy.id.contains("reunion"))
        #expect(busy.id == view(.staff)?.busyBlocks.first?.id)
        #expect(!staff.items.contains { $0.id == "reunion" })
        #expect(staff.items.first { $0.id == "visite-port" }?.notes == "entrée par la porte B")
    }

    @Test func staffSeeNoEscortNoRouteAndNoPhone() throws {
        let staff = try #require(view(.staff))
        #expect(staff.escort == nil)
        // Transfers into and out of the confidential meeting would give its venue away.
        #expect(staff.transfers.map(\.toItem) == ["depart"])
        #expect(staff.transfers.allSatisfy { $0.escort == nil })
        #expect(staff.items.flatMap(\.participants).allSatisfy { $0.phone == nil })
    }

    // MARK: security, principal, person

    @Test func securitySeesTheEscortPlanRoutesHandOversAndPhones() throws {
        let sec = try #require(view(.security))
        let escort = try #require(sec.escort)
        #expect(escort.units.map(\.id) == ["edsr", "motards"])
        #expect(escort.duties.map(\.unit).sorted() == ["edsr", "motards"])
        let leg = try #require(sec.transfers.first { $0.toItem == "visite-port" }?.escort)
        #expect(leg.units == ["motards", "edsr"])
        #expect(leg.places.map(\.id) == ["prefecture", "97120", "97103", "port"])
        #expect(leg.handOvers.count == 1)
        #expect(leg.inPlace["edsr"] == F.instant(10, 5))
        #expect(sec.items.first { $0.id == "reunion" }?.title == Self.secretTitle)
        #expect(sec.items.first { $0.id == "reunion" }?.confidential == true)
        #expect(sec.items.first?.participants.first?.phone == "+33 6 11 22 33 44")
        #expect(sec.items.first?.venue.securityZone == .police)
    }

    @Test func thePrincipalSeesEverythingButTheEscort() throws {
        let p = try #require(view(.principal))
        #expect(p.items.count == 6)
        #expect(p.escort == nil)
        #expect(p.transfers.count == 3)
        #expect(p.transfers.allSatisfy { $0.escort == nil })
        #expect(p.items.first { $0.id == "reunion" }?.notes == Self.secretNotes)
        #expect(p.visit.principal?.phone == "+33 6 11 22 33 44")
    }

    @Test func aPersonSeesTheItemsTheyAttendAndTheTransfersTheyRide() throws {
        let maire = try #require(view(.person("maire")))
        #expect(maire.items.map(\.id) == ["dejeuner"])
        #expect(maire.transfers.isEmpty)
        #expect(maire.items.first?.participants.map(\.phone) == ["+33 6 11 22 33 44", "+590 690 00 00 02"])
        let prefet = try #require(view(.person("prefet")))
        #expect(prefet.items.map(\.id) == ["arrivee", "reunion", "visite-port", "depart"])
        #expect(prefet.transfers.map(\.toItem) == ["reunion", "visite-port"])
        #expect(prefet.escort == nil)
        #expect(prefet.transfers.allSatisfy { $0.escort == nil && $0.to.securityZone == nil })
    }

    @Test func anUnknownPersonIsRefusedWithASuggestion() {
        guard case .failure(let refusal) = Self.analysis().view(for: .person("prefe"), now: Self.afterAnnounce) else {
            Issue.record("a view for an unknown person")
            return
        }
        #expect(refusal.diagnostic.code == .unknownRef)
        #expect(refusal.diagnostic.help == "did you mean `person:prefet`?")
    }

    // MARK: reading audiences and times

    @Test func audiencesAreReadFromTheirNames() {
        #expect(Audience(text: "press") == .press)
        #expect(Audience(text: "public") == .public)
        #expect(Audience(text: "person:prefet-971") == .person("prefet-971"))
        #expect(Audience(text: "person:") == nil)
        #expect(Audience(text: "journalists") == nil)
        #expect(Audience.person("prefet").description == "person:prefet")
    }

    @Test func nowIsReadAsLocalTimeOrWithAnOffset() {
        #expect(Instant(iso: "2026-12-04T09:10", zone: F.zone) == F.instant(9, 10))
        #expect(Instant(iso: "2026-12-04T13:10Z", zone: F.zone) == F.instant(9, 10))
        #expect(Instant(iso: "2026-12-04T09:10:00-04:00", zone: F.zone) == F.instant(9, 10))
        #expect(Instant(iso: "2026-12-04T14:10+0100", zone: F.zone) == F.instant(9, 10))
        #expect(Instant(iso: "2026-12-04", zone: F.zone) == nil)
        #expect(Instant(iso: "tomorrow", zone: F.zone) == nil)
    }
}
