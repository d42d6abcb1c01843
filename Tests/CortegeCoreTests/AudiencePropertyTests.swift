import CortegeCore
import CortegeTestSupport
import Testing

/// A deterministic generator (SplitMix64), so that every run checks the same plans.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random plans whose secrets are marked, so that a leak can be found in a view and in its rendered text.
/// Confidential items are `conf-item-N` titled `CONFIDENTIAL-TITLE-N` with notes `CONF-NOTE-N`; units are `unit-N`
/// named `ESCORT-UNIT-N`; communes (the only route material) are `rcSEED-N` named `ROUTE-COMMUNE-N`; every phone
/// number starts with `+590-690-`.
struct RandomPlan {
    var rng: SeededGenerator
    let seed: UInt64

    init(seed: UInt64) {
        self.seed = seed
        rng = SeededGenerator(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &rng) < p }
    mutating func pick<T>(_ values: [T]) -> T { values[int(0...(values.count - 1))] }

    static let zone = Zone("America/Guadeloupe")!
    static let day = LocalDate(year: 2026, month: 12, day: 4)

    /// `random-<seed>.yaml`, column 1: the visit on line 1, communes from line 2, people from 10, venues from 20,
    /// units from 30; item k's transfer on line 100 + 10 k and the item five lines below.
    var layout: PlanBuilder.Layout {
        PlanBuilder.Layout(
            file: "random-\(seed).yaml", peopleLine: 10, venueLine: 20, communeLine: 2, unitLine: 30)
    }

    mutating func make() -> Plan {
        var b = PlanBuilder(layout: layout, date: Self.day, zone: Self.zone)
        let communeCodes = (0..<4).map { "rc\(seed)-\($0)" }
        for (k, code) in communeCodes.enumerated() {
            b.commune(
                code, name: "ROUTE-COMMUNE-\(k)", securityZone: chance(0.8) ? pick([.police, .gendarmerie]) : nil)
        }
        let personIDs = (0..<int(2...6)).map { "p\($0)" }
        for (k, id) in personIDs.enumerated() {
            b.person(
                id, name: "Personne \(k)", title: chance(0.5) ? "Fonction \(k)" : nil,
                escortRequired: chance(0.3) ? true : (chance(0.2) ? false : nil),
                phone: chance(0.8) ? "+590-690-\(seed)-\(k)" : nil)
        }
        let venueIDs = (0..<int(2...5)).map { "v\($0)" }
        for (k, id) in venueIDs.enumerated() {
            b.venue(
                id, name: "Lieu \(k)", commune: pick(communeCodes),
                geo: GeoPoint(
                    latitude: 16.0 + Double(int(0...300)) / 1000, longitude: -61.7 + Double(int(0...300)) / 1000),
                securityZone: chance(0.3) ? pick([.police, .gendarmerie]) : nil)
            // Every venue has a contact number (drawn from nothing random).
            b.venues[b.venues.count - 1].phone = "+590-690-\(seed)-venue-\(k)"
        }
        for k in 0..<int(0...3) {
            let force: Force = pick([.police, .gendarmerie])
            let available =
                chance(0.5)
                ? DailyHours(
                    start: LocalTime(hour: int(5...9), minute: 0), end: LocalTime(hour: int(14...21), minute: 0))
                : nil
            b.unit(
                "unit-\(k)", force, name: "ESCORT-UNIT-\(k)", available: available?.description,
                maxDuty: chance(0.5) ? int(60...600) : nil, lead: int(0...45))
            // Every unit has a contact number (drawn from nothing random, so that the plans stay the same).
            b.units[b.units.count - 1].phone = "+590-690-\(seed)-unit-\(k)"
        }
        let count = int(2...8)
        for k in 0..<count {
            let confidential = chance(0.3)
            var transfer: TransferSpec?
            if k > 0 && chance(0.6) {
                let escort: EscortRequest =
                    switch int(0...2) {
                    case 0: .auto
                    case 1: .none
                    default: .units(b.units.map(\.id).sorted().filter { _ in chance(0.5) })
                    }
                transfer = b.transfer(
                    line: 100 + 10 * k, mode: chance(0.85) ? .car : .foot,
                    duration: chance(0.4) ? int(5...60) : nil, escort: escort,
                    riders: chance(0.3) ? personIDs.filter { _ in chance(0.5) } : nil,
                    route: (0..<int(0...3)).map { _ in pick(communeCodes) })
            }
            let at: LocalTime? =
                k == 0
                ? LocalTime(hour: int(7...10), minute: 5 * int(0...11))
                : (chance(0.2) ? LocalTime(hour: int(9...16), minute: 5 * int(0...11)) : nil)
            b.item(
                confidential ? "conf-item-\(k)" : "item-\(k)", kind: pick(ItemKind.allCases),
                title: confidential ? "CONFIDENTIAL-TITLE-\(k)" : "Titre \(k)", venue: pick(venueIDs),
                duration: int(5...90), at: at?.description, participants: personIDs.filter { _ in chance(0.5) },
                press: chance(0.5) ? pick(PressAccess.allCases) : nil, confidential: confidential,
                notes: chance(0.5) ? (confidential ? "CONF-NOTE-\(k)" : "NOTE-\(k)") : nil, transfer: transfer,
                line: 105 + 10 * k)
        }
        b.visit.announce =
            chance(0.9)
            ? LocalDateTime(date: Self.day.adding(days: int(-2...0)), time: LocalTime(hour: int(0...23), minute: 0))
            : nil
        b.visit.id = "visit-\(seed)"
        b.visit.title = "Visite \(seed)"
        b.visit.kind = pick([.ministerial, .prefect])
        b.visit.principal = "p0"
        b.visit.territory = "971"
        return b.plan
    }

    /// A `now` around the announce time (or around the visit when there is none).
    mutating func now(for plan: Plan) -> Instant {
        let base =
            plan.visit.announce.map { Self.zone.resolve($0).instant }
            ?? Self.zone.resolve(LocalDateTime(date: Self.day, time: LocalTime(hour: 8, minute: 0))).instant
        return base.adding(minutes: int(-3000...3000))
    }
}

struct AudiencePropertyTests {
    static let planCount = 1_000

    /// Markers that must never reach the press, the public or staff, in any field of their view.
    static func forbidden(seed: UInt64) -> [String] {
        [
            "CONFIDENTIAL-TITLE", "conf-item-", "CONF-NOTE", "ESCORT-UNIT", "unit-", "ROUTE-COMMUNE", "rc\(seed)-",
            "+590-690-",
        ]
    }

    @Test func pressAndPublicViewsNeverLeakAndStaffSeesNoEscort() {
        var embargoed = 0
        var pressViews = 0
        var busyBlocks = 0
        var unitLegs = 0
        for seed in 1...UInt64(Self.planCount) {
            var generator = RandomPlan(seed: seed)
            let plan = generator.make()
            let now = generator.now(for: plan)
            let analysis = Analysis(plan: plan)
            let confidential = Set(analysis.itinerary.items.filter { $0.item.confidential }.map(\.id))
            let announce = plan.visit.announce.map { plan.visit.zone.resolve($0).instant }

            for audience in [Audience.press, .public] {
                switch analysis.view(for: audience, now: now) {
                case .failure(let refusal):
                    #expect(refusal.diagnostic.code == .embargo, "seed \(seed)")
                    #expect(announce.map { now < $0 } == true, "seed \(seed): refused after announce or without one")
                    embargoed += 1
                case .success(let view):
                    pressViews += 1
                    if let announce, now < announce {
                        Issue.record("seed \(seed): \(audience) view given before announce")
                    }
                    #expect(view.busyBlocks.isEmpty, "seed \(seed)")
                    #expect(view.transfers.isEmpty, "seed \(seed)")
                    #expect(view.escort == nil, "seed \(seed)")
                    #expect(view.visit.principal?.phone == nil, "seed \(seed)")
                    for item in view.items {
                        #expect(!confidential.contains(item.id) && !item.confidential, "seed \(seed): \(item.id)")
                        if let announce { #expect(item.start >= announce, "seed \(seed): \(item.id) before announce") }
                        #expect(item.participants.allSatisfy { $0.phone == nil }, "seed \(seed)")
                        #expect(item.notes == nil, "seed \(seed)")
                        #expect(item.venue.securityZone == nil, "seed \(seed)")
                        #expect(item.press != .closed, "seed \(seed)")
                        if audience == .public { #expect(item.press == .open, "seed \(seed)") }
                    }
                    let fields = String(describing: view)
                    for marker in Self.forbidden(seed: seed) + ["NOTE-"] {
                        #expect(!fields.contains(marker), "seed \(seed): \(audience) view holds \(marker)")
                    }
                }
            }

            switch analysis.view(for: .staff, now: now) {
            case .failure(let refusal):
                Issue.record("seed \(seed): staff view refused: \(refusal.diagnostic.message)")
            case .success(let view):
                #expect(view.escort == nil, "seed \(seed)")
                #expect(view.transfers.allSatisfy { $0.escort == nil }, "seed \(seed)")
                #expect(view.busyBlocks.count == confidential.count, "seed \(seed)")
                #expect(view.items.allSatisfy { !confidential.contains($0.id) }, "seed \(seed)")
                #expect(view.items.flatMap(\.participants).allSatisfy { $0.phone == nil }, "seed \(seed)")
                busyBlocks += view.busyBlocks.count
                let fields = String(describing: view)
                for marker in Self.forbidden(seed: seed) {
                    #expect(!fields.contains(marker), "seed \(seed): staff view holds \(marker)")
                }
            }

            // A unit sees its own legs and contact: no item (title, participants, press), no name of a person,
            // no other phone, no other unit's name or duty.
            for unit in plan.escortUnits.keys.sorted() {
                switch analysis.view(for: .unit(unit), now: now) {
                case .failure(let refusal):
                    Issue.record("seed \(seed): \(unit) view refused: \(refusal.diagnostic.message)")
                case .success(let view):
                    let own = analysis.escort.legs(of: unit).map(\.id)
                    #expect(view.entries.isEmpty, "seed \(seed)")
                    #expect(view.transfers.map(\.toItem) == own, "seed \(seed)")
                    #expect(view.escort?.units.map(\.id) == [unit], "seed \(seed)")
                    #expect(view.escort?.duties.allSatisfy { $0.unit == unit } == true, "seed \(seed)")
                    #expect(view.transfers.allSatisfy { $0.escort?.posts.allSatisfy { $0.unit == unit } == true })
                    unitLegs += own.count
                    let ownPhone = plan.escortUnits[unit]?.phone ?? "?"
                    let fields = String(describing: view).replacingOccurrences(of: ownPhone, with: "")
                    var markers = ["CONFIDENTIAL-TITLE", "CONF-NOTE", "NOTE-", "Titre ", "Personne ", "+590-690-"]
                    markers += plan.escortUnits.values.filter { $0.id != unit }.compactMap(\.name)
                    for marker in markers {
                        #expect(!fields.contains(marker), "seed \(seed): \(unit) view holds \(marker)")
                    }
                }
            }
        }
        // The generator must exercise both sides of the embargo and confidential items.
        #expect(unitLegs > 100)
        #expect(embargoed > 100)
        #expect(pressViews > 100)
        #expect(busyBlocks > 100)
    }

    @Test func theGeneratorIsDeterministic() {
        var a = RandomPlan(seed: 42)
        var b = RandomPlan(seed: 42)
        let pa = a.make()
        let pb = b.make()
        #expect(pa.programme == pb.programme)
        #expect(pa.escortUnits == pb.escortUnits)
    }
}
