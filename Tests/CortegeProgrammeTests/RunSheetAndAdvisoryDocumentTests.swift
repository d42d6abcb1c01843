import CortegeCore
import CortegeTestSupport
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The run-sheet and the press advisory as documents (docs/documents.md): well-formed, escaped, and printing only
/// what their view shows.
@Suite struct RunSheetAndAdvisoryDocumentTests {
    static let zone = Zone("Europe/Paris")!
    static let day = LocalDate(year: 2026, month: 12, day: 10)
    static let now = zone.resolve(LocalDateTime(date: day, time: LocalTime(hour: 6, minute: 0))).instant

    /// A préfète's day: an open ceremony, a confidential one, a closed meeting; phones on everyone.
    static func plan() -> PlanBuilder {
        var b = PlanBuilder(principal: "prefet", territory: "63", date: day, zone: zone)
        b.commune("63178", name: "Issoire")
        b.venue("caserne", name: "Centre de secours <Issoire>", commune: "63178")
        b.person("prefet", "prefect", name: "Hélène Vasseur", phone: "+33 6 00 00 00 01")
        b.person("maire", "mayor", name: "Bertrand <Barraud> & fils", commune: "63178", phone: "+33 6 00 00 00 02")
        b.item(
            "inauguration", kind: .ceremony, title: "Inauguration", venue: "caserne", duration: 45, at: "10:00",
            participants: ["maire", "prefet"], speakers: .explicit(["maire", "prefet"]), press: .open)
        b.items[0].honours = "Piquet d'honneur <SDIS>"
        b.item(
            "hommage-discret", kind: .ceremony, title: "SECRET-HOMMAGE", venue: "caserne", duration: 30, at: "12:00",
            participants: ["prefet"], confidential: true)
        b.item("reunion", kind: .meeting, title: "CLOSED-MEETING", venue: "caserne", duration: 30, at: "14:00")
        b.visit.pressContact = Contact(name: "Service presse", phone: "04 73 98 63 63")
        return b
    }

    static func runSheet(_ audience: Audience) throws -> String {
        let analysis = Analysis(plan: plan().plan)
        let view = try analysis.view(for: audience, now: now).get()
        return RunSheetDocument.html(
            view: view, sheets: analysis.context.runSheets, options: ProgrammeOptions(now: now))
    }

    @Test func theStaffRunSheetLeavesOutAConfidentialCeremonyAndTheSecurityOneHoldsIt() throws {
        let staff = try XML.parse(try Self.runSheet(.staff))
        #expect(
            try XML.elements(staff, "section", class: "run-sheet").compactMap { XML.attribute($0, "id") } == [
                "run-sheet-inauguration"
            ])
        let staffText = staff.rootElement()?.stringValue ?? ""
        #expect(!staffText.contains("SECRET-HOMMAGE"))
        let security = try XML.parse(try Self.runSheet(.security))
        #expect(
            try XML.elements(security, "section", class: "run-sheet").compactMap { XML.attribute($0, "id") } == [
                "run-sheet-inauguration", "run-sheet-hommage-discret",
            ])
    }

    @Test func theRunSheetIsEscapedAndPrintsNoPhone() throws {
        let html = try Self.runSheet(.security)
        #expect(html.contains("Piquet d'honneur &lt;SDIS&gt;"))
        #expect(html.contains("Bertrand &lt;Barraud&gt; &amp; fils"))
        #expect(!html.contains("+33 6 00"))
        let doc = try XML.parse(html)
        let who = try XML.elements(doc, "td", class: "who").compactMap(\.stringValue)
        #expect(who.contains("Piquet d'honneur <SDIS>"))
    }

    @Test func theRunSheetLinesAreThoseOfTheModelInOrder() throws {
        let analysis = Analysis(plan: Self.plan().plan)
        let sheet = try #require(analysis.context.runSheets.first)
        let doc = try XML.parse(try Self.runSheet(.staff))
        let section = try #require(try XML.elements(doc, "section", class: "run-sheet").first)
        let rows = try section.nodes(forXPath: ".//*[local-name()='tr']").compactMap { $0 as? XMLElement }
            .filter { (XML.attribute($0, "class") ?? "").hasPrefix("moment") }
        #expect(rows.count == sheet.entries.count)
        let times = rows.compactMap { row in
            (row.children?.first as? XMLElement)?.stringValue
        }
        #expect(times == sheet.entries.map { Vocabulary(.fr).time(Self.zone.local($0.start).time) })
    }

    @Test func withSimultaneousArrivalsTheEarlierOnesAreStillMarkedBeforeTheItem() throws {
        var b = Self.plan()
        b.visit.ceremonyTimings = CeremonyTimings([.arrival: 0, .departure: 0])
        let analysis = Analysis(plan: b.plan)
        let view = try analysis.view(for: .staff, now: Self.now).get()
        let html = RunSheetDocument.html(
            view: view, sheets: analysis.context.runSheets, options: ProgrammeOptions(now: Self.now))
        let doc = try XML.parse(html)
        let arrivals = try XML.elements(doc, "tr", class: "arrival").compactMap { XML.attribute($0, "class") }
        let departures = try XML.elements(doc, "tr", class: "departure").compactMap { XML.attribute($0, "class") }
        #expect(arrivals == ["moment arrival before", "moment arrival within"])
        #expect(departures == ["moment departure within", "moment departure after"])
    }

    @Test func theAdvisoryHoldsTheOpenCeremonyAndThePressContactOnly() throws {
        let analysis = Analysis(plan: Self.plan().plan)
        let advisory = try analysis.pressAdvisory(now: Self.now).get()
        let html = PressAdvisoryDocument.html(advisory: advisory, options: ProgrammeOptions(now: Self.now))
        let doc = try XML.parse(html)
        #expect(
            try XML.elements(doc, "section", class: "press-item").compactMap { XML.attribute($0, "id") } == [
                "item-inauguration"
            ])
        #expect(!html.contains("SECRET-HOMMAGE") && !html.contains("CLOSED-MEETING"))
        #expect(!html.contains("+33 6 00"))
        #expect(html.contains("04 73 98 63 63"))
        #expect(try XML.elements(doc, "ul", class: "pool-rules").isEmpty)
    }
}
