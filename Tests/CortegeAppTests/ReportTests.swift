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
        let result = ProtocolReport.run(path: Self.ministre, item: nil, format: .human)
        #expect(result.status == 0)
        let text = result.standardOutput
        #expect(text.contains("1 — minister on official visit (government rank 4)"))
        #expect(text.contains("7 — mayor of the host commune"))
        #expect(text.contains("lineup (art. 16, seen from the front): 8 6 4 2 1 3 5 7"))
        #expect(text.contains("speeches: maire-pap → ministre-interieur\n"))
        #expect(text.contains("Motorcade ("))
        let one = ProtocolReport.run(path: Self.ministre, item: "arrivee", format: .human).standardOutput
        #expect(!one.contains("ceremonie-monument —"))
        #expect(!one.contains("Motorcade"))
    }

    @Test func anUnknownItemSuggestsTheNearestOne() {
        let result = ProtocolReport.run(path: Self.ministre, item: "ceremonie-monumen", format: .human)
        #expect(result.status == 2)
        #expect(
            result.standardError
                == "error: no item `ceremonie-monumen` in \(Self.ministre); did you mean `ceremonie-monument`?\n")
    }

    @Test func theFreeOrderIsExplainedInThePlanText() throws {
        let open = try Plans.open(Plans.sample("63-tournee-prefet"))
        let text = try #require(FreeOrderFormat.text(open.analysis))
        #expect(text.contains("Order chosen by Cortège (order: free"))
        #expect(PlanReport.text(open).contains(text))
        #expect(PlanReport.json(open.analysis).text.contains("\"free-order\" : ["))
    }

    @Test func thePressTextAndJSONNameNothingThePressMayNotSee() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        let view = try analysis.view(for: .press, now: try Plans.time("2026-12-20T12:00", analysis)).get()
        for text in [AudienceFormat.text(view), AudienceFormat.json(view)] {
            for secret in ["reunion-securite", "Réunion avec les forces", "+590", "hand-over", "escort"] {
                #expect(!text.contains(secret), "\(secret)")
            }
        }
    }

    @Test func theSecurityTextShowsTheHandOvers() throws {
        let analysis = try Plans.open(Self.ministre).analysis
        let view = try analysis.view(for: .security, now: try Plans.time("2026-12-20T12:00", analysis)).get()
        #expect(AudienceFormat.text(view).contains("      hand-over: "))
        #expect(AudienceFormat.json(view).contains("\"hand-overs\" : ["))
    }

    @Test func aPlanThatCannotBeReadEndsWithStatusTwo() {
        let missing = PlanReport.run(path: "no-such-plan.yaml", format: .human, audience: nil, now: nil)
        #expect(missing.status == 2)
        #expect(missing.standardOutput.isEmpty)
        #expect(!missing.standardError.isEmpty)
        let broken = PlanReport.run(
            path: Plans.repository.appendingPathComponent("samples/broken/unknown-ref.yaml").path, format: .human,
            audience: nil, now: nil)
        #expect(broken.status == 1)
        #expect(broken.standardError.contains("error["))
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
