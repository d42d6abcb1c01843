import CortegeCore
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct TimelineTests {
    typealias F = ContentFixture

    /// The picture's plot area: 660 units wide from x = 148 (a fixed layout, written here on purpose).
    static let originX = 148.0
    static let plotWidth = 660.0

    /// What each bar of the fixture should cover, worked out from the fixture's own times.
    static func expectedInterval(kind: String, ref: String, lane: String) -> (Instant, Instant)? {
        let content = F.content()
        switch kind {
        case "item":
            for case .item(let i) in content.view.entries where i.id == ref { return (i.start, i.end) }
        case "busy":
            for case .busy(let b) in content.view.entries where b.id == ref { return (b.start, b.end) }
        case "transfer":
            if let t = content.view.transfers.first(where: { "\($0.fromItem)>\($0.toItem)" == ref }) {
                return (t.start, t.end)
            }
        case "press-lead":
            for case .item(let i) in content.view.entries where i.id == ref {
                return (i.start.adding(minutes: -15), i.start)
            }
        case "escort-lead":
            if let t = content.view.transfers.first(where: { "\($0.fromItem)>\($0.toItem)" == ref }),
                let inPlace = t.escort?.inPlace[lane]
            {
                return (inPlace, t.start)
            }
        default: break
        }
        return nil
    }

    func double(_ e: XMLElement, _ name: String) -> Double? { XML.attribute(e, name).flatMap(Double.init) }

    @Test func everyBarSitsAtItsTimesOnTheScale() throws {
        let doc = try XML.parse(F.html(audience: .security))
        let svgs = try XML.elements(doc, "svg", class: "timeline")
        #expect(svgs.count == 2)
        // Day 1 runs from the press of the arrival at 08:55 to the end of lunch at 13:45: axis 08:00-14:00.
        // Day 2 from the press of the port visit at 08:15 to the departure at 11:50: axis 08:00-12:00.
        let axes: [(LocalDate, Int, Int)] = [(F.day1, 8, 14), (F.day2, 8, 12)]
        var checked = 0
        for (svg, (day, firstHour, lastHour)) in zip(svgs, axes) {
            let axisStart = F.at(day, firstHour, 0)
            let minutes = Double((lastHour - firstHour) * 60)
            let unitsPerMinute = Self.plotWidth / minutes
            #expect(XML.attribute(svg, "data-axis-start") == "\(day)T\(String(format: "%02d", firstHour)):00:00-04:00")
            #expect(XML.attribute(svg, "data-axis-end") == "\(day)T\(String(format: "%02d", lastHour)):00:00-04:00")
            let groups = try svg.nodes(forXPath: ".//*[local-name()='g' and @class='bar-group']").compactMap {
                $0 as? XMLElement
            }
            #expect(!groups.isEmpty)
            for g in groups {
                let kind = try #require(XML.attribute(g, "data-kind"))
                let ref = try #require(XML.attribute(g, "data-ref"))
                let lane = try #require(XML.attribute(g, "data-lane"))
                let (start, end) = try #require(
                    Self.expectedInterval(kind: kind, ref: ref, lane: lane), "\(kind) \(ref)")
                let rect = try #require(
                    try g.nodes(forXPath: "./*[local-name()='rect']").first as? XMLElement)
                let x = try #require(double(rect, "x"))
                let width = try #require(double(rect, "width"))
                let expectedX = Self.originX + Double(start.seconds - axisStart.seconds) / 60 * unitsPerMinute
                let expectedWidth = Double(end.seconds - start.seconds) / 60 * unitsPerMinute
                #expect(abs(x - expectedX) < 0.01, "\(kind) \(ref) on \(lane): x \(x), expected \(expectedX)")
                #expect(abs(width - expectedWidth) < 0.01, "\(kind) \(ref): width \(width), expected \(expectedWidth)")
                checked += 1
            }
        }
        // Day 1: minister 3 items + 1 transfer, préfet 3 + 1, busy 1, press 2 items + 2 leads, 2 units × (leg + lead);
        // day 2: minister 2 + 1, préfet 1, press 2 + 2.
        #expect(checked == 4 + 4 + 1 + 4 + 4 + 3 + 1 + 4)
    }

    @Test func hourTicksSitOnTheScale() throws {
        let doc = try XML.parse(F.html())
        let svg = try #require(try XML.elements(doc, "svg", class: "timeline").first)
        let ticks = try svg.nodes(forXPath: ".//*[local-name()='text' and @class='tick']").compactMap {
            $0 as? XMLElement
        }
        #expect(ticks.map { $0.stringValue ?? "" } == ["08h00", "09h00", "10h00", "11h00", "12h00", "13h00", "14h00"])
        for (i, tick) in ticks.enumerated() {
            let x = try #require(double(tick, "x"))
            #expect(abs(x - (Self.originX + Double(i) * Self.plotWidth / 6)) < 0.01)
        }
    }

    @Test func transfersAreHatched() throws {
        let doc = try XML.parse(F.html())
        let svg = try #require(try XML.elements(doc, "svg", class: "timeline").first)
        let patterns = try svg.nodes(forXPath: ".//*[local-name()='pattern']").compactMap {
            XML.attribute($0 as! XMLElement, "id")
        }
        #expect(patterns.contains("hatch-1"))
        let transfers = try svg.nodes(
            forXPath: ".//*[@class='bar-group']/*[local-name()='rect' and contains(@class,'bar-transfer')]"
        )
        .compactMap { $0 as? XMLElement }
        #expect(transfers.count == 4)
        for t in transfers { #expect(XML.attribute(t, "fill") == "url(#hatch-1)") }
        let items = try svg.nodes(
            forXPath: ".//*[@class='bar-group']/*[local-name()='rect' and contains(@class,'bar-item')]"
        )
        .compactMap { $0 as? XMLElement }
        for i in items { #expect(XML.attribute(i, "fill") == nil) }
    }

    @Test func lanesAreKeyPeoplePressAndEscortUnits() throws {
        let security = try XML.parse(F.html(audience: .security))
        let svg = try #require(try XML.elements(security, "svg", class: "timeline").first)
        let labels = try svg.nodes(forXPath: ".//*[local-name()='text' and @class='lane-label']").map {
            $0.stringValue ?? ""
        }
        #expect(labels == ["Jeanne Martin", "Paul Durand", "Réservé", "Presse", "EDSR", "motards-dsp"])
        let content = F.content(audience: .staff, escort: true)
        let staff = try XML.parse(ProgrammeRenderer(content: content, options: .init(now: F.now)).html())
        let staffSVG = try #require(try XML.elements(staff, "svg", class: "timeline").first)
        let staffLabels = try staffSVG.nodes(forXPath: ".//*[local-name()='text' and @class='lane-label']").map {
            $0.stringValue ?? ""
        }
        #expect(staffLabels == ["Jeanne Martin", "Paul Durand", "Réservé", "Presse"])
    }

    @Test func conflictsAreMarkedInRedWithTheirCode() throws {
        let doc = try XML.parse(F.html())
        let svgs = try XML.elements(doc, "svg", class: "timeline")
        // Day 1: the préfet's overlap 12:30-13:00 on his lane (the 2nd, below the 26-unit axis).
        let marks1 = try svgs[0].nodes(forXPath: ".//*[local-name()='g' and @class='conflict']").compactMap {
            $0 as? XMLElement
        }
        #expect(marks1.count == 1)
        #expect(XML.attribute(marks1[0], "data-code") == "person-overlap")
        let rect = try #require(try marks1[0].nodes(forXPath: "./*[local-name()='rect']").first as? XMLElement)
        #expect(XML.attribute(rect, "class")?.contains("conflict-mark") == true)
        #expect(abs((double(rect, "x") ?? 0) - (Self.originX + 270 * Self.plotWidth / 360)) < 0.01)
        #expect(abs((double(rect, "width") ?? 0) - 30 * Self.plotWidth / 360) < 0.01)
        #expect(abs((double(rect, "y") ?? 0) - (26 + 30 + 2)) < 0.01)
        #expect(marks1[0].stringValue?.contains("person-overlap") == true)
        // Day 2: a venue overlap about no lane goes on an alerts lane.
        let marks2 = try svgs[1].nodes(forXPath: ".//*[local-name()='g' and @class='conflict']")
        #expect(marks2.count == 1)
        let labels = try svgs[1].nodes(forXPath: ".//*[local-name()='text' and @class='lane-label']").map {
            $0.stringValue ?? ""
        }
        #expect(labels.last == "Alertes")
        // And in words under the picture.
        let lists = try XML.elements(doc, "aside", class: "conflicts").map { $0.stringValue ?? "" }
        #expect(lists.count == 2)
        #expect(
            lists[0].contains("12h30 – 13h00 prefet est retenu deux fois, 12h30-13h00 — Paul Durand person-overlap"))
        let code = try #require(
            try XML.elements(doc, "aside", class: "conflicts")[0].nodes(forXPath: ".//*[local-name()='small']").first
                as? XMLElement)
        #expect(XML.attribute(code, "class") == "code")
        #expect(code.stringValue == "person-overlap")
    }

    @Test func scaleRoundsOutToWholeLocalHours() {
        let zone = Zone("Europe/Paris")!
        // 2026-03-29: clocks go from 02:00 to 03:00. 01:20 CET is 00:20Z; 03:40 CEST is 01:40Z.
        let a = Instant(seconds: 1_774_743_600 + 20 * 60)  // 2026-03-29T00:20:00Z
        let b = Instant(seconds: 1_774_743_600 + 100 * 60)  // 2026-03-29T01:40:00Z
        let scale = TimelineScale(covering: [a, b], zone: zone, originX: 0, plotWidth: 100)
        #expect(zone.iso8601(scale.axisStart) == "2026-03-29T01:00:00+01:00")
        #expect(zone.iso8601(scale.axisEnd) == "2026-03-29T04:00:00+02:00")
        #expect(scale.minutes == 120)
    }
}
