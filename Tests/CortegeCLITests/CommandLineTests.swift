import Foundation
import Testing

/// The command line on the bundled samples: docs/diagnostics.md and docs/audiences.md §1 shapes, exit statuses.
@Suite struct CommandLineTests {
    static var samples: [String] { CLI.files(in: "samples") }

    @Test func thereAreAtLeastFourSamples() {
        #expect(Self.samples.count >= 4)
    }

    @Test(arguments: samples)
    func checkJSONHasTheKeysOfTheSpec(path: String) throws {
        let result = try CLI.run(["check", path, "--format", "json"])
        #expect(result.status != 2, "\(path) could not be read: \(result.stdout)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        for object in array {
            for key in ["code", "severity", "message", "file", "line", "column", "subjects", "start", "end"] {
                #expect(object.keys.contains(key), "\(key) missing in \(object)")
            }
        }
    }

    @Test(arguments: samples)
    func planJSONHasTheShapeOfTheSpec(path: String) throws {
        let result = try CLI.run(["plan", path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["visit"] is String)
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(!items.isEmpty)
        for item in items {
            for key in ["id", "kind", "title", "venue", "start", "end", "slack"] {
                #expect(item.keys.contains(key), "\(key) missing")
            }
            let start = try #require(item["start"] as? String)
            #expect(
                start.range(of: #"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$"#, options: .regularExpression) != nil)
        }
        let transfers = try #require(object["transfers"] as? [[String: Any]])
        for t in transfers {
            for key in ["from", "to", "start", "end", "mode", "escort"] { #expect(t.keys.contains(key)) }
        }
        // Items come in itinerary order: their instants never go back.
        let parser = ISO8601DateFormatter()
        let starts = items.compactMap { ($0["start"] as? String).flatMap(parser.date(from:)) }
        #expect(starts.count == items.count)
        #expect(starts == starts.sorted(), "\(path): items out of order")
    }

    @Test func strictMakesWarningsCount() throws {
        let path = "samples/broken/transfer-too-short.yaml"
        guard FileManager.default.fileExists(atPath: CLI.repository.appendingPathComponent(path).path) else {
            Issue.record("\(path) is missing")
            return
        }
        let plain = try CLI.run(["check", path])
        let strict = try CLI.run(["check", path, "--strict"])
        #expect(plain.status == 0)
        #expect(strict.status == 1)
    }

    @Test func humanFindingsHaveTheCompilerShape() throws {
        let result = try CLI.run(["check", "samples/broken/unknown-ref.yaml", "--lang", "en"])
        let first = try #require(result.stdout.split(separator: "\n").first)
        #expect(
            first.range(
                of: #"^samples/broken/unknown-ref\.yaml:\d+:\d+: error\[unknown-ref\]: "#, options: .regularExpression)
                != nil, "\(first)")
        #expect(result.stdout.contains("  help: did you mean"))
        let french = try CLI.run(["check", "samples/broken/unknown-ref.yaml"])
        let line = try #require(french.stdout.split(separator: "\n").first)
        #expect(
            line.range(
                of: #"^samples/broken/unknown-ref\.yaml:\d+:\d+: erreur\[unknown-ref\] : "#, options: .regularExpression
            )
                != nil, "\(line)")
        #expect(french.stdout.contains("  aide : vouliez-vous dire"))
    }

    @Test func helpShowsAnExample() throws {
        for command in ["check", "plan", "protocol", "programme", "export"] {
            // French by default, English with --lang en (docs/diagnostics.md, "Language").
            let french = try CLI.run([command, "--help"])
            #expect(french.stdout.contains("Exemple"), "\(command) --help")
            #expect(french.stdout.contains("\n  cortege \(command) "), "\(command) --help")
            let english = try CLI.run([command, "--help", "--lang", "en"])
            #expect(english.stdout.contains("Example"), "\(command) --help --lang en")
            #expect(english.stdout.contains("\n  cortege \(command) "), "\(command) --help --lang en")
        }
    }

    @Test func wrongCommandLineExitsWithTwo() throws {
        let result = try CLI.run(["check"])
        #expect(result.status != 0)
        let bogus = try CLI.run(["check", "--format", "xml", "samples/broken/empty.yaml"])
        #expect(bogus.status == 2)
        #expect(result.status == 2)
    }
}
