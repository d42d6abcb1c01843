import CortegeCore
import Testing

/// The changes between two revisions, as each audience sees them (docs/diff-notify.md).
struct PlanDiffTests {
    typealias F = EscortFixture

    static func programme(ceremonyAt: String = F.at(10, 0), press: PressAccess = .open) -> [Item] {
        [
            F.item("arrivee", .arrival, venue: "aeroport", line: 30, at: F.at(9, 0), duration: 20),
            F.item(
                "ceremonie", .ceremony, venue: "prefecture", line: 40, at: ceremonyAt, duration: 30,
                participants: ["ministre", "prefet", "maire"], press: press,
                title: "Cérémonie au monument aux morts",
                before: F.transfer(line: 35, route: ["97101", "97120"])),
            F.item(
                "secret", .meeting, venue: "prefecture", line: 50, duration: 30, press: .closed, confidential: true,
                notes: "code 4821", title: "Réunion secrète"),
        ]
    }

    static func changes(_ old: Plan, _ new: Plan, _ audience: Audience) -> [PlanChange] {
        let now = F.instant(8, 0)
        let a = try? Analysis(plan: old).view(for: audience, now: now).get()
        let b = try? Analysis(plan: new).view(for: audience, now: now).get()
        return PlanDiff.changes(from: a, to: b)
    }

    @Test func theSameRevisionHasNoChange() {
        let plan = F.plan(programme: Self.programme())
        for audience in [Audience.security, .staff, .press, .public, .person("maire")] {
            #expect(Self.changes(plan, plan, audience).isEmpty)
        }
    }

    @Test func anItemBroughtForwardIsSaidInFrenchAndEnglish() {
        let old = F.plan(programme: Self.programme())
        let new = F.plan(programme: Self.programme(ceremonyAt: F.at(9, 45)))
        let moved = Self.changes(old, new, .security).filter { $0.item == "ceremonie" }
        #expect(moved.map(\.kind) == [.moved])
        #expect(moved.first?.affects == ["ministre", "prefet", "maire"])
        let fr = moved.first.map { Vocabulary(.fr).sentence($0, zone: F.zone, day: F.day) }
        #expect(fr == "Le début de « Cérémonie au monument aux morts » est avancé de 10 h 00 à 9 h 45.")
        let en = moved.first.map { Vocabulary(.en).sentence($0, zone: F.zone, day: F.day) }
        #expect(en == "“Cérémonie au monument aux morts” is brought forward from 10:00 to 9:45.")
        // The confidential meeting after it moves too: staff learn of a busy slot, the press of nothing.
        let staff = Self.changes(old, new, .staff)
        #expect(staff.contains { $0.title == nil && $0.kind == .moved })
        #expect(!String(describing: staff).contains("secrète"))
        let press = Self.changes(old, new, .press)
        #expect(press.map(\.item) == ["ceremonie"])
    }

    @Test func thePressSeesNothingBeforeAnnounceAndAPersonOnlyTheirItems() {
        let old = F.plan(programme: Self.programme())
        let new = F.plan(programme: Self.programme(ceremonyAt: F.at(9, 45)))
        let before = F.instant(12, 0, day: F.day.adding(days: -2))
        let a = try? Analysis(plan: old).view(for: .press, now: before).get()
        let b = try? Analysis(plan: new).view(for: .press, now: before).get()
        #expect(a == nil && b == nil)
        #expect(PlanDiff.changes(from: a, to: b).isEmpty)
        // The mayor attends only the ceremony.
        let mayor = Self.changes(old, new, .person("maire"))
        #expect(mayor.map(\.item) == ["ceremonie"])
    }

    @Test func pressAccessClosingRemovesTheItemFromThePressViewOnly() {
        let old = F.plan(programme: Self.programme())
        let new = F.plan(programme: Self.programme(press: .pool))
        #expect(Self.changes(old, new, .security).map(\.kind) == [.press])
        #expect(Self.changes(old, new, .press).map(\.kind) == [.press])
        #expect(Self.changes(old, new, .public).map(\.kind) == [.removed])
        let closed = F.plan(programme: Self.programme(press: .closed))
        #expect(Self.changes(old, closed, .press).map(\.kind) == [.removed])
    }

    @Test func escortChangesReachOnlyTheSecurityView() {
        let units = [F.unit("motards", .police, line: 100, lead: 30)]
        var programme = Self.programme()
        let old = F.plan(programme: programme, units: units)
        programme[1].transferBefore?.escort = .none
        let new = F.plan(programme: programme, units: units)
        let security = Self.changes(old, new, .security)
        #expect(security.map(\.kind) == [.escort])
        #expect(security.first?.affects.first == "motards")
        for audience in [Audience.principal, .staff, .press, .person("ministre")] {
            #expect(Self.changes(old, new, audience).isEmpty, "\(audience)")
        }
    }

    @Test func removedParticipantsAndAddedItems() {
        var programme = Self.programme()
        let old = F.plan(programme: programme)
        programme[1].participants.removeAll { $0 == "maire" }
        programme.append(F.item("depart", .departure, venue: "aeroport", line: 60, duration: 15))
        let new = F.plan(programme: programme)
        let all = Self.changes(old, new, .security)
        #expect(all.map(\.kind) == [.participantsRemoved, .added])
        #expect(all.first?.affects.contains("maire") == true)
        let fr = Vocabulary(.fr)
        #expect(
            all.first.map { fr.sentence($0, zone: F.zone, day: F.day) }
                == "Ne participe plus à « Cérémonie au monument aux morts » : Marie Lebon.")
        // The mayor's own view: the ceremony left it, and a message to the mayor says so in their terms.
        let mayor = Self.changes(old, new, .person("maire"))
        #expect(mayor.map(\.kind) == [.removed])
        #expect(
            mayor.first.map { fr.sentence($0, zone: F.zone, day: F.day, personal: true) }
                == "« Cérémonie au monument aux morts » (de 10 h 00 à 10 h 30) ne figure plus à votre programme.")
    }

    @Test func spokenTimes() {
        #expect(Vocabulary(.fr).spokenTime(LocalTime(hour: 10, minute: 0)) == "10 h 00")
        #expect(Vocabulary(.fr).spokenTime(LocalTime(hour: 9, minute: 45)) == "9 h 45")
        #expect(Vocabulary(.en).spokenTime(LocalTime(hour: 9, minute: 5)) == "9:05")
    }
}
