import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

/// Agendas built to stall libical's parser (the patterns of libical's fuzz cases 42517512 and 42521679, made
/// here), read with a located `ics-syntax` warning while every other event is read as usual. Their time is
/// measured in Benchmarks/ (docs/agendas.md), not here.
@Suite struct AgendaGuardTests {
    /// A calendar of three one-hour events on 15 April 2026 (Paris), the second carrying `hostile` as an
    /// extra content line; returns the text and the line number `hostile` starts at.
    func calendar(hostile: String) -> (text: String, line: Int) {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//guard//FR"]
        var hostileLine = 0
        for (i, hour) in [8, 10, 14].enumerated() {
            lines += [
                "BEGIN:VEVENT", "UID:guard-\(i)@test", "DTSTAMP:20260401T000000Z",
                String(format: "DTSTART:20260415T%02d0000Z", hour),
                String(format: "DTEND:20260415T%02d0000Z", hour + 1),
                "SUMMARY:Réunion \(i)",
            ]
            if i == 1 {
                hostileLine = lines.count + 1
                lines.append(hostile)
            }
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return (lines.joined(separator: "\r\n") + "\r\n", hostileLine)
    }

    /// Folds `line` at 75 bytes as RFC 5545 §3.1 asks (continuation lines start with a space).
    func folded(_ line: String) -> String {
        let bytes = Array(line.utf8)
        var parts: [String] = []
        var i = 0
        while i < bytes.count {
            let n = i == 0 ? 75 : 74
            parts.append((i == 0 ? "" : " ") + String(decoding: bytes[i..<min(bytes.count, i + n)], as: UTF8.self))
            i += n
        }
        return parts.joined(separator: "\r\n")
    }

    func warnings(_ r: AgendaImport) -> [Diagnostic] { r.findings.filter { $0.code == .icsSyntax } }

    @Test func aPropertyWithTensOfThousandsOfParametersIsLeftOutAtItsLine() {
        // The shape of fuzz42517512: one RRULE line of 21,800 parameters "BYWEE…=RRULE".
        let hostile = "RRULE" + String(repeating: ";BYWEE\u{B5}=RRULE", count: 21_800) + ":FREQ=DAILY"
        let (text, line) = calendar(hostile: hostile)
        let r = aprilReader().read(text: text, file: "hostile.ics", person: "p")
        #expect(r.entries.map(\.summary) == ["Réunion 0", "Réunion 1", "Réunion 2"])
        #expect(r.entries[1].start == utc(2026, 4, 15, 10))
        let found = warnings(r)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "hostile.ics", line: line))
        #expect(found.first?.message.contains("21800 parameters") == true)
        #expect(found.first?.message.contains("RRULE") == true)
        #expect(found.first?.subjects == ["p"])
    }

    @Test func aLongLineOfLongParameterValuesIsLeftOutAtItsFirstFoldedLine() {
        // The shape of fuzz42521679: long parameter values, then VALUE=FLOAT and a value of commas, folded.
        let filler =
            "TZID==^" + String(repeating: "\u{FF}", count: 1_500) + String(repeating: "TU,Th,", count: 300) + ":a"
        let line =
            "X;" + Array(repeating: filler, count: 60).joined(separator: ";") + ";VALUE=FLOAT:H"
            + String(repeating: ",,,,\u{CF},,,", count: 300)
        let (text, at) = calendar(hostile: folded(line))
        let r = aprilReader().read(text: text, file: "long.ics", person: "p")
        #expect(r.entries.map(\.summary) == ["Réunion 0", "Réunion 1", "Réunion 2"])
        let found = warnings(r)
        #expect(found.count == 1)
        #expect(found.first?.location == SourceLocation(file: "long.ics", line: at))
        #expect(
            found.first?.message.contains("with parameters (at most \(AgendaGuard.maxLineWithParametersBytes))") == true
        )
    }

    @Test func linesAfterALeftOutLineKeepTheirLineNumbers() {
        let hostile = folded("DESCRIPTION;LANGUAGE=fr:" + String(repeating: "a", count: 40_000))
        let (text, line) = calendar(hostile: hostile)
        let r = aprilReader().read(text: text, file: "lines.ics", person: "p")
        #expect(warnings(r).first?.location == SourceLocation(file: "lines.ics", line: line))
        // The third event's BEGIN:VEVENT, counted in the text as written (folded lines included).
        let all = text.components(separatedBy: "\r\n")
        let third = all.indices.filter { all[$0] == "BEGIN:VEVENT" }[2] + 1
        #expect(r.entries.last?.location == SourceLocation(file: "lines.ics", line: third))
    }

    @Test func longLinesUnderTheBoundsAreReadAsUsual() {
        for hostile in [
            "DESCRIPTION:" + String(repeating: "a", count: 500_000),
            "DESCRIPTION;LANGUAGE=fr:" + String(repeating: "a", count: 30_000),
        ] {
            let (text, _) = calendar(hostile: folded(hostile))
            let r = aprilReader().read(text: text, file: "ok.ics", person: "p")
            #expect(r.entries.count == 3)
            #expect(r.findings.isEmpty)
        }
    }

    @Test func aLineOverOneMebibyteIsLeftOutEvenWithoutParameters() {
        let (text, line) = calendar(hostile: folded("DESCRIPTION:" + String(repeating: "a", count: 1_100_000)))
        let r = aprilReader().read(text: text, file: "huge.ics", person: "p")
        #expect(r.entries.count == 3)
        #expect(warnings(r).map(\.location) == [SourceLocation(file: "huge.ics", line: line)])
        #expect(warnings(r).first?.message.contains("at most \(AgendaGuard.maxLineBytes)") == true)
    }

    @Test func parametersInsideQuotesAreNotCounted() {
        let hostile = "X-NOTE;X-LIST=\"" + String(repeating: "a;", count: 500) + "\":ok"
        let (text, _) = calendar(hostile: hostile)
        let r = aprilReader().read(text: text, file: "quoted.ics", person: "p")
        #expect(r.entries.count == 3)
        #expect(warnings(r).isEmpty)
    }

    @Test func aFileOverTheSizeBoundIsNotReadAndTheWarningSaysSo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-guard-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("big.ics").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(calendar(hostile: "X-A:b").text.utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(AgendaGuard.maxFileBytes + 1))  // sparse: no 64 MiB written
        try handle.close()
        let r = aprilReader().read(path: path, person: "p")
        #expect(r.entries.isEmpty)
        #expect(warnings(r).count == 1)
        #expect(warnings(r).first?.location == SourceLocation(file: path, line: 1))
        #expect(warnings(r).first?.message.contains("\(AgendaGuard.maxFileBytes + 1) bytes") == true)
    }
}
