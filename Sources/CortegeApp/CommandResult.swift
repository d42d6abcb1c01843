import CortegeCore

/// What a command prints, in order, and the exit status it ends with (docs/diagnostics.md: 0 no error, 1 an
/// error finding, 2 a plan that could not be read or a wrong command line).
///
/// The text is kept in the order it was produced, each piece tagged with its stream, so that a terminal shows
/// the findings before the summary that follows them on standard error.
public struct CommandResult: Sendable, Equatable {
    /// A piece of text and the stream it goes to.
    public enum Output: Sendable, Equatable {
        case standardOutput(String)
        case standardError(String)
    }

    public var output: [Output] = []
    public var status: Int32 = 0

    public init(status: Int32 = 0) { self.status = status }

    /// Adds one line (a newline is added) to standard output, its control characters escaped
    /// (``TerminalText``).
    public mutating func print(_ line: String) {
        output.append(.standardOutput(TerminalText.escaped(line, keepingLines: true) + "\n"))
    }

    /// Adds one line (a newline is added) to standard error, its control characters escaped (``TerminalText``).
    public mutating func printError(_ line: String) {
        output.append(.standardError(TerminalText.escaped(line, keepingLines: true) + "\n"))
    }

    /// Adds one error line to standard error: `erreur : …` in French, `error: …` in English, as the findings'
    /// severity is written (docs/diagnostics.md).
    public mutating func printError(_ phrase: Phrase, _ language: Language) {
        printError(Self.errorLine(phrase, language))
    }

    /// An error line of the command line in `language`: `erreur : …` or `error: …`.
    public static func errorLine(_ phrase: Phrase, _ language: Language) -> String {
        Vocabulary(language).pick("erreur : ", "error: ") + phrase.text(language)
    }

    /// Adds text as it is to standard output.
    public mutating func write(_ text: String) { output.append(.standardOutput(text)) }

    /// The text sent to standard output.
    public var standardOutput: String {
        output.reduce(into: "") { text, piece in
            if case .standardOutput(let s) = piece { text += s }
        }
    }

    /// The text sent to standard error.
    public var standardError: String {
        output.reduce(into: "") { text, piece in
            if case .standardError(let s) = piece { text += s }
        }
    }

    /// A result that prints one error line and ends with `status`.
    public static func failure(_ message: String, status: Int32) -> CommandResult {
        var result = CommandResult(status: status)
        result.printError(message)
        return result
    }

    /// A result that prints one error line (``errorLine(_:_:)``) in `language` and ends with `status`.
    public static func failure(_ phrase: Phrase, _ language: Language, status: Int32) -> CommandResult {
        failure(errorLine(phrase, language), status: status)
    }
}

/// A command that ends before its work is done: what it prints, and its exit status.
public struct CommandStop: Error {
    public var result: CommandResult

    public init(_ result: CommandResult) { self.result = result }

    /// One error line on standard error, and `status`.
    public init(_ message: String, status: Int32) { result = .failure(message, status: status) }

    /// One error line (`erreur : …` or `error: …`) in `language`, and `status`.
    public init(_ phrase: Phrase, _ language: Language, status: Int32) {
        result = .failure(phrase, language, status: status)
    }
}
