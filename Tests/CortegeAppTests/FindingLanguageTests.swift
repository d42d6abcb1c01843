import CortegeApp
import CortegeCore
import Foundation
import Testing

/// Every finding Cortège produces over the samples, the broken samples and the test plans is written in French
/// and in English (docs/diagnostics.md, "Language"): its message, help and notes have a French sentence that is
/// not empty and not the English one.
@Suite struct FindingLanguageTests {
    static func files(_ folder: String) -> [String] {
        let dir = Plans.repository.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted().map { dir.appendingPathComponent($0).path }
    }

    static let samples = files("samples")
    static let plans =
        samples + files("samples/broken") + files("tests/free_order") + files("Tests/CortegeAppTests/Fixtures")
        + files("Tests/CortegePlanTests/Fixtures")

    /// Every finding of reading and analysing each plan alone and the samples together, of their clashes with
    /// the sample agendas and with the broken agendas, of the embargoed views, and of the exporter's checks.
    static func everyFinding() throws -> [Diagnostic] {
        let agendas = Plans.repository.appendingPathComponent("calendars").path
        let brokenAgendas = Plans.repository.appendingPathComponent("samples/broken").path
        var findings: [Diagnostic] = []
        for path in plans {
            let workspace = Workspace(paths: [path])
            findings += workspace.findings.map(\.0)
            findings += Agendas.conflicts(workspace.analyses, folder: agendas).map(\.0)
            findings += Agendas.conflicts(workspace.analyses, folder: brokenAgendas).map(\.0)
            for analysis in workspace.analyses {
                if let warning = Exporter.organizerWarning(analysis.plan) { findings.append(warning) }
                let early = try Plans.time("2000-01-01T08:00", analysis)
                for audience in [Audience.press, .public, .person("nobody"), .unit("nobody")] {
                    if case .failure(let refusal) = analysis.view(for: audience, now: early) {
                        findings.append(refusal.diagnostic)
                    }
                }
            }
        }
        // Agendas libical reads with findings of their own (errors, an empty file, no calendar at all), each as the
        // agenda of the préfet of the Guadeloupe sample.
        let fixtures = Plans.repository.appendingPathComponent("Tests/CortegeICalTests/Fixtures")
        let guadeloupe = Workspace(paths: [Plans.sample("971-visite-ministre")])
        for name in ["errors.ics", "empty.ics", "notes.txt", "tzid-redefined.ics", "lines.ics"] {
            let folder = try TemporaryFolder()
            let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
            try text.write(toFile: folder.path + "/prefet-971.ics", atomically: true, encoding: .utf8)
            findings += Agendas.conflicts(guadeloupe.analyses, folder: folder.path).map(\.0)
        }
        let escortVisits = ["a", "b-overlap", "b-reposition"].map {
            Plans.repository.appendingPathComponent("tests/escort_visits/\($0).yaml").path
        }
        for together in [samples, [escortVisits[0], escortVisits[1]], [escortVisits[0], escortVisits[2]]] {
            let workspace = Workspace(paths: together)
            findings += workspace.findings.map(\.0)
            findings += Agendas.conflicts(workspace.analyses, folder: agendas).map(\.0)
        }
        return findings
    }

    @Test func everyFindingOfEveryCodeIsWrittenInFrenchAndInEnglish() throws {
        let findings = try Self.everyFinding()
        var codes: Set<DiagnosticCode> = []
        for d in findings {
            codes.insert(d.code)
            #expect(!d.phrase.fr.isEmpty && !d.phrase.en.isEmpty, "\(d.code)")
            #expect(d.phrase.fr != d.phrase.en, "\(d.code): \(d.phrase.en)")
            if let help = d.helpPhrase {
                #expect(!help.fr.isEmpty, "\(d.code)")
                #expect(help.fr != help.en, "\(d.code) help: \(help.en)")
            }
            for note in d.notes {
                #expect(!note.phrase.fr.isEmpty, "\(d.code)")
                #expect(note.phrase.fr != note.phrase.en, "\(d.code) note: \(note.phrase.en)")
            }
        }
        // The plans above produce findings of most codes: reading, scheduling, agendas, protocol, escort, press,
        // calendar and export (the codes they do not reach are covered by each rule's own tests).
        let families = Set(codes.map(\.family))
        for family in [DiagnosticFamily.plan, .itinerary, .agenda, .conflict, .protocol, .escort, .export] {
            #expect(families.contains(family), "no finding of the \(family) family")
        }
    }
}
