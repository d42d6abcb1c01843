import CortegeCore
import Foundation
import Testing

@testable import CortegePlan

/// Input that used to pass the loader and then break or corrupt the export, and loading findings that pointed
/// at the wrong place or said the wrong thing (docs/plan-format.md).
@Suite struct PlanInputLimitsTests {
    static let minimal = PlanLoaderTests.minimal

    func findings(_ text: String) -> [Diagnostic] { PlanLoaderTests.load(text).findings }

    @Test func datesOutsideTheYearsCalendarsCarryAreRefusedAtTheirLine() {
        for date in ["3001-12-10", "1969-12-31"] {
            let found = findings(Self.minimal.replacingOccurrences(of: "date: 2026-12-10", with: "date: \(date)"))
            let d = found.first { $0.code == .badTime }
            #expect(d?.location?.line == 8, "\(date): \(found)")
            #expect(d?.message.contains("outside the years 1970–2999") == true, "\(date)")
        }
        #expect(findings(Self.minimal.replacingOccurrences(of: "2026-12-10", with: "2999-12-10")).isEmpty)
    }

    @Test func anIdLongerThanTheLimitIsRefusedAtItsLine() {
        let long = String(repeating: "a", count: 260)
        let found = findings(
            Self.minimal.replacingOccurrences(of: "id: prefet,", with: "id: \(long),")
                .replacingOccurrences(of: "principal: prefet", with: "principal: \(long)")
                .replacingOccurrences(of: "participants: [prefet]", with: "participants: [\(long)]"))
        let limited = found.filter { $0.message.contains("identifiers are limited to 48") }
        // The person's definition, and the visit's reference to it: each at its own line.
        #expect(Set(limited.compactMap(\.location?.line)).isSuperset(of: [6, 10]), "\(found)")
        #expect(limited.allSatisfy { $0.message.count < 200 })
        let fits = String(repeating: "a", count: 48)
        #expect(findings(Self.minimal.replacingOccurrences(of: "id: one,", with: "id: \(fits),")).isEmpty)
    }

    @Test func aDuplicateKeyIsReportedAtTheDuplicatesLine() {
        let found = findings(
            Self.minimal.replacingOccurrences(of: "  title: Visite\n", with: "  title: Visite\n  id: w\n"))
        #expect(found.count == 1)
        #expect(found.first?.code == .planSyntax)
        #expect(found.first?.location?.line == 5)
        #expect(found.first?.message == "duplicate key `id`: already written at line 3")
    }

    @Test func anIncludeOfAFolderSaysItIsAFolder() throws {
        let found = findings(Self.minimal + "include: [\"..\"]\n")
        let d = try #require(found.first { $0.message.hasPrefix("cannot read") })
        #expect(d.message.hasSuffix("it is a folder, not a file"))
        #expect(d.location?.line == 15)
    }

    @Test func anEmptyIncludePathSaysItIsEmpty() {
        let found = findings(Self.minimal + "include: [\"\"]\n")
        #expect(found.map(\.message) == ["an include path is empty"])
        #expect(found.first?.location?.line == 15)
    }

    @Test func refusedItemsDoNotAlsoSayTheProgrammeHasNoItem() {
        let found = findings(Self.minimal.replacingOccurrences(of: "id: one,", with: "id: One,"))
        #expect(!found.isEmpty)
        #expect(!found.contains { $0.message == "the programme has no item" })
        let empty = findings(
            Self.minimal.replacingOccurrences(
                of:
                    "programme:\n  - { id: one, kind: meeting, venue: a, at: \"09:00\", duration: 30m, participants: [prefet] }",
                with: "programme: []"))
        #expect(empty.map(\.message) == ["the programme has no item"])
    }

    @Test func aZeroDurationOnAnItemIsRefused() {
        let found = findings(Self.minimal.replacingOccurrences(of: "duration: 30m", with: "duration: 0m"))
        #expect(found.map(\.code) == [.badTime])
        #expect(found.first?.message == "an item lasts at least one minute; `duration: 0m` is for transfers only")
        #expect(found.first?.location?.line == 14)
    }

    @Test func aFileThatIsNotAPlanIsNeverEchoedWhole() {
        let line = String(repeating: "secret-line-", count: 50)
        let found = findings("\(line)\n\(line)\n")
        #expect(!found.isEmpty)
        for d in found { #expect(d.message.count < 160, "\(d.message)") }
    }
}
