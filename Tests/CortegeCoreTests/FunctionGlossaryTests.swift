import CortegeTestSupport
import Foundation
import Testing

@testable import CortegeCore

/// The glossary of function codes (docs/fonctions.md) against the code: one row per known code, the title Cortège
/// shows, and the ranks Cortège computes under art. 3 and art. 2; and the placement of a personality (art. 18) by
/// an explicit `lineup:` that the glossary documents.
@Suite struct FunctionGlossaryTests {
    /// One row of the glossary table: the code and its cells.
    struct Row {
        var code: String
        var title: String
        var article3: String
        var paris: String
    }

    /// The rows between the `glossaire:début` and `glossaire:fin` markers of docs/fonctions.md.
    static func rows() throws -> [Row] {
        let path = Fixtures.repository.appendingPathComponent("docs/fonctions.md").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex { $0.hasPrefix("<!-- glossaire:début") })
        let end = try #require(lines.firstIndex { $0.hasPrefix("<!-- glossaire:fin") })
        return lines[(start + 1)..<end].filter { $0.hasPrefix("| `") }.map { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            return Row(
                code: cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`")), title: cells[1],
                article3: cells[2], paris: cells[3])
        }
    }

    /// The first word of a rank cell: `7½`, `—` or `équipe`.
    static func head(_ cell: String) -> String { String(cell.split(separator: " ").first ?? "") }

    /// The rank Cortège prints for each code, with every code held by one person at one ceremony in a commune
    /// where each holds his mandate; `équipe` for staff, `—` for the unranked.
    static func printedRanks(territory: String, commune: String) throws -> [String: String] {
        var f = PlanBuilder.protocolVisit(
            territory: territory, zone: "Europe/Paris", kind: .prefect, principal: "p-prefect")
        f.commune(commune, name: "Commune")
        f.venue("lieu", commune: commune)
        let codes = FunctionCode.article3 + FunctionCode.others
        for code in codes { f.person("p-\(code.rawValue)", code, commune: commune) }
        f.sequence("ceremonie", venue: "lieu", participants: codes.map { "p-\($0.rawValue)" })
        let orders = try #require(f.orders("ceremonie"))
        var ranks: [String: String] = [:]
        for placed in orders.precedence.order {
            ranks[String(placed.id.dropFirst(2))] = placed.rank?.description ?? "—"
        }
        for id in orders.precedence.staff { ranks[String(id.dropFirst(2))] = "équipe" }
        return ranks
    }

    @Test func everyKnownCodeHasExactlyOneRowAndNoRowNamesAnUnknownCode() throws {
        let codes = try Self.rows().map(\.code)
        #expect(codes.count == Set(codes).count, "a code has two rows")
        #expect(Set(codes) == Set(FunctionCode.all.map(\.rawValue)))
    }

    @Test func eachRowGivesTheTitleCortegeShows() throws {
        let words = Vocabulary(.fr)
        for row in try Self.rows() {
            #expect(row.title == words.functionTitle(FunctionCode(row.code)), "\(row.code)")
        }
    }

    @Test func theArticle3ColumnIsTheRankCortegePrintsInADepartement() throws {
        // Moselle, so that the Concordat's rank 18 applies; the list of 1 March 2024 (the visit is in 2026).
        let ranks = try Self.printedRanks(territory: "57", commune: "57463")
        for row in try Self.rows() {
            #expect(Self.head(row.article3) == ranks[row.code], "\(row.code)")
        }
    }

    @Test func theParisColumnIsTheRankCortegePrintsInParis() throws {
        let ranks = try Self.printedRanks(territory: "75", commune: "75056")
        for row in try Self.rows() {
            #expect(Self.head(row.paris) == ranks[row.code], "\(row.code)")
        }
    }

    // MARK: - Placing a personality (art. 18), docs/fonctions.md §3.3

    /// A ceremony in Marseille with the préfet, the host mayor, a deputy and the archbishop (a personality).
    static func archbishopAtACeremony(lineup: PeopleList?) -> PlanBuilder {
        var f = PlanBuilder.protocolVisit(territory: "13", zone: "Europe/Paris", kind: .prefect, principal: "prefet-13")
        f.commune("13055", name: "Marseille")
        f.venue("monument", commune: "13055")
        f.person("prefet-13", "prefect")
        f.person("maire-marseille", "mayor", commune: "13055")
        f.person("depute-13-4", "deputy")
        f.person("archeveque-marseille", "personality")
        f.sequence(
            "ceremonie", venue: "monument",
            participants: ["prefet-13", "maire-marseille", "depute-13-4", "archeveque-marseille"], lineup: lineup)
        return f
    }

    @Test func aPersonalityComesAfterEveryRankedAuthorityInPrecedenceAndInTheDefaultLineup() throws {
        let orders = try #require(Self.archbishopAtACeremony(lineup: nil).orders("ceremonie"))
        #expect(orders.precedence.ids == ["prefet-13", "depute-13-4", "maire-marseille", "archeveque-marseille"])
        #expect(orders.precedence.placed("archeveque-marseille")?.rank == nil)
        #expect(orders.lineup?.ranked.last == "archeveque-marseille")
    }

    @Test func anExplicitLineupPlacesThePersonalityWhereWrittenAndLeavesPrecedenceAlone() throws {
        let written = ["prefet-13", "archeveque-marseille", "depute-13-4", "maire-marseille"]
        let orders = try #require(Self.archbishopAtACeremony(lineup: .explicit(written)).orders("ceremonie"))
        let lineup = try #require(orders.lineup)
        #expect(lineup.ranked == written)
        #expect(lineup.picture == "4 2 1 3")
        #expect(lineup.leftToRight == ["maire-marseille", "archeveque-marseille", "prefet-13", "depute-13-4"])
        // The list of precedence is not changed by the lineup: the personality stays last, unranked.
        #expect(orders.precedence.ids.last == "archeveque-marseille")
        #expect(orders.precedence.placed("archeveque-marseille")?.rank == nil)
    }

    @Test func aCaptainCommandingACompanyWrittenAsAPersonalityHasNoRank() throws {
        var f = Self.archbishopAtACeremony(lineup: nil)
        f.person("cdt-compagnie", "personality", represents: "cdt-groupement")
        f.person("cdt-groupement", "gendarmerie-commander")
        f.sequence("depot", kind: .wreath, venue: "monument", participants: ["prefet-13", "cdt-compagnie"])
        let orders = try #require(f.orders("depot"))
        // Precedence is not delegated (art. 13): representing the group's commander gives him no rank.
        #expect(orders.precedence.placed("cdt-compagnie")?.rank == nil)
    }
}
