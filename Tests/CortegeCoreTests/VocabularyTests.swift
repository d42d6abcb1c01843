import Testing

@testable import CortegeCore

/// The words Cortège prints, in French and English, without the machine's locales.
@Suite struct VocabularyTests {
    let fr = Vocabulary(.fr)
    let en = Vocabulary(.en)

    @Test func datesAreWrittenByHand() {
        let first = LocalDate(year: 2026, month: 12, day: 1)
        #expect(fr.longDate(first) == "mardi 1er décembre 2026")
        #expect(en.longDate(first) == "Tuesday 1 December 2026")
        let fourth = LocalDate(year: 2026, month: 12, day: 4)
        #expect(fr.longDate(fourth) == "vendredi 4 décembre 2026")
        #expect(fr.shortDate(fourth) == "04/12/2026")
        #expect(en.shortDate(fourth) == "2026-12-04")
        let at = LocalDateTime(date: fourth, time: LocalTime(hour: 9, minute: 5))
        #expect(fr.dateTime(at) == "04/12/2026 à 09h05")
        #expect(en.dateTime(at) == "2026-12-04 at 09:05")
    }

    @Test func durationsAndDays() {
        #expect(fr.duration(45) == "45 min")
        #expect(fr.duration(60) == "1 h")
        #expect(fr.duration(95) == "1 h 35")
        #expect(fr.duration(-5) == "0 min")
        #expect(fr.days(1) == "1 jour")
        #expect(en.days(2) == "2 days")
    }

    @Test func everyAudienceHasItsLabelVersionAndClassification() {
        let audiences: [Audience] = [.principal, .person("p"), .staff, .security, .press, .public]
        for words in [fr, en] {
            let labels = audiences.map { words.audience($0, personName: "Paul Durand") }
            #expect(Set(labels).count == audiences.count)
            #expect(Set(audiences.map { words.version($0) }).count == audiences.count)
            #expect(Set(audiences.map { words.classification($0) }).count == audiences.count)
        }
        #expect(fr.audience(.principal) == "autorité")
        #expect(en.audience(.principal) == "principal")
        #expect(fr.audience(.person("prefet")) == "prefet", "without a name, the id")
        #expect(fr.classification(.person("prefet"), personName: "Paul Durand") == "Personnel — Paul Durand")
        #expect(en.version(.security) == "Security version")
    }

    @Test func transfersByModeAndByPlace() {
        #expect(fr.transfer(.helicopter) == "Transfert en hélicoptère")
        #expect(en.transfer(.foot) == "Transfer on foot")
        #expect(fr.transfer(to: "Hôtel de ville") == "Trajet vers l'hôtel de ville")
        #expect(en.transfer(to: "Hôtel de ville") == "Transfer to Hôtel de ville")
    }
}
