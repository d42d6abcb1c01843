import CortegeCore
import Testing

/// The leak property (docs/audiences.md §4) on changes: over generated pairs of revisions (the plans of
/// `RandomPlan`, then a few random edits), no change nor its sentence, for any audience, holds anything outside that
/// audience's view.
struct PlanDiffPropertyTests {
    static let pairCount = 500

    /// A revision of `plan`: one to four edits among moving, lengthening, re-venuing, opening or closing to the
    /// press, adding or removing participants, changing a transfer's escort or riders, removing an item, changing
    /// the status. Confidentiality is never changed (the markers of `RandomPlan` name confidential items).
    static func revise(_ plan: Plan, using g: inout RandomPlan) -> Plan {
        var plan = plan
        let people = plan.people.keys.sorted()
        let venues = plan.venues.keys.sorted()
        for _ in 0..<g.int(1...4) {
            guard !plan.programme.isEmpty else { break }
            let k = g.int(0...(plan.programme.count - 1))
            switch g.int(0...9) {
            case 0: plan.programme[k].at = .timeOfDay(LocalTime(hour: g.int(7...16), minute: 5 * g.int(0...11)))
            case 1: plan.programme[k].durationMinutes = g.int(5...120)
            case 2: plan.programme[k].venue = g.pick(venues)
            case 3: plan.programme[k].press = g.pick(PressAccess.allCases)
            case 4: plan.programme[k].participants = people.filter { _ in g.chance(0.5) }
            case 5:
                if plan.programme[k].transferBefore != nil {
                    plan.programme[k].transferBefore?.escort =
                        g.chance(0.5) ? .none : .units(plan.escortUnits.keys.sorted().filter { _ in g.chance(0.5) })
                }
            case 6:
                if plan.programme[k].transferBefore != nil {
                    plan.programme[k].transferBefore?.riders = people.filter { _ in g.chance(0.5) }
                }
            case 7:
                if plan.programme.count > 2 && k > 0 {
                    let removed = plan.programme.remove(at: k)
                    if k < plan.programme.count, plan.programme[k].transferBefore == nil {
                        plan.programme[k].transferBefore = removed.transferBefore
                    }
                }
            case 8: plan.visit.status = g.pick(VisitStatus.allCases)
            default:
                plan.programme[k].at = .timeOfDay(LocalTime(hour: g.int(7...16), minute: 5 * g.int(0...11)))
                plan.programme[k].durationMinutes = g.int(5...120)
            }
        }
        return plan
    }

    static func text(_ changes: [PlanChange], zone: Zone) -> String {
        String(describing: changes)
            + changes.map { Vocabulary(.fr).sentence($0, zone: zone) + Vocabulary(.en).sentence($0, zone: zone) }
            .joined()
    }

    @Test func noChangeLeaksOutsideItsAudiencesView() {
        var pressChanges = 0
        var staffChanges = 0
        var personChanges = 0
        var securityEscort = 0
        for seed in 1...UInt64(Self.pairCount) {
            var g = RandomPlan(seed: seed)
            let old = g.make()
            let new = Self.revise(old, using: &g)
            let now = g.now(for: old)
            let a = Analysis(plan: old)
            let b = Analysis(plan: new)
            let announce = old.visit.announce.map { old.visit.zone.resolve($0).instant }
            let forbidden = AudiencePropertyTests.forbidden(seed: seed)

            for audience in [Audience.press, .public, .staff] {
                let va = try? a.view(for: audience, now: now).get()
                let vb = try? b.view(for: audience, now: now).get()
                let changes = PlanDiff.changes(from: va, to: vb)
                if audience.isEmbargoed, let announce, now < announce {
                    #expect(changes.isEmpty, "seed \(seed): \(audience) told before announce")
                }
                let shown = Set((va?.entries ?? []).map(\.id)).union((vb?.entries ?? []).map(\.id))
                    .union(
                        ((va?.transfers ?? []) + (vb?.transfers ?? [])).map { "transfer-\($0.fromItem)-\($0.toItem)" })
                for change in changes where change.item != "visit" {
                    #expect(shown.contains(change.item), "seed \(seed): \(audience) told of \(change.item)")
                }
                #expect(!changes.contains { $0.kind == .escort }, "seed \(seed): \(audience) told of an escort")
                let text = Self.text(changes, zone: old.visit.zone)
                for marker in forbidden + (audience.isEmbargoed ? ["NOTE-"] : []) {
                    #expect(!text.contains(marker), "seed \(seed): \(audience) changes hold \(marker)")
                }
                if audience == .press { pressChanges += changes.count }
                if audience == .staff { staffChanges += changes.count }
            }

            for id in old.people.keys.sorted() {
                let audience = Audience.person(id)
                let va = try? a.view(for: audience, now: now).get()
                let vb = try? b.view(for: audience, now: now).get()
                let changes = PlanDiff.changes(from: va, to: vb)
                // The items of the person's views are those they attend (AudiencePropertyTests, AudienceViewTests).
                let attended = Set((va?.items ?? []).map(\.id)).union((vb?.items ?? []).map(\.id))
                let rides = Set((va?.transfers ?? []) + (vb?.transfers ?? []))
                    .filter { $0.riders.contains { $0.id == id } }.map { "transfer-\($0.fromItem)-\($0.toItem)" }
                for change in changes where change.item != "visit" {
                    #expect(
                        attended.contains(change.item) || rides.contains(change.item),
                        "seed \(seed): \(id) told of \(change.item)")
                    #expect(change.title != nil, "seed \(seed): a busy slot in a person's view")
                }
                #expect(!changes.contains { $0.kind == .escort }, "seed \(seed)")
                let text = Self.text(changes, zone: old.visit.zone)
                for marker in ["ESCORT-UNIT", "unit-", "ROUTE-COMMUNE", "rc\(seed)-"] {
                    #expect(!text.contains(marker), "seed \(seed): \(id)'s changes hold \(marker)")
                }
                personChanges += changes.count
            }

            let sa = try? a.view(for: .security, now: now).get()
            let sb = try? b.view(for: .security, now: now).get()
            securityEscort += PlanDiff.changes(from: sa, to: sb).filter { $0.kind == .escort }.count
        }
        // Not vacuous: every audience is told of changes across the pairs.
        #expect(pressChanges > 100)
        #expect(staffChanges > 100)
        #expect(personChanges > 100)
        #expect(securityEscort > 20)
    }
}
