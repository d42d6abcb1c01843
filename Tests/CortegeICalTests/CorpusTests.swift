import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

/// Real-world .ics files nobody here wrote: the test corpus the `icalendar` Python package ships.
@Suite struct CorpusTests {
    /// The `tests` folder of the installed `icalendar` package, or why it cannot be found.
    static func corpusFolder() -> Result<String, CorpusMissing> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import icalendar, os; print(os.path.dirname(icalendar.__file__))"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = Pipe()
        do { try process.run() } catch { return .failure(CorpusMissing(reason: "python3 cannot be run: \(error)")) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let folder = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationStatus == 0, !folder.isEmpty else {
            return .failure(CorpusMissing(reason: "the Python package icalendar is not installed (make deps-python)"))
        }
        return .success(folder + "/tests")
    }

    struct CorpusMissing: Error { var reason: String }

    static func icsFiles(under folder: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.lowercased().hasSuffix(".ics") }.sorted()
            .map { folder + "/" + $0 }
    }

    @Test(.timeLimit(.minutes(2)))
    func everyIcsFileOfTheIcalendarPackageImportsWithoutCrashOrHang() throws {
        let folder: String
        switch Self.corpusFolder() {
        case .success(let f): folder = f
        case .failure(let missing):
            Issue.record("cannot find the icalendar test corpus: \(missing.reason)")
            return
        }
        let files = Self.icsFiles(under: folder)
        #expect(files.count >= 100, "expected the ~160 .ics files of icalendar's tests under \(folder)")
        let reader = AgendaReader(
            from: utc(1900, 1, 1), to: utc(2100, 1, 1), floatingZone: Zone.utc,
            maxOccurrences: 1_000)
        var withEntries = 0
        var withFindings = 0
        for file in files {
            let result = reader.read(path: file, person: "corpus")
            #expect(!result.entries.isEmpty || !result.findings.isEmpty, "\(file) gave neither entries nor findings")
            #expect(result.findings.allSatisfy { $0.code == .icsSyntax && $0.location?.file == file })
            if !result.entries.isEmpty { withEntries += 1 }
            if !result.findings.isEmpty { withFindings += 1 }
        }
        print("icalendar corpus: \(files.count) files, \(withEntries) with entries, \(withFindings) with findings")
    }
}
