import CortegeApp
import CortegeCore
import Foundation
import Testing

/// Control characters from the input are shown escaped in human output (docs/diagnostics.md).
@Suite struct TerminalTextTests {
    @Test func anEscapeSequenceInAFindingIsShownEscapedAndCannotEraseTheLineAbove() {
        let summary = "Réunion\u{1B}[2K\u{1B}[1AOK\nfake: error"
        let d = Diagnostic(
            .icsSyntax,
            Phrase(fr: "l'évènement « \(summary) » chevauche", en: "agenda event \"\(summary)\" overlaps"),
            at: SourceLocation(file: "cal\u{1B}.ics", line: 3, column: 1),
            help: Phrase(fr: "voir \u{7}\u{202E}", en: "see \u{7}\u{202E}"))
        for language in [Language.fr, .en] {
            let text = DiagnosticFormat.human(d, language: language)
            #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
            #expect(text.contains("Réunion\\x1B[2K\\x1B[1AOK\\nfake: error"))
            #expect(text.components(separatedBy: "\n").count == 2)
        }
        let text = DiagnosticFormat.human(d, language: .en)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(!text.unicodeScalars.contains { $0.value == 0x202E })
        #expect(text.contains("Réunion\\x1B[2K\\x1B[1AOK\\nfake: error"))
        #expect(text.components(separatedBy: "\n").count == 2)
        var result = CommandResult()
        result.print("title\u{1B}]0;pwned\u{7}\tnext\nline")
        #expect(result.standardOutput == "title\\x1B]0;pwned\\x07\tnext\nline\n")
    }

    @Test func jsonOutputGoesThroughUnchanged() {
        var result = CommandResult()
        let json = JSONValue.object(["t": .string("a\u{1B}b\u{2028}")]).text
        result.print(json)
        #expect(result.standardOutput == json + "\n")
    }
}
