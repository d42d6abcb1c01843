import Foundation
import Testing

/// `cortege fmt` on copies of the samples: every plan reads to the same `plan --format json` after it, a second
/// run has nothing to do, `--check` tells formatted files apart without writing.
@Suite struct FmtCommandTests {
    /// A copy of samples/ and calendars/ in a new folder.
    static func copyOfSamples() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-fmt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for folder in ["samples", "calendars"] {
            try FileManager.default.copyItem(
                at: CLI.repository.appendingPathComponent(folder), to: dir.appendingPathComponent(folder))
        }
        return dir
    }

    static func yaml(in dir: URL, _ folder: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent(folder).path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map {
            dir.appendingPathComponent("\(folder)/\($0)").path
        }
    }

    static let notYAML = ["empty.yaml", "syntax-indent.yaml", "syntax-unclosed-quote.yaml"]

    @Test func everySampleReadsToTheSamePlanAfterFmtAndASecondRunHasNothingToDo() throws {
        let dir = try Self.copyOfSamples()
        let plans = Self.yaml(in: dir, "samples") + Self.yaml(in: dir, "samples/broken")
        let files = (plans + Self.yaml(in: dir, "samples/registry")).filter { path in
            !Self.notYAML.contains { path.hasSuffix("/" + $0) }
        }
        var before: [String: CLI.Result] = [:]
        for plan in plans { before[plan] = try CLI.run(["plan", plan, "--format", "json"]) }

        let unformatted = try CLI.run(["fmt", "--check"] + files)
        #expect(unformatted.status == 1, "the samples are not all in the canonical layout: --check must say so")
        let formatted = try CLI.run(["fmt"] + files)
        #expect(formatted.status == 0, "\(formatted.stderr)")
        var changed = 0
        for file in files {
            let original = file.replacingOccurrences(of: dir.path, with: CLI.repository.path)
            if try String(contentsOfFile: file, encoding: .utf8) != String(contentsOfFile: original, encoding: .utf8) {
                changed += 1
            }
        }
        #expect(changed >= 8)

        for plan in plans {
            let after = try CLI.run(["plan", plan, "--format", "json"])
            #expect(after.status == before[plan]?.status, "\(plan)")
            #expect(after.stdout == before[plan]?.stdout, "\(plan) reads to another plan after fmt")
        }
        let again = try CLI.run(["fmt", "--check"] + files)
        #expect(again.status == 0, "not stable: \(again.stdout)")
        #expect(again.stdout == "")
    }

    @Test func checkWritesNothingAndNamesTheFile() throws {
        let dir = try Self.copyOfSamples()
        let plan = dir.appendingPathComponent("samples/63-tournee-prefet.yaml").path
        let text = try String(contentsOfFile: plan, encoding: .utf8)
        let result = try CLI.run(["fmt", "--check", plan])
        #expect(result.status == 1)
        #expect(result.stdout.contains(plan))
        #expect(try String(contentsOfFile: plan, encoding: .utf8) == text)
    }

    @Test func aFileThatIsNotYAMLIsLeftAsItIsWithStatus2() throws {
        let dir = try Self.copyOfSamples()
        let broken = dir.appendingPathComponent("samples/broken/syntax-indent.yaml").path
        let text = try String(contentsOfFile: broken, encoding: .utf8)
        let result = try CLI.run(["fmt", broken])
        #expect(result.status == 2)
        #expect(result.stderr.contains("syntax-indent.yaml:7:"))
        #expect(try String(contentsOfFile: broken, encoding: .utf8) == text)
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: dir.appendingPathComponent("samples/broken").path
        ).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func aPlanWrittenByNewIsAlreadyFormatted() throws {
        let dir = try Self.copyOfSamples()
        for kind in ["ministerial", "prefect", "elected"] {
            for territory in ["971", "2A"] {
                let plan = dir.appendingPathComponent("samples/nouveau-\(kind)-\(territory).yaml").path
                #expect(
                    try CLI.run(["new", kind, "--territory", territory, "--date", "2026-12-08", "-o", plan]).status == 0
                )
                let check = try CLI.run(["fmt", "--check", plan])
                #expect(check.status == 0, "\(kind) \(territory): \(check.stdout)\(check.stderr)")
            }
        }
    }
}
