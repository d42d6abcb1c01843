import CortegeCore
import CortegePlan
import CortegeTestSupport
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The cabinet's documents (docs/documents.md) rendered from real views of the Guadeloupe sample.
@Suite struct CabinetDocumentTests {
    static let now = Instant(iso: "2026-12-03T19:00:00-04:00", zone: .utc)!

    static func analysis() throws -> Analysis {
        let plan = try #require(PlanLoader().load(path: Fixtures.samples.path("971-visite-ministre.yaml")).plan)
        return Analysis(plan: plan)
    }

    static func extras(_ analysis: Analysis) -> DocumentExtras {
        DocumentExtras(
            orders: ProgrammeOrders(VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary)),
            prefect: "prefet-971")
    }

    @Test func frenchPunctuationGetsItsNoBreakSpaces() {
        #expect(
            Typography.french("Accès : grille ; badge ? oui !")
                == "Accès\u{00A0}: grille\u{202F}; badge\u{202F}? oui\u{202F}!")
        #expect(Typography.french("la visite « Guadeloupe »") == "la visite «\u{00A0}Guadeloupe\u{00A0}»")
        #expect(Typography.french("09h40") == "09h40")
    }

    @Test func eachDocumentGoesOnlyToItsAudiences() {
        let all: [Audience] = [.principal, .security, .staff, .press, .public, .person("x"), .unit("u")]
        func allowed(_ k: DocumentKind) -> [String] { all.filter(k.allows).map(\.description) }
        #expect(allowed(.convocation) == ["person:x"])
        #expect(allowed(.contacts) == ["principal", "security"])
        #expect(allowed(.pressAdvisory) == ["press"])
        #expect(allowed(.runSheet) == ["principal", "security", "staff"])
    }

    @Test func everyConvocationIsWellFormedXMLWithOnlyItsItems() throws {
        let analysis = try Self.analysis()
        let extras = Self.extras(analysis)
        let people = Set(analysis.itinerary.items.flatMap(\.item.participants))
        for id in people.sorted() where id != analysis.plan.visit.principal {
            let view = try analysis.view(for: .person(id), now: Self.now).get()
            let html = ConvocationDocument.html(view: view, extras: extras, options: ProgrammeOptions(now: Self.now))
            let doc = try XML.parse(html)
            let shown = try XML.elements(doc, "section", class: "item").compactMap { XML.attribute($0, "data-item") }
            let attends = analysis.itinerary.items.filter { $0.item.participants.contains(id) }.map(\.item.id)
            #expect(shown == attends, "\(id)")
        }
    }

    @Test func contactSheetOfThePrincipalNamesNoEscortUnit() throws {
        let analysis = try Self.analysis()
        let view = try analysis.view(for: .principal, now: Self.now).get()
        let html = ContactsDocument.html(
            view: view, extras: Self.extras(analysis), options: ProgrammeOptions(now: Self.now))
        _ = try XML.parse(html)
        for unit in analysis.plan.escortUnits.values {
            #expect(!html.contains(unit.id))
            if let phone = unit.phone { #expect(!html.contains(phone)) }
        }
    }
}
