import CortegeCore
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct DocumentTests {
    @Test func programmeIsWellFormedXML() throws {
        for audience in [Audience.security, .staff, .press, .principal] {
            for language in Language.allCases {
                let doc = try XML.parse(ContentFixture.html(audience: audience, language: language))
                #expect(doc.rootElement()?.localName == "html")
                #expect(doc.rootElement()?.uri == "http://www.w3.org/1999/xhtml")
                #expect(XML.attribute(doc.rootElement()!, "lang") == language.rawValue)
            }
        }
    }

    @Test func everyTextIsEscaped() throws {
        let html = ContentFixture.html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<Dupont>"))
        #expect(html.contains("Arrivée &lt;script&gt;alert('x')&lt;/script&gt; &amp; \"accueil\""))
        // Read back, the titles are exactly the plan's text.
        let doc = try XML.parse(html)
        let titles = try XML.elements(doc, "h3", class: "title").map { $0.stringValue ?? "" }
        #expect(titles.contains(ContentFixture.hostileTitle))
        let h1 = try XML.elements(doc, "h1").first?.stringValue
        #expect(h1 == "Visite <test> & \"essai\"")
        let names = try XML.elements(doc, "span", class: "who").compactMap(\.stringValue)
        #expect(names.contains("Léa <Dupont> & \"Fils\""))
    }

    @Test func controlCharactersCannotBreakTheDocument() throws {
        #expect(HTMLWriter.escapeText("a\u{0}b\u{1B}c") == "a\u{FFFD}b\u{FFFD}c")
        #expect(HTMLWriter.escapeAttribute("x\"y'z<&>") == "x&quot;y&#39;z&lt;&amp;&gt;")
        #expect(CSS.string("a\"b\\c</style>&\n") == "\"a\\22 b\\5C c\\3C /style\\3E \\26 \\A \"")
    }

    @Test func provisionalVisitCarriesTheDraftWatermark() throws {
        for status in [VisitStatus.draft, .tentative] {
            let doc = try XML.parse(ContentFixture.html(status: status))
            let marks = try XML.elements(doc, "div", class: "watermark")
            #expect(marks.count == 1)
            #expect(marks.first?.stringValue == "PROJET")
        }
        let english = try XML.parse(ContentFixture.html(status: .draft, language: .en))
        #expect(try XML.elements(english, "div", class: "watermark").first?.stringValue == "DRAFT")
    }

    @Test func confirmedVisitHasNoWatermark() throws {
        let doc = try XML.parse(ContentFixture.html(status: .confirmed))
        #expect(try XML.elements(doc, "div", class: "watermark").isEmpty)
        #expect(!ContentFixture.html(status: .confirmed).contains("PROJET"))
    }

    @Test func documentIsSelfContained() throws {
        let html = ContentFixture.html()
        #expect(!html.contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("@import"))
        #expect(!html.contains("@font-face"))
        // The only URLs are the XHTML and SVG namespace names; every url() points inside the page.
        let urls = html.components(separatedBy: "http").dropFirst().map { "http" + $0.prefix(40) }
        for url in urls {
            #expect(url.hasPrefix("http://www.w3.org/1999/xhtml") || url.hasPrefix("http://www.w3.org/2000/svg"))
        }
        for piece in html.components(separatedBy: "url(").dropFirst() { #expect(piece.hasPrefix("#")) }
    }

    @Test func headerShowsVisitDateStatusAndClassification() throws {
        let doc = try XML.parse(ContentFixture.html(audience: .security))
        #expect(
            try XML.elements(doc, "div", class: "classification").first?.stringValue
                == "Diffusion restreinte — sécurité")
        let facts = try XML.elements(doc, "div", class: "facts").first?.stringValue ?? ""
        #expect(facts.contains("vendredi 4 décembre 2026 – samedi 5 décembre 2026"))
        #expect(facts.contains("Confirmé"))
        let press = try XML.parse(ContentFixture.html(audience: .press, language: .en))
        #expect(try XML.elements(press, "div", class: "classification").first?.stringValue == "Press — for release")
    }

    @Test func personProgrammeIsNamedAfterThePersonTheViewShows() throws {
        let doc = try XML.parse(ContentFixture.html(audience: .person("prefet")))
        #expect(try XML.elements(doc, "div", class: "classification").first?.stringValue == "Personnel — Paul Durand")
        #expect(
            try XML.elements(doc, "p", class: "kicker").first?.stringValue?.hasSuffix("Version de Paul Durand") == true)
        #expect(try XML.elements(doc, "body", class: "audience-person").count == 1)
        let english = try XML.parse(ContentFixture.html(audience: .person("prefet"), language: .en))
        #expect(
            try XML.elements(english, "div", class: "classification").first?.stringValue == "Personal — Paul Durand")
    }

    @Test func footerShowsRevisionAndTheGivenGenerationTime() throws {
        let doc = try XML.parse(ContentFixture.html())
        let footers = try XML.elements(doc, "footer", class: "day-foot").map { $0.stringValue ?? "" }
        #expect(footers.count == 2)
        for f in footers {
            #expect(f.contains("Révision du 20/11/2026 à 17h00"))
            #expect(f.contains("édité le 03/12/2026 à 06h00 (America/Guadeloupe)"))
        }
    }

    @Test func oneSectionPerDayWithAPageBreakBetween() throws {
        let doc = try XML.parse(ContentFixture.html())
        let days = try XML.elements(doc, "section", class: "day")
        #expect(days.map { XML.attribute($0, "data-date") } == ["2026-12-04", "2026-12-05"])
        #expect(XML.attribute(days[0], "class") == "day first")
        #expect(XML.attribute(days[1], "class") == "day")
        let css = ContentFixture.html()
        #expect(css.contains(".day { break-before: page;"))
        #expect(css.contains("@page { size: A4;"))
    }

    @Test func itemShowsTimeVenueParticipantsInOrderAndPressBadge() throws {
        let doc = try XML.parse(ContentFixture.html())
        let arrival = try #require(try doc.nodes(forXPath: "//*[@id='item-arrivee']").first as? XMLElement)
        let text = arrival.stringValue ?? ""
        #expect(text.hasPrefix("09h10 – 09h3020 min"))
        #expect(text.contains("Lieu arrivee — 1 rue de la République, 97110 Pointe-à-Pitre"))
        #expect(text.contains("Pool presse"))
        let who = try arrival.nodes(forXPath: ".//*[@class='who']").map { $0.stringValue ?? "" }
        #expect(who == ["Jeanne Martin", "Paul Durand", "Léa <Dupont> & \"Fils\""])
        let welcome = try arrival.nodes(forXPath: ".//*[contains(@class,'welcome')]//*[local-name()='li']").map {
            $0.stringValue ?? ""
        }
        #expect(welcome == ["1.Paul Durand", "2.Léa <Dupont> & \"Fils\""])
        let badges = try XML.elements(doc, "span", class: "badge").map { $0.stringValue ?? "" }
        #expect(badges.contains("Huis clos"))
        #expect(badges.contains("Presse ouverte"))
    }

    @Test func transfersShowDurationAndMode() throws {
        let html = ContentFixture.html(audience: .staff)
        #expect(html.contains("Transfert en voiture · 25 min"))
        #expect(html.contains("Transfert en hélicoptère · 25 min"))
        let en = ContentFixture.html(audience: .staff, language: .en)
        #expect(en.contains("Transfer by helicopter · 25 min"))
    }

    @Test func escortDetailsOnlyForSecurity() throws {
        let security = ContentFixture.html(audience: .security)
        #expect(security.contains("motards-dsp"))
        #expect(security.contains("Relève"))
        // A staff view given escort legs and units anyway prints none of them.
        let content = ContentFixture.content(audience: .staff, escort: true)
        let staff = ProgrammeRenderer(content: content, options: .init(now: ContentFixture.now)).html()
        #expect(!staff.contains("Relève"))
        #expect(!staff.contains("motards-dsp"))
        #expect(!staff.contains("edsr"))
    }

    @Test func confidentialItemIsABusyBlockWithoutDetails() throws {
        let doc = try XML.parse(ContentFixture.html(audience: .staff))
        let busy = try XML.elements(doc, "li", class: "busy")
        #expect(busy.count == 1)
        #expect(busy.first?.stringValue == "10h50 – 11h3545 minSéquence réservée")
    }
}
