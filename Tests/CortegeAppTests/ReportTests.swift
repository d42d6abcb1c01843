import CortegeApp
import CortegeCore
import Foundation
import Testing

/// The text and JSON reports of the plan, protocol and audience views, on the samples.
@Suite struct ReportTests {
    static let ministre = Plans.sample("971-visite-ministre")

    @Test func protocolJSONHasOneObjectPerItemWithEveryOrder() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        let text = ProtocolFormat.jsonObject(ProtocolReport.orders(of: analysis)).text
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let items = try #require(parsed["items"] as? [[String: Any]])
        let item = try #require(items.first { $0["id"] as? String == "ceremonie-monument" })
        #expect(Set(item.keys) == ["id", "precedence", "welcome", "lineup", "speeches", "wreaths", "seating"])
        #expect((item["precedence"] as? [String])?.first == "ministre-interieur")
        #expect((item["speeches"] as? [String])?.last == "ministre-interieur")
        #expect((item["lineup"] as? [String])?.count == 8)
        #expect((item["seating"] as? [String]) == [])
        #expect(parsed["motorcade"] is [[String: Any]])
    }

    @Test func protocolTextShowsEachRuleAndEveryOrder() throws {
        let result = ProtocolReport.run(path: Self.ministre, item: nil, format: .human, language: .en)
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.contains("1 — minister on official visit (government rank 4)"))
        #expect(text.contains("7 — mayor of the host commune"))
        #expect(text.contains("lineup (art. 16, seen from the front): 8 6 4 2 1 3 5 7"))
        #expect(text.contains("speeches: maire-pap → ministre-interieur\n"))
        #expect(text.contains("Motorcade ("))
        let one = ProtocolReport.run(path: Self.ministre, item: "arrivee", format: .human, language: .en)
            .standardOutput
        #expect(!one.contains("ceremonie-monument —"))
        #expect(!one.contains("Motorcade"))
    }

    @Test func protocolTextIsFrenchByItsHeadings() throws {
        let result = ProtocolReport.run(path: Self.ministre, item: nil, format: .human, language: .fr)
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(
            text.contains(
                "Liste de préséance : décret 89-655 art. 3 (départements), rédaction du décret n° 2024-159 du "
                    + "28 février 2024 (en vigueur depuis le 1er mars 2024)"))
        #expect(text.contains("alignement (art. 16, vu de face) : 8 6 4 2 1 3 5 7"))
        #expect(text.contains("prises de parole : maire-pap → ministre-interieur"))
        #expect(text.contains("Cortège ("))
        #expect(!text.contains("Motorcade"))
        #expect(!text.contains("speeches:"))
    }

    @Test func anUnknownItemSuggestsTheNearestOne() {
        let result = ProtocolReport.run(path: Self.ministre, item: "ceremonie-monumen", format: .human, language: .en)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "error: no item `ceremonie-monumen` in \(Self.ministre); did you mean `ceremonie-monument`?\n")
        let french = ProtocolReport.run(path: Self.ministre, item: "ceremonie-monumen", format: .human, language: .fr)
        #expect(
            french.standardError
                == "erreur : aucune séquence `ceremonie-monumen` dans \(Self.ministre) ; vouliez-vous dire "
                + "`ceremonie-monument` ?\n")
    }

    @Test func theFreeOrderIsExplainedInThePlanText() throws {
        let open = try Plans.open(Plans.sample("63-tournee-prefet"))
        let text = try #require(FreeOrderFormat.text(open.analysis, Vocabulary(.en)))
        #expect(text.contains("Order chosen by Cortège (order: free"))
        #expect(PlanReport.text(open, language: .en).contains(text))
        let french = try #require(FreeOrderFormat.text(open.analysis, Vocabulary(.fr)))
        #expect(french.contains("Ordre choisi par Cortège (order: free"))
        #expect(PlanReport.text(open, language: .fr).contains(french))
        #expect(PlanReport.json(open.analysis).text.contains("\"free-order\" : ["))
    }

    @Test func thePressTextAndJSONNameNothingThePressMayNotSee() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        let view = try analysis.view(for: .press, now: try Plans.time("2026-12-20T12:00", analysis)).get()
        for text in [
            AudienceFormat.text(view, Vocabulary(.en)), AudienceFormat.text(view, Vocabulary(.fr)),
            AudienceFormat.json(view),
        ] {
            for secret in ["reunion-securite", "Réunion avec les forces", "+590", "hand-over", "escort", "relève"] {
                #expect(!text.contains(secret), "\(secret)")
            }
        }
    }

    @Test func theSecurityTextShowsTheHandOvers() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        let view = try analysis.view(for: .security, now: try Plans.time("2026-12-20T12:00", analysis)).get()
        #expect(AudienceFormat.text(view, Vocabulary(.en)).contains("      hand-over: "))
        #expect(AudienceFormat.text(view, Vocabulary(.fr)).contains("      relève : "))
        #expect(AudienceFormat.json(view).contains("\"hand-overs\" : ["))
    }

    @Test func aPlanThatCannotBeReadEndsWithStatusTwo() {
        let missing = PlanReport.run(
            path: "no-such-plan.yaml", format: .human, audience: nil, now: nil, language: .en)
        #expect(missing.status == 2)
        #expect(missing.standardOutput.isEmpty)
        #expect(!missing.standardError.isEmpty)
        let broken = PlanReport.run(
            path: Plans.repository.appendingPathComponent("samples/broken/unknown-ref.yaml").path, format: .human,
            audience: nil, now: nil, language: .en)
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("error["))
        let french = PlanReport.run(
            path: Plans.repository.appendingPathComponent("samples/broken/unknown-ref.yaml").path, format: .human,
            audience: nil, now: nil, language: .fr)
        #expect(french.status == 1)
        #expect(french.standardError.contains("erreur[unknown-ref] : "))
    }

    @Test func timesAreReadInTheVisitZone() {
        let zone = Zone.utc
        #expect(throws: TimeOptionError(option: "--dtstamp", text: "soon")) {
            try TimeOption.read("soon", option: "--dtstamp", zone: zone).get()
        }
        #expect((try? TimeOption.read(nil, option: "--now", zone: zone).get()) == .some(nil))
    }

    @Test func theProgrammeLanesAreThePrefetAndTheHost() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        #expect(ProgrammeAssembly.keyPeople(analysis).first == "prefet-971")
    }
}
