import CortegeCore
import Testing

/// The `unit:<id>` audience (docs/audiences.md §4): a unit sees its own legs, posts and duty, whom it escorts by
/// function, and its own contact; no item, no person's name or phone, no other unit's details.
struct UnitAudienceTests {
    typealias F = EscortFixture
    typealias V = AudienceViewTests

    static func analysis() -> Analysis {
        var plan = F.plan(programme: V.programme(), units: V.units)
        plan.escortUnits["edsr"]?.phone = "+590 590 00 11 22"
        plan.escortUnits["motards"]?.phone = "+590 590 99 88 77"
        return Analysis(plan: plan)
    }

    @Test func audienceNamesParseAndPrint() {
        #expect(Audience(text: "unit:edsr") == .unit("edsr"))
        #expect(Audience(text: "unit:") == nil)
        #expect(Audience.unit("edsr").description == "unit:edsr")
        #expect(Audience.names.contains("unit:<id>"))
    }

    @Test func aUnitSeesItsLegsPostAndDutyOnly() throws {
        let a = Self.analysis()
        let view = try a.view(for: .unit("edsr"), now: V.afterAnnounce).get()
        #expect(view.entries.isEmpty)
        #expect(view.transfers.map(\.toItem) == a.escort.legs(of: "edsr").map(\.id))
        let leg = try #require(view.transfers.first { $0.toItem == "visite-port" }?.escort)
        // The other unit is named (who hands over to whom), without its post.
        #expect(leg.units == ["motards", "edsr"])
        #expect(leg.posts.map(\.unit) == ["edsr"])
        #expect(leg.inPlace.keys.sorted() == ["edsr"])
        #expect(leg.handOvers.first?.fromUnits == ["motards"])
        let escort = try #require(view.escort)
        #expect(escort.units.map(\.id) == ["edsr"])
        #expect(escort.units.first?.phone == "+590 590 00 11 22")
        #expect(escort.duties.map(\.unit) == ["edsr"])
    }

    @Test func aUnitSeesWhomItEscortsByFunctionWithoutNamesOrPhones() throws {
        let view = try Self.analysis().view(for: .unit("edsr"), now: V.afterAnnounce).get()
        let riders = view.transfers.flatMap(\.riders)
        #expect(!riders.isEmpty)
        #expect(riders.allSatisfy { $0.phone == nil && $0.email == nil })
        let text = String(describing: view)
        for secret in [
            V.secretTitle, V.secretNotes, "Jeanne Martin", "Paul Durand", "+33 6 11 22 33 44", "+590 690",
            "+590 590 99 88 77", "Unité motards", "entrée par la porte B",
        ] {
            #expect(!text.contains(secret), "the unit view holds \(secret)")
        }
    }

    @Test func anUnknownUnitIsRefused() {
        switch Self.analysis().view(for: .unit("edsrr"), now: V.afterAnnounce) {
        case .success: Issue.record("a view was given for an unknown unit")
        case .failure(let refusal):
            #expect(refusal.diagnostic.code == .unknownRef)
            #expect(refusal.diagnostic.help == "did you mean `unit:edsr`?")
        }
    }

    @Test func securitySeesEveryUnitsPhone() throws {
        let view = try Self.analysis().view(for: .security, now: V.afterAnnounce).get()
        #expect(view.escort?.units.compactMap(\.phone).sorted() == ["+590 590 00 11 22", "+590 590 99 88 77"])
        for audience in [Audience.staff, .principal, .press, .public, .person("prefet")] {
            let other = try Self.analysis().view(for: audience, now: V.afterAnnounce).get()
            #expect(!String(describing: other).contains("+590 590"), "\(audience)")
        }
    }
}
