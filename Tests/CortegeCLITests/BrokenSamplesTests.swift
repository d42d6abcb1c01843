import Foundation
import Testing

/// Every plan in samples/broken declares what it must produce with `# expect: CODE at LINE` comments
/// (or `# expect: nothing`); `cortege check` must report exactly that code at exactly that line.
@Suite struct BrokenSamplesTests {
    struct Expectation: Hashable {
        var code: String
        var line: Int
        /// The file the finding is in, when not the plan itself (`# expect: CODE at LINE in FILE`).
        var file: String?
    }

    static func expectations(of path: String) -> (expected: Set<Expectation>, nothing: Bool)? {
        guard let text = try? String(contentsOf: CLI.repository.appendingPathComponent(path), encoding: .utf8) else {
            return nil
        }
        var expected: Set<Expectation> = []
        var nothing = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("# expect:") {
            let words = line.dropFirst("# expect:".count).split(separator: " ")
            if words.first == "nothing" { nothing = true }
            if words.count >= 3, words[1] == "at", let n = Int(words[2]) {
                let file = words.count == 5 && words[3] == "in" ? String(words[4]) : nil
                expected.insert(Expectation(code: String(words[0]), line: n, file: file))
            }
        }
        return (expected, nothing)
    }

    static var brokenPlans: [String] {
        CLI.files(in: "samples/broken").filter {
            (expectations(of: $0).map { !$0.expected.isEmpty || $0.nothing }) ?? false
        }
    }

    @Test func thereIsABrokenPlanForEveryPlanAndItineraryCode() {
        let codes = Set(Self.brokenPlans.flatMap { Self.expectations(of: $0)?.expected.map(\.code) ?? [] })
        let required: Set<String> = [
            "plan-syntax", "plan-schema", "unknown-ref", "duplicate-id", "bad-time", "nonexistent-local-time",
            "ambiguous-local-time", "itinerary-infeasible", "transfer-too-short", "window-violated",
        ]
        #expect(required.subtracting(codes).isEmpty, "missing broken plans for \(required.subtracting(codes))")
    }

    @Test(arguments: brokenPlans)
    func brokenPlanReportsTheExpectedCodeAtTheExpectedLine(path: String) throws {
        let (expected, nothing) = try #require(Self.expectations(of: path))
        let result = try CLI.run(["check", path, "--format", "json"])
        let data = Data(result.stdout.utf8)
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]], "\(result.stdout)")
        let planName = (path as NSString).lastPathComponent
        let found = array.compactMap { object -> Expectation? in
            guard let code = object["code"] as? String, let line = object["line"] as? Int,
                let file = (object["file"] as? String).map({ ($0 as NSString).lastPathComponent })
            else { return nil }
            return Expectation(code: code, line: line, file: file == planName ? nil : file)
        }
        if nothing {
            #expect(array.filter { ($0["severity"] as? String) != "note" }.isEmpty, "\(path): \(result.stdout)")
            #expect(result.status == 0)
        }
        for e in expected {
            #expect(found.contains(e), "\(path): expected \(e.code) at line \(e.line), got \(found)")
        }
        // Exit status: 1 or 2 when an expected finding is an error, else 0 (warnings do not fail without --strict).
        let expectedErrors = array.contains { object in
            (object["severity"] as? String) == "error" && expected.contains { $0.code == object["code"] as? String }
        }
        if expectedErrors {
            #expect(result.status == 1 || result.status == 2, "\(path): exit status \(result.status)")
        } else if !expected.isEmpty {
            #expect(result.status == 0, "\(path): only warnings expected, exit status \(result.status)")
        }
    }

    @Test func unreadablePlanExitsWithStatusTwo() throws {
        let result = try CLI.run(["check", "samples/broken/empty.yaml"])
        #expect(result.status == 2)
        let missing = try CLI.run(["check", "samples/broken/does-not-exist.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stdout.contains("erreur[plan-syntax] : "))
        let english = try CLI.run(["check", "samples/broken/does-not-exist.yaml", "--lang", "en"])
        #expect(english.status == 2)
        #expect(english.stdout.contains("error[plan-syntax]: "))
    }
}
