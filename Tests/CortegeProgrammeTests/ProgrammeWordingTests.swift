import CortegeCore
import Foundation
import Testing

@testable import CortegeProgramme

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The programme's wording and diagrams: the heading follows the principal, names are never cut, the diagrams
/// keep a printed size of at least 8 pt, a timeline block shows a whole label or none (docs/audiences.md §5).
@Suite struct ProgrammeWordingTests {
    typealias F = ContentFixture

    static let longName = "Georges-François Leclerc de Saint-Ambroise-sur-Vézère"

    /// The fixture with one long name in the line-up and at the table, with `people` in the line.
    static func html(lineupCount: Int = 3, principal: PrincipalRole? = nil) -> String {
        var content = F.content()
        let long = F.person("long", longName, "Conseiller")
        var line: [(person: AudiencePerson, rank: Int)] = [(F.maire, 3), (F.ministre, 1), (F.prefet, 2)]
        for i in 3..<max(3, lineupCount) {
            let p = F.person("p\(i)", "\(longName) \(i)", "Élu")
            line.append((p, i + 1))
        }
        line.append((long, line.count + 1))
        content.orders["ceremonie"]?.lineup = .init(leftToRight: line, aisleAfter: nil)
        content.orders["dejeuner"]?.seating = .init(
            style: .aLaFrancaise, host: F.prefet, nearSide: [long, F.prefet, F.ministre], farSide: [nil, F.maire, nil],
            westEnd: nil, eastEnd: nil)
        content.principalRole = principal
        return ProgrammeRenderer(content: content, options: ProgrammeOptions(now: F.now)).html()
    }

    @Test func namesInTheDiagramsAreWholeAndNeverEllipsised() throws {
        let doc = try XML.parse(Self.html(lineupCount: 12))
        let places = try XML.elements(doc, "span", class: "place-name").compactMap(\.stringValue)
        let seats = try XML.elements(doc, "span", class: "seat-name").compactMap(\.stringValue)
        #expect(places.contains(Self.longName))
        #expect(seats.contains(Self.longName))
        #expect(places.count == 13)
        #expect(!(places + seats).contains { $0.contains("…") })
    }

    @Test func theDiagramsAreTextInPointsNotScaledPictures() throws {
        let html = Self.html()
        let doc = try XML.parse(html)
        #expect(try XML.elements(doc, "svg", class: "lineup").isEmpty)
        #expect(try XML.elements(doc, "svg", class: "seating").isEmpty)
        // Every font size the diagrams' classes set is in points, at least 8.
        let css = try #require(html.range(of: "<style>").map { html[$0.upperBound...] }).prefix { $0 != "<" }
        let rules = css.split(separator: "}").filter {
            $0.contains(".place") || $0.contains(".seat") || $0.contains(".diagram-note") || $0.contains(".table")
        }
        #expect(!rules.isEmpty)
        for rule in rules {
            let body = rule.split(separator: "{").last ?? ""
            let fonts = body.split(separator: ";").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { $0.hasPrefix("font") }
            for declaration in fonts {
                #expect(!declaration.contains("px"), "\(declaration)")
                for match in declaration.matches(of: /(\d+(?:\.\d+)?)pt/) {
                    #expect(Double(match.output.1) ?? 0 >= 8, "\(declaration)")
                }
            }
        }
    }

    @Test func aTimelineBlockShowsItsWholeLabelOrNone() throws {
        #expect(
            TimelineSVG.fitWhole("Cérémonie d'hommage aux forces de sécurité", width: 60, fontSize: 8.5) == "Cérémonie")
        #expect(TimelineSVG.fitWhole("Déjeuner républicain", width: 200, fontSize: 8.5) == "Déjeuner républicain")
        #expect(TimelineSVG.fitWhole("Accueil", width: 12, fontSize: 8.5) == "")
        let doc = try XML.parse(Self.html())
        let labels = try XML.elements(doc, "text", class: "bar-label").compactMap(\.stringValue)
        #expect(!labels.isEmpty)
        #expect(!labels.contains { $0.contains("…") })
    }

    @Test func theHeadingFollowsThePrincipal() throws {
        let sousPrefete = PrincipalRole(functions: ["sub-prefect"], civility: .madame)
        let fr = Vocabulary(.fr)
        #expect(fr.visitHeading(.prefect, principal: sousPrefete) == "Déplacement de la sous-préfète")
        #expect(
            fr.visitHeading(.ministerial, principal: PrincipalRole(functions: ["prime-minister"]))
                == "Visite du Premier ministre")
        #expect(
            fr.visitHeading(.ministerial, principal: PrincipalRole(functions: ["prime-minister"], civility: .madame))
                == "Visite de la Première ministre")
        #expect(
            fr.visitHeading(.prefect, principal: PrincipalRole(functions: ["prefect"], civility: .madame))
                == "Déplacement de la préfète")
        #expect(
            fr.visitHeading(.ministerial, principal: PrincipalRole(functions: ["minister"], isSecretaryOfState: true))
                == "Visite du secrétaire d'État")
        #expect(fr.visitHeading(.elected, principal: PrincipalRole(functions: ["deputy"])) == "Déplacement d'élu")
        let html = Self.html(principal: sousPrefete)
        let doc = try XML.parse(html)
        let kicker = try #require(XML.elements(doc, "p", class: "kicker").first?.stringValue)
        #expect(kicker.hasPrefix("Déplacement de la sous-préfète · "))
    }

    @Test func aTransferGoesToTheVenueWithItsArticle() {
        let fr = Vocabulary(.fr)
        #expect(fr.transfer(to: "Monument aux morts") == "Trajet vers le monument aux morts")
        #expect(
            fr.transfer(to: "Sous-préfecture de Pointe-à-Pitre") == "Trajet vers la sous-préfecture de Pointe-à-Pitre")
        #expect(
            fr.transfer(to: "Aéroport Guadeloupe Pôle Caraïbes") == "Trajet vers l'aéroport Guadeloupe Pôle Caraïbes")
        #expect(fr.transfer(to: "Halles de Brest") == "Trajet vers les halles de Brest")
        #expect(fr.transfer(to: "La Carène") == "Trajet vers La Carène")
        #expect(fr.transfer(to: "Brest Arena") == "Trajet vers Brest Arena")
    }
}
