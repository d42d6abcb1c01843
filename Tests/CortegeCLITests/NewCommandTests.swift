import Foundation
import Testing

/// `cortege new` writes a commented plan that loads and checks without error, for every kind and territory, with
/// the territory's registry beside it or without one, and never over an existing file.
@Suite struct NewCommandTests {
    static let kinds = ["ministerial", "prefect", "elected"]
    /// The territories of the sample registries.
    static let sampleTerritories = CLI.files(in: "samples/registry").map {
        URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent
    }

    /// A new folder, with `samples/registry/CODE.yaml` copied to `registry/CODE.yaml` when `registry` is given.
    static func folder(registry: String? = nil) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: dir.appendingPathComponent("registry"), withIntermediateDirectories: true)
        if let registry {
            try FileManager.default.copyItem(
                at: CLI.repository.appendingPathComponent("samples/registry/\(registry).yaml"),
                to: dir.appendingPathComponent("registry/\(registry).yaml"))
        }
        return dir
    }

    /// Writes a plan with `cortege new` and checks it with `cortege check`.
    static func newAndCheck(kind: String, territory: String, registry: Bool) throws -> String {
        let dir = try folder(registry: registry ? territory : nil)
        let plan = dir.appendingPathComponent("visite.yaml").path
        let written = try CLI.run(["new", kind, "--territory", territory, "--date", "2026-12-08", "-o", plan])
        #expect(written.status == 0, "\(kind) \(territory): \(written.stderr)")
        let checked = try CLI.run(["check", plan])
        #expect(checked.status == 0, "\(kind) \(territory): \(checked.stdout)")
        #expect(checked.stdout == "", "\(kind) \(territory) has findings: \(checked.stdout)")
        #expect(checked.stderr.contains("1 plan vérifié : 0 erreur,"))
        return try String(contentsOfFile: plan, encoding: .utf8)
    }

    @Test(arguments: kinds)
    func aNewPlanBesideEachSampleRegistryIncludesItAndChecksClean(kind: String) throws {
        #expect(Self.sampleTerritories.count >= 4)
        for territory in Self.sampleTerritories {
            let text = try Self.newAndCheck(kind: kind, territory: territory, registry: true)
            #expect(text.contains("\ninclude: [registry/\(territory).yaml]"), "\(kind) \(territory)")
            #expect(text.contains("\n  kind: \(kind) "))
            #expect(text.contains("\n  territory: \"\(territory)\" "))
        }
    }

    @Test(arguments: kinds)
    func aNewPlanWithoutRegistryDefinesItsOwnAndChecksClean(kind: String) throws {
        for territory in ["2A", "974", "13"] {
            let text = try Self.newAndCheck(kind: kind, territory: territory, registry: false)
            #expect(!text.contains("\ninclude:"))
            for section in ["communes:", "people:", "venues:", "escort-units:"] {
                #expect(text.contains("\n" + section), "\(kind) \(territory) has no \(section)")
            }
        }
    }

    @Test func theSkeletonHasEveryPartOfAVisit() throws {
        let text = try Self.newAndCheck(kind: "ministerial", territory: "971", registry: true)
        for kind in ["arrival", "ceremony", "meeting", "press-point", "meal", "departure"] {
            #expect(text.contains("kind: \(kind)"), "no \(kind)")
        }
        #expect(text.contains("wreaths: auto") && text.contains("speakers: auto"))
        #expect(text.contains("press: closed"))
        #expect(text.components(separatedBy: "- transfer:").count - 1 >= 4)
    }

    @Test func theFirstLineNamesTheSchemaAndEveryKeyIsCommentedInFrench() throws {
        let text = try Self.newAndCheck(kind: "prefect", territory: "63", registry: false)
        let lines = text.components(separatedBy: "\n")
        #expect(lines[0].hasPrefix("# yaml-language-server: $schema="))
        var seen: Set<String> = []
        for line in lines where !line.trimmingCharacters(in: .whitespaces).hasPrefix("#") {
            var body = Substring(line.drop { $0 == " " })
            if body.hasPrefix("- ") { body = body.dropFirst(2) }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = String(body[..<colon])
            guard key.allSatisfy({ $0.isLowercase || $0 == "-" }), !key.isEmpty else { continue }
            if seen.insert(key).inserted {
                #expect(line.contains("  # "), "`\(key)` is not commented where it first appears: \(line)")
            }
        }
        #expect(seen.count > 40)
    }

    @Test func theSchemaLineIsRelativeToTheRepositoryDocs() throws {
        let dir = CLI.repository.appendingPathComponent(".build/cortege-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let plan = dir.appendingPathComponent("p.yaml").path
        _ = try CLI.run(["new", "prefect", "--territory", "63", "--date", "2026-12-08", "-o", plan])
        let first = try String(contentsOfFile: plan, encoding: .utf8).components(separatedBy: "\n")[0]
        #expect(first == "# yaml-language-server: $schema=../../docs/cortege.schema.json")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        let dir = try Self.folder()
        let plan = dir.appendingPathComponent("visite.yaml").path
        try "# mon plan\n".write(toFile: plan, atomically: true, encoding: .utf8)
        let result = try CLI.run(["new", "prefect", "--territory", "63", "-o", plan])
        #expect(result.status == 2)
        #expect(result.stderr.contains("erreur : \(plan) existe déjà"))
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == "# mon plan\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("tmp") }
        #expect(left.isEmpty)
    }

    @Test func aWrongKindTerritoryOrDateIsRefusedWithStatus2() throws {
        let dir = try Self.folder()
        let plan = dir.appendingPathComponent("visite.yaml").path
        for arguments in [
            ["new", "royal", "--territory", "63", "-o", plan],
            ["new", "prefect", "--territory", "20", "-o", plan],
            ["new", "prefect", "--territory", "63", "--date", "2026-13-01", "-o", plan],
            ["new", "prefect", "--territory", "63", "--principal", "Le Préfet", "-o", plan],
        ] {
            let result = try CLI.run(arguments)
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.hasPrefix("erreur : "), "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: plan))
            let english = try CLI.run(arguments + ["--lang", "en"])
            #expect(english.status == 2, "\(arguments)")
            #expect(english.stderr.hasPrefix("error: "), "\(arguments)")
            #expect(!FileManager.default.fileExists(atPath: plan))
        }
    }

    @Test func aPrincipalOfTheRegistryIsUsedAndAnotherIsDefined() throws {
        let dir = try Self.folder(registry: "63")
        let known = dir.appendingPathComponent("a.yaml").path
        _ = try CLI.run(["new", "elected", "--territory", "63", "--principal", "president-tdm", "-o", known])
        let knownText = try String(contentsOfFile: known, encoding: .utf8)
        #expect(knownText.contains("principal: president-tdm"))
        #expect(!knownText.contains("- id: president-tdm"))
        #expect(try CLI.run(["check", known]).status == 0)
        let other = dir.appendingPathComponent("b.yaml").path
        _ = try CLI.run(["new", "ministerial", "--territory", "63", "--principal", "ministre-agriculture", "-o", other])
        #expect(try String(contentsOfFile: other, encoding: .utf8).contains("- id: ministre-agriculture"))
        #expect(try CLI.run(["check", other]).status == 0)
    }
}
