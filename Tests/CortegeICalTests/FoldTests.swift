import CortegeCore
import Foundation
import Testing

@testable import CortegeICal

/// libical folds a value of exactly 73 octets without spaces inside its own line end (a bare LF); the writer
/// puts the CRLF back (`ICalComponent.serialized`).
@Suite struct FoldTests {
    @Test func aUIDOfEveryLengthAroundTheFoldIsWrittenWithCRLFOnlyAndReadsBack() throws {
        for length in 60...90 {
            let uid = String(repeating: "a", count: length - 12) + "@example.org"
            let event = ExportEvent(
                uid: uid, start: utc(2026, 12, 15, 9), end: utc(2026, 12, 15, 10), summary: "Service d'escorte")
            let calendar = ExportCalendar(name: "Visite — escorte", zone: paris, events: [event])
            let (text, _) = try CalendarWriter(dtstamp: utc(2026, 11, 1, 12)).render(calendar, previous: nil)
            let bytes = Array(text.utf8)
            for (i, byte) in bytes.enumerated() where byte == 0x0A {
                #expect(i > 0 && bytes[i - 1] == 0x0D, "length \(length): a bare LF at \(i)")
            }
            #expect(!text.contains("\r\r"), "length \(length)")
            let unfolded = text.replacingOccurrences(of: "\r\n ", with: "")
            #expect(unfolded.contains("UID:\(uid)\r\n"), "length \(length)")
        }
    }
}
