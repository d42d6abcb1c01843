import CortegeCore
import Foundation
import Testing

@testable import CortegeApp

/// The cache's payloads and keys (docs/agendas.md, "The agenda cache"); the findings with and without the cache
/// are compared end to end in tests/test_agenda_cache.py.
@Suite struct AgendaCacheTests {
    let path = "agendas/p.ics"

    func sample() -> CachedAgenda {
        let at = SourceLocation(file: path, line: 12, column: 1)
        return CachedAgenda(
            entries: [
                AgendaEntry(
                    person: "p", start: Instant(seconds: 1_767_258_000), end: Instant(seconds: 1_767_261_600),
                    summary: "Réunion « budget »", allDay: false, busy: true, location: at),
                AgendaEntry(
                    person: "p", start: Instant(seconds: -5), end: Instant(seconds: 86_400), summary: "", allDay: true,
                    busy: false, location: SourceLocation(file: path, line: 40, column: 3)),
            ],
            findings: [
                Diagnostic(
                    .icsSyntax, Phrase(fr: "libical a rejeté une ligne : x", en: "libical rejected a line: x"), at: at,
                    subjects: ["p"], help: Phrase(fr: "la corriger", en: "fix it")),
                Diagnostic(.icsSyntax, Phrase(fr: "aucun lieu", en: "no location"), at: nil, subjects: []),
            ])
    }

    @Test func aPayloadGivesBackWhatWasKept() {
        let kept = sample()
        let data = AgendaPayload.encode(kept, path: path, person: "p")
        #expect(data != nil)
        #expect(data.flatMap { AgendaPayload.decode($0, path: path, person: "p") } == kept)
    }

    @Test func aTruncatedOrLongerPayloadIsRefused() throws {
        let data = try #require(AgendaPayload.encode(sample(), path: path, person: "p"))
        #expect(AgendaPayload.decode(data.dropLast(), path: path, person: "p") == nil)
        #expect(AgendaPayload.decode(data + Data([0]), path: path, person: "p") == nil)
    }

    @Test func aReadThatPointsElsewhereIsNotKept() {
        var other = sample()
        other.entries[0].location.file = "elsewhere.ics"
        #expect(AgendaPayload.encode(other, path: path, person: "p") == nil)
    }

    @Test func everySampleGivesTheSameFindingsWithoutTheCacheThenColdThenWarm() throws {
        let calendars = Plans.repository.appendingPathComponent("calendars").path
        let cache = try TemporaryFolder()
        let names = ["55-agenda-president", "63-tournee-prefet", "77-seveso-tour", "971-visite-ministre"]
        let analyses = try names.map { try Plans.open(Plans.sample($0)).analysis }
        let without = Agendas.conflicts(analyses, folder: calendars).map(\.0)
        #expect(without.contains { $0.code == .personOverlap })
        for _ in 0..<2 {
            let cached = Agendas.conflicts(analyses, folder: calendars, cache: .directory(cache.path)).map(\.0)
            #expect(cached == without)
        }
    }

    @Test func aRowIsUsedOnlyForTheSameFileWindowAndZone() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = try #require(AgendaCache(directory: dir.path))
        let key = AgendaCacheKey(
            path: path, person: "p", zone: "Europe/Paris", size: 10, modified: 20, hash: 30, windowStart: 40,
            windowEnd: 50)
        cache.store([(key, sample())])
        #expect(cache.lookup(key) == sample())
        var changed = key
        changed.hash = 31
        #expect(cache.lookup(changed) == nil)
        changed = key
        changed.windowEnd = 51
        #expect(cache.lookup(changed) == nil)
        changed = key
        changed.modified = 21
        #expect(cache.lookup(changed) == nil)
        changed = key
        changed.zone = "America/Guadeloupe"
        #expect(cache.lookup(changed) == nil)
    }
}
