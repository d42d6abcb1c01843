import CortegeCore
import Testing

/// Named hand-over points (docs/plan-format.md §9a, docs/audiences.md §2): where a leg hands over, and when the
/// receiving unit must be in place.
struct HandOverPointTests {
    typealias F = EscortFixture

    /// The préfecture (police) to the port (gendarmerie) through Pointe-à-Pitre then Baie-Mahault, 09:20 to 09:35;
    /// the police unit starts the leg, the gendarmerie unit (lead 20 minutes) takes over.
    static func analysis(points: [HandOverPoint]) -> Analysis {
        var plan = F.plan(
            programme: [
                F.item("arrivee", .arrival, venue: "prefecture", line: 30, at: F.at(9, 0), duration: 20),
                F.item(
                    "visite-port", .visit, venue: "port", line: 40,
                    before: F.transfer(line: 35, duration: 15, route: ["97120", "97103"])),
            ],
            units: [
                F.unit("motards", .police, line: 60, lead: 30),
                F.unit("edsr", .gendarmerie, line: 65, lead: 20),
            ])
        plan.handOverPoints = Dictionary(uniqueKeysWithValues: points.map { ($0.id, $0) })
        return Analysis(plan: plan)
    }

    /// A point three quarters of the way from the préfecture to the port (in straight line).
    static func point(_ id: String = "rond-point-jarry", joins: [String] = ["97120", "97103"]) -> HandOverPoint {
        let a = F.venues["prefecture"]?.geo ?? GeoPoint(latitude: 0, longitude: 0)
        let b = F.venues["port"]?.geo ?? GeoPoint(latitude: 0, longitude: 0)
        let geo = GeoPoint(
            latitude: a.latitude + 0.75 * (b.latitude - a.latitude),
            longitude: a.longitude + 0.75 * (b.longitude - a.longitude))
        return HandOverPoint(id: id, name: "Rond-point de Jarry", joins: joins, geo: geo, location: F.loc(80))
    }

    @Test func withoutADeclaredPointTheHandOverIsAtTheCommuneBoundaryAndTheReceivingUnitInPlaceBeforeTheLeg() throws {
        let a = Self.analysis(points: [])
        let leg = try #require(a.escort.leg(to: "visite-port"))
        #expect(leg.start == F.instant(9, 20))
        let h = try #require(leg.handOvers.first)
        #expect(h.point == nil)
        #expect(h.placeName == "Pointe-à-Pitre / Baie-Mahault")
        #expect(
            leg.post(of: "motards")
                == EscortPost(
                    unit: "motards", time: F.instant(8, 50), place: "Sous-préfecture de Pointe-à-Pitre",
                    atHandOver: false))
        #expect(
            leg.post(of: "edsr")
                == EscortPost(
                    unit: "edsr", time: F.instant(9, 0), place: "Pointe-à-Pitre / Baie-Mahault", atHandOver: true))
    }

    @Test func aDeclaredPointMovesTheHandOverAndTheReceivingUnitsInPlaceTime() throws {
        let a = Self.analysis(points: [Self.point()])
        let leg = try #require(a.escort.leg(to: "visite-port"))
        let h = try #require(leg.handOvers.first)
        #expect(h.point == EscortHandOverPoint(id: "rond-point-jarry", name: "Rond-point de Jarry"))
        // Three quarters of the 15-minute leg: 11 minutes after 09:20.
        #expect(h.time == F.instant(9, 31))
        #expect(h.estimated)
        #expect(
            leg.post(of: "edsr")
                == EscortPost(
                    unit: "edsr", time: F.instant(9, 11), place: "Rond-point de Jarry", atHandOver: true))
        // The unit that starts the leg keeps its post at the departure venue.
        #expect(leg.post(of: "motards")?.time == F.instant(8, 50))
        // The duty span of the receiving unit starts at its new in-place time.
        #expect(a.escort.duties.first { $0.unit == "edsr" }?.start == F.instant(9, 11))
        // The view of security carries the same in-place time.
        let view = try a.view(for: .security, now: F.instant(9, 0)).get()
        let escort = try #require(view.transfers.first { $0.toItem == "visite-port" }?.escort)
        #expect(escort.inPlace["edsr"] == F.instant(9, 11))
    }

    @Test func aPointJoiningTheZonesServesWhenNoneJoinsTheCommunes() throws {
        let byZone = Self.point("par-zone", joins: ["gendarmerie", "police"])
        let byCommune = Self.point("par-commune", joins: ["97120", "97103"])
        let a = Self.analysis(points: [byZone])
        #expect(a.escort.leg(to: "visite-port")?.handOvers.first?.point?.id == "par-zone")
        let b = Self.analysis(points: [byZone, byCommune])
        #expect(b.escort.leg(to: "visite-port")?.handOvers.first?.point?.id == "par-commune")
    }

    @Test func aPointJoiningOtherCommunesIsNotUsed() throws {
        let a = Self.analysis(points: [Self.point(joins: ["97101", "97105"])])
        let h = try #require(a.escort.leg(to: "visite-port")?.handOvers.first)
        #expect(h.point == nil)
    }
}
