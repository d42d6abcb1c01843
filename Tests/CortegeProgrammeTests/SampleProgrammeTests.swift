import CortegeCore
import CortegePlan
import CortegeTestSupport
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The programme of the Guadeloupe sample, rendered from real audience views.
@Suite struct SampleProgrammeTests {
    static let samplePath = Fixtures.samples.path("971-visite-ministre.yaml")
    /// After the announce time (2026-12-03 18:00 local).
    static let afterAnnounce = Instant(iso: "2026-12-03T19:00:00-04:00", zone: .utc)!

    static func analysis() throws -> Analysis {
        let loaded = PlanLoader().load(path: samplePath)
        let plan = try #require(loaded.plan)
        return Analysis(plan: plan)
    }

    static func render(_ analysis: Analysis, _ audience: Audience) throws -> (AudienceView, String) {
        let view = try analysis.view(for: audience, now: afterAnnounce).get()
        let orders = ProgrammeOrders(VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary))
        let html = Programme.html(
            view: view, orders: orders, conflicts: analysis.findings, keyPeople: ["prefet-971"],
            options: ProgrammeOptions(now: afterAnnounce, revision: analysis.plan.visit.revision))
        return (view, html)
    }

    @Test func everyBarOfEveryAudienceMatchesTheViewTimes() throws {
        let analysis = try Self.analysis()
        for audience in [Audience.security, .staff, .principal, .press, .public, .person("prefet-971")] {
            let (view, html) = try Self.render(analysis, audience)
            let doc = try XML.parse(html)
            var intervals: [String: (Instant, Instant)] = [:]
            for e in view.entries {
                switch e {
                case .item(let i): intervals[i.id] = (i.start, i.end)
                case .busy(let b): intervals[b.id] = (b.start, b.end)
                }
            }
            for t in view.transfers { intervals["\(t.fromItem)>\(t.toItem)"] = (t.start, t.end) }
            var bars = 0
            for svg in try XML.elements(doc, "svg", class: "timeline") {
                let axisStart = try #require(
                    XML.attribute(svg, "data-axis-start").flatMap { Instant(iso: $0, zone: .utc) })
                let axisEnd = try #require(XML.attribute(svg, "data-axis-end").flatMap { Instant(iso: $0, zone: .utc) })
                // The axis runs between whole local hours (Guadeloupe is UTC-4 all year).
                #expect((axisStart.seconds + 4 * 3600) % 3600 == 0)
                #expect((axisEnd.seconds + 4 * 3600) % 3600 == 0)
                let perMinute = 660.0 / Double((axisEnd.seconds - axisStart.seconds) / 60)
                let groups = try svg.nodes(forXPath: ".//*[@class='bar-group']").compactMap { $0 as? XMLElement }
                for g in groups
                where XML.attribute(g, "data-kind") == "item" || XML.attribute(g, "data-kind") == "transfer"
                    || XML.attribute(g, "data-kind") == "busy"
                {
                    let ref = try #require(XML.attribute(g, "data-ref"))
                    let (start, end) = try #require(intervals[ref], "\(audience): bar \(ref) is not in the view")
                    let rect = try #require(try g.nodes(forXPath: "./*[local-name()='rect']").first as? XMLElement)
                    let x = try #require(XML.attribute(rect, "x").flatMap(Double.init))
                    let width = try #require(XML.attribute(rect, "width").flatMap(Double.init))
                    #expect(abs(x - (148 + Double(start.seconds - axisStart.seconds) / 60 * perMinute)) < 0.01)
                    #expect(abs(width - Double(end.seconds - start.seconds) / 60 * perMinute) < 0.01)
                    #expect(start >= axisStart && end <= axisEnd)
                    bars += 1
                }
            }
            #expect(bars > 0, "\(audience)")
        }
    }

    @Test func pressProgrammeShowsNothingTheViewDropped() throws {
        let analysis = try Self.analysis()
        let plan = analysis.plan
        let (_, html) = try Self.render(analysis, .press)
        let doc = try XML.parse(html)
        let text = doc.rootElement()?.stringValue ?? ""
        for item in plan.programme where item.confidential || item.pressAccess == .closed {
            #expect(!html.contains(item.displayTitle), "closed item \(item.id) printed")
            #expect(!html.contains("\"\(item.id)\""), "closed item id \(item.id) printed")
        }
        for unit in plan.escortUnits.keys { #expect(!html.contains(unit), "escort unit \(unit) printed") }
        for person in plan.people.values { if let phone = person.phone { #expect(!text.contains(phone)) } }
        #expect(!html.contains("Ordre du cortège"))
        #expect(try XML.elements(doc, "div", class: "escort").isEmpty)
    }

    @Test func staffProgrammeShowsConfidentialItemsAsBusyBlocksOnly() throws {
        let analysis = try Self.analysis()
        let (_, html) = try Self.render(analysis, .staff)
        let secret = try #require(analysis.plan.programme.first { $0.confidential })
        #expect(!html.contains(secret.displayTitle))
        #expect(html.contains("Séquence réservée"))
        for unit in analysis.plan.escortUnits.keys { #expect(!html.contains(unit)) }
    }

    @Test func securityProgrammeShowsEscortLanesAndHandOvers() throws {
        let analysis = try Self.analysis()
        let (view, html) = try Self.render(analysis, .security)
        let doc = try XML.parse(html)
        let lanes = try XML.elements(doc, "text", class: "lane-sublabel").compactMap(\.stringValue)
        let escorted = Set(view.transfers.flatMap { $0.escort?.units ?? [] })
        #expect(!escorted.isEmpty)
        for unit in escorted { #expect(lanes.contains { $0.hasPrefix(unit + " ·") }, "no lane for \(unit)") }
        #expect(html.contains("Relève"))
    }

    @Test func participantsArePrintedInPrecedenceOrder() throws {
        let analysis = try Self.analysis()
        let (_, html) = try Self.render(analysis, .staff)
        let doc = try XML.parse(html)
        let ceremony = try #require(try doc.nodes(forXPath: "//*[@id='item-ceremonie-monument']").first as? XMLElement)
        let names = try ceremony.nodes(forXPath: ".//*[@class='who']").compactMap(\.stringValue)
        let visit = VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary)
        let expected = try #require(visit.item("ceremonie-monument")).precedence.ids.compactMap {
            analysis.plan.people[$0]?.displayName
        }
        #expect(names == expected)
        #expect(names.first == "Jeanne Martin-Lescure")
    }
}
