import CortegeCore
import Foundation
import Testing

@testable import CortegePlan

/// `cortege fmt` writes one canonical layout, keeps every comment, and formatting twice changes nothing.
@Suite struct PlanFormatterTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every plan and registry of samples/ and samples/broken/ that is YAML.
    static var files: [String] {
        ["samples", "samples/registry", "samples/broken"].flatMap { folder -> [String] in
            let dir = repository.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
            return names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0).path }
        }.filter { !$0.hasSuffix("syntax-indent.yaml") && !$0.hasSuffix("syntax-unclosed-quote.yaml") }
            .filter { !$0.hasSuffix("empty.yaml") }
    }

    static func format(_ text: String) throws -> String {
        switch PlanFormatter.format(text, file: "test.yaml") {
        case .success(let formatted): return formatted
        case .failure(let failure):
            Issue.record("not formatted: \(failure)")
            throw failure
        }
    }

    /// The comments of a text, found the simple way (the samples write no `#` inside a value).
    static func comments(_ text: String) -> [String] {
        text.components(separatedBy: "\n").compactMap { line in
            line.firstIndex(of: "#").map { String(line[$0...]).trimmingCharacters(in: .whitespaces) }
        }.sorted()
    }

    @Test func formattingEverySampleTwiceChangesNothingTheSecondTime() throws {
        #expect(Self.files.count > 20)
        for path in Self.files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let once = try Self.format(text)
            #expect(try Self.format(once) == once, "\(path) is not stable")
        }
    }

    @Test func everyCommentOfEverySampleIsKept() throws {
        for path in Self.files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let formatted = try Self.format(text)
            #expect(Self.comments(formatted) == Self.comments(text), "\(path)")
            // The first line (`# expect: …` of the broken samples, the title of a plan) stays first.
            #expect(formatted.components(separatedBy: "\n")[0] == text.components(separatedBy: "\n")[0], "\(path)")
        }
    }

    @Test func everySampleKeepsItsValues() throws {
        for path in Self.files {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let formatted = try Self.format(text)
            let before = try PlanFormatter.compose(text, file: path).get()
            let after = try PlanFormatter.compose(formatted, file: path).get()
            #expect(Canonical(before) == Canonical(after), "\(path)")
        }
    }

    @Test func keysFollowTheTableAndTimesAndCodesAreQuoted() throws {
        let text = """
            programme:
              - duration: 30m
                venue: mairie
                kind: visit
                at: 09:00
                id: visite
                not-before: 2026-12-05T08:30
            cortege: 1
            communes:
              - name: Thiers
                code: 63430
            venues:
              - { id: mairie, hours: 08:00-18:00, commune: "63430" }

            """
        #expect(
            try Self.format(text) == """
                cortege: 1
                communes:
                  - { code: "63430", name: Thiers }
                venues:
                  - { id: mairie, commune: "63430", hours: "08:00-18:00" }
                programme:
                  - { id: visite, kind: visit, venue: mairie, at: "09:00", duration: 30m, not-before: 2026-12-05T08:30 }

                """)
    }

    @Test func aLongEntryIsABlockAndAShortOneAFlowMapping() throws {
        let long = String(repeating: "très long ", count: 12)
        let text = """
            people:
              - id: a
                name: Court
              - { id: b, title: \(long), function: mayor }
            """
        let formatted = try Self.format(text)
        #expect(formatted.contains("  - { id: a, name: Court }\n"))
        #expect(
            formatted.contains(
                "  - id: b\n    function: mayor\n    title: \(long.trimmingCharacters(in: .whitespaces))\n"))
        for line in formatted.components(separatedBy: "\n") where line.count > PlanFormatter.width {
            #expect(!line.contains("{ "), "a flow mapping wider than the width: \(line)")
        }
    }

    @Test func aCommentInsideAnEntryKeepsItABlockWithTheCommentOnItsLine() throws {
        let text = """
            # Le registre
            people:
              # Maires
              - id: maire
                function: mayor          # du chef-lieu
                name: Jean


              - id: adjoint  # premier adjoint
            # fin
            """
        #expect(
            try Self.format(text) == """
                # Le registre
                people:
                  # Maires
                  - id: maire
                    name: Jean
                    function: mayor          # du chef-lieu

                  - { id: adjoint }  # premier adjoint
                # fin

                """)
    }

    @Test func aCommentInsideAFlowListStaysWithItsValueAndAMovedKeyKeepsItsComment() throws {
        let text = """
            programme:
              - id: one
                kind: meeting
                participants: [p,   # le préfet
                               q]
                duration: 30m
                venue: a
              - venue: a   # la mairie
                id: two
                kind: visit
                duration: 10m
                title: >
                  Un titre
                  plié

            """
        let formatted = try Self.format(text)
        #expect(formatted.contains("\n      - p               # le préfet\n      - q\n"))
        #expect(
            formatted.contains(
                "\n  - id: two\n    kind: visit\n    title: \"Un titre plié\\n\"\n    venue: a   # la mairie\n"))
        #expect(try Self.format(formatted) == formatted)
    }

    @Test func aHashInsideAQuotedValueIsNoComment() throws {
        let text = """
            venues:
              - id: salle
                name: "Salle #3, aile B"
                address: 'L''annexe #2'
            """
        let formatted = try Self.format(text)
        #expect(formatted == "venues:\n  - { id: salle, name: \"Salle #3, aile B\", address: 'L''annexe #2' }\n")
    }

    @Test func aPlainValueThatAFlowMappingWouldCutIsQuoted() throws {
        let text = """
            people:
              - id: a
                title: Maire, président [intérim]
            """
        let formatted = try Self.format(text)
        #expect(formatted == "people:\n  - { id: a, title: \"Maire, président [intérim]\" }\n")
    }

    @Test func aFileThatIsNotYAMLIsRefusedWithItsLine() {
        guard case .failure(.syntax(let diagnostic)) = PlanFormatter.format("a: [b\nc: d\n", file: "x.yaml") else {
            Issue.record("a broken file was formatted")
            return
        }
        #expect(diagnostic.code == .planSyntax)
        #expect(diagnostic.location?.file == "x.yaml")
    }

    @Test func anchorsAreRefused() {
        guard case .failure(.unsupported) = PlanFormatter.format("a: &x 1\nb: *x\n", file: "x.yaml") else {
            Issue.record("an alias was formatted")
            return
        }
    }
}
