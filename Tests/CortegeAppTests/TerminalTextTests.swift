import CortegeApp
import CortegeCore
import Foundation
import Testing

/// Control characters from the input are shown escaped in human output (docs/diagnostics.md).
@Suite struct TerminalTextTests {
    @Test func anEscapeSequenceInAFindingIsShownEscapedAndCannotEraseTheLineAbove() {
        let d = Diagnostic(
            .icsSyntax, "agenda event \"Réunion\u{1B}[2K\u{1B}[1AOK\nfake: error\" overlaps",
            at: SourceLocation(file: "cal\u{1B}.ics", line: 3, column: 1), help: "see \u{7}\u{202E}")
        let text = DiagnosticFormat.human(d)
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
