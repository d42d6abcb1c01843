import Foundation
import Testing

/// `cortege protocol` on the bundled samples (docs/protocol.md §7).
@Suite struct ProtocolCommandTests {
    static let guadeloupe = "samples/971-visite-ministre.yaml"

    @Test func theGuadeloupeVisitPrintsEveryOrder() throws {
        let result = try CLI.run(["protocol", Self.guadeloupe, "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("1 — minister on official visit"))
        #expect(out.contains("7 — mayor of the host commune"))
        #expect(out.contains("  welcome: prefet-971"))
        #expect(out.contains("lineup (art. 16, seen from the front): 8 6 4 2 1 3 5 7"))
        // `speakers: auto`: the host mayor, then the minister speaking for the State (art. 19).
        #expect(out.contains("speeches: maire-pap → ministre-interieur\n"))
        #expect(out.contains("wreaths: conseiller-dep-pap →"))
        #expect(out.contains("seating (à la française"))
        #expect(out.contains("2. principal: ministre-interieur, prefet-971"))
    }

    @Test func theGuadeloupeVisitPrintsEveryOrderInFrenchByDefault() throws {
        let result = try CLI.run(["protocol", Self.guadeloupe])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Protocole — "))
        #expect(out.contains("  accueil : prefet-971"))
        #expect(out.contains("alignement (art. 16, vu de face) : 8 6 4 2 1 3 5 7"))
        #expect(
            out.contains(
                "prises de parole : maire-pap → ministre-interieur"))
        #expect(out.contains("dépôts de gerbe : conseiller-dep-pap →"))
        #expect(out.contains("plan de table (à la française, vu du dessus"))
        #expect(out.contains("2. principal : ministre-interieur, prefet-971"))
        #expect(out.contains("10h00-10h40  ceremonie-monument"))
        for english in ["welcome:", "speeches:", "wreaths:", "seating (", "Motorcade", "List of precedence"] {
            #expect(!out.contains(english), "\(english)")
        }
    }

    @Test(arguments: CLI.files(in: "samples"))
    func jsonHasTheShapeOfTheSpec(path: String) throws {
        let result = try CLI.run(["protocol", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            #expect(Set(item.keys) == ["id", "precedence", "welcome", "lineup", "speeches", "wreaths", "seating"])
            for key in ["precedence", "welcome", "lineup", "speeches", "wreaths", "seating"] {
                #expect(item[key] is [String], "\(key) of \(item["id"] ?? "?")")
            }
        }
    }

    @Test func oneItemOnly() throws {
        let result = try CLI.run(["protocol", Self.guadeloupe, "--item", "dejeuner", "--format", "json"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["dejeuner"])
        #expect(
            (items.first?["seating"] as? [String])?.prefix(3) == [
                "prefet-971", "sous-prefet-pap", "ministre-interieur",
            ])
    }

    @Test func anUnknownItemIsACommandLineError() throws {
        let result = try CLI.run(["protocol", Self.guadeloupe, "--item", "dejeunr"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("vouliez-vous dire `dejeuner` ?"))
        let english = try CLI.run(["protocol", Self.guadeloupe, "--item", "dejeunr", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stderr.contains("did you mean `dejeuner`?"))
    }

    @Test func helpShowsAnExample() throws {
        let result = try CLI.run(["protocol", "--help"])
        #expect(result.stdout.contains("cortege protocol samples/971-visite-ministre.yaml"))
    }
}
