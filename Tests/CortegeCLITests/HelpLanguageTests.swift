import Foundation
import Testing

/// `cortege --help` and every command's `--help` are French by default and English with `--lang en` or
/// `--lang=en` anywhere on the command line (docs/diagnostics.md, "Language"). ArgumentParser's own words
/// (`OVERVIEW:`, `USAGE:`, `OPTIONS:`, `Show help information.`, `(values: …; default: …)`) are the library's and
/// stay English; the option names and the values typed on the command line are the same in both languages.
@Suite struct HelpLanguageTests {
    /// A command (no argument: the top level), the first words of its English abstract, and words of its French
    /// abstract.
    struct Command: CustomStringConvertible, Sendable {
        var arguments: [String]
        var english: String
        var french: String
        var description: String { arguments.isEmpty ? "cortege" : arguments.joined(separator: " ") }
    }

    static let commands: [Command] = [
        Command(arguments: [], english: "Plans official visits: itinerary", french: "visites officielles"),
        Command(arguments: ["check"], english: "Find every conflict in one or several plans.", french: "conflits"),
        Command(arguments: ["plan"], english: "Print the timed itinerary of a plan", french: "itinéraire minuté"),
        Command(
            arguments: ["protocol"], english: "Print the precedence and the protocol orders",
            french: "ordres protocolaires"),
        Command(
            arguments: ["export"], english: "Write the iCalendar (.ics) file of one audience",
            french: "fichier iCalendar"),
        Command(
            arguments: ["programme"], english: "Write the printable programme of a visit",
            french: "programme imprimable"),
        Command(
            arguments: ["document"], english: "Write one of the cabinet's documents", french: "documents du cabinet"),
        Command(arguments: ["diff"], english: "What changed between two revisions", french: "deux révisions"),
        Command(
            arguments: ["notify"], english: "Tell each person concerned by a revision", french: "personne concernée"),
        Command(arguments: ["schema"], english: "Print the JSON Schema of plan and registry files", french: "schéma"),
        Command(arguments: ["new"], english: "Write a new plan, commented key by key", french: "clé par clé"),
        Command(arguments: ["fmt"], english: "Rewrite plan and registry files", french: "commentaire"),
        Command(
            arguments: ["serve"], english: "Serve every plan of a folder as subscription calendars",
            french: "tableau de bord"),
        Command(arguments: ["feeds"], english: "List the subscription links", french: "liens d’abonnement"),
        Command(arguments: ["publish"], english: "Put every calendar of a visit", french: "serveur CalDAV"),
        Command(
            arguments: ["bench-free-order"], english: "Solve free-order benchmark instances", french: "banc d’essai"),
    ]

    /// English words that French prose must not hold (whole words, lower case). The values typed on the command
    /// line (`press`, `security`, `staff`, `principal`, `public`, `human`, `ministerial`…) are not among them.
    static let englishWords: Set<String> = [
        "the", "of", "and", "with", "without", "every", "each", "only", "this", "that", "these", "what", "which",
        "when", "where", "who", "whom", "from", "into", "to", "in", "is", "are", "be", "it", "its", "by", "for",
        "at", "not", "no", "never", "always", "may", "must", "can", "cannot", "will", "would", "one", "two", "once",
        "else", "otherwise", "before", "after", "unless", "since", "then", "than", "too", "all", "any", "nothing",
        "something", "file", "files", "folder", "write", "writes", "written", "print", "read", "reads", "language",
        "example", "exit", "status", "default", "defaults", "audience", "audiences", "item", "items", "person",
        "people", "output", "calendar", "calendars", "server", "link", "links", "changed", "find", "conflict",
        "conflicts", "show", "list", "visit", "visits", "revision", "rewrite", "keeping", "comments", "layout",
        "canonical", "registry", "registries", "schema", "editors", "subscription", "dashboard", "office", "token",
        "tokens", "address", "seconds", "connection", "password", "user", "account", "name", "named", "keep",
        "keeps", "kept", "give", "given", "see", "how", "key", "keys", "help", "overview", "subcommand",
        "subcommands", "escort", "event", "events", "time", "times", "day", "new", "old", "check", "checks",
        "error", "errors", "warning", "warnings", "finding", "findings", "text", "texts", "sentence", "sentences",
        "printed", "printable", "timeline", "phone", "refused", "updated", "created", "deleted", "cancelled",
        "whose", "first", "line", "lines", "omitted", "instead", "solve", "fastest", "benchmark", "including",
        "includes", "offset", "clock", "now", "today", "kind", "here", "there",
    ]

    /// `cortege ARGUMENTS` on a terminal of `columns` columns: its status and both streams.
    static func run(_ arguments: [String], columns: Int = 1000) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = arguments
        process.currentDirectoryURL = CLI.repository
        process.environment = ProcessInfo.processInfo.environment.merging(["COLUMNS": String(columns)]) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The text Cortège writes into a help page, with ArgumentParser's own lines and words taken out (`OVERVIEW: `,
    /// the usage line, the headings, `-h, --help  Show help information.`, `See 'cortege help …'`, `(values: …)`,
    /// `(default: …)`), the example command lines, the names of the commands in the list of subcommands, and the
    /// plan keys and command lines written in backticks.
    static func prose(_ help: String) -> String {
        var kept: [String] = []
        var inSubcommands = false
        for raw in help.replacingOccurrences(of: "\\\n", with: " ").split(
            separator: "\n", omittingEmptySubsequences: false)
        {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if ["ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:"].contains(line) {
                inSubcommands = line == "SUBCOMMANDS:"
                continue
            }
            if line.hasPrefix("USAGE:") || line.hasPrefix("-h, --help") || line.hasPrefix("See 'cortege help")
                || line.hasPrefix("cortege ")
            {
                continue
            }
            if line.hasPrefix("OVERVIEW: ") { line.removeFirst("OVERVIEW: ".count) }
            if inSubcommands, let space = line.firstIndex(of: " ") { line = String(line[space...]) }
            kept.append(line)
        }
        var text = kept.joined(separator: "\n")
        for library in [#"\((values|default): [^)]*\)"#, "`[^`]*`"] {
            text = text.replacingOccurrences(of: library, with: " ", options: .regularExpression)
        }
        return text
    }

    /// The words of `prose` once option names (`--no-cache`), placeholders (`<dossier>`), paths and file names,
    /// identifiers (`run-sheet`, `If-None-Match`, `METHOD:REQUEST`) and words in capitals (`DTSTAMP`, `YAML`) are
    /// set aside: the words a French reader reads as French.
    static func words(_ prose: String) -> [String] {
        prose.split(whereSeparator: \.isWhitespace).flatMap { token -> [String] in
            let core = token.trimmingCharacters(in: CharacterSet(charactersIn: ".,;:()«»\"'’"))
            let identifier =
                core.hasPrefix("-") || core.contains("<") || core.contains("/") || core.contains(".")
                || core.contains("-") || core.contains(":") || core.contains("[") || core.contains("_")
                || (core.contains { $0.isLetter } && core == core.uppercased())
            if identifier { return [] }
            return core.split { !$0.isLetter }.map { $0.lowercased() }
        }
    }

    @Test(arguments: commands)
    func helpIsFrenchByDefault(_ command: Command) throws {
        let french = try Self.run(command.arguments + ["--help"])
        #expect(french.status == 0, "\(french.text)")
        #expect(french.text.contains(command.french), "\(french.text)")
        #expect(!french.text.contains(command.english), "\(french.text)")
        #expect(french.text.contains("Exemple"), "\(french.text)")
        let prose = Self.prose(french.text)
        let english = Self.words(prose).filter { Self.englishWords.contains($0) }
        #expect(english == [], "\(command): \(prose)")
        let phrases = CommandLineLanguageTests.englishWords.filter { prose.contains($0) }
        #expect(phrases == [], "\(command): \(prose)")
    }

    @Test(arguments: commands)
    func helpIsEnglishWithLangEn(_ command: Command) throws {
        let french = try Self.run(command.arguments + ["--help"])
        let english = try Self.run(command.arguments + ["--help", "--lang", "en"])
        #expect(english.status == 0, "\(english.text)")
        #expect(english.text != french.text)
        #expect(english.text.contains(command.english), "\(english.text)")
        #expect(english.text.contains("Example:"), "\(english.text)")
        #expect(!english.text.contains(command.french), "\(english.text)")
        #expect(!english.text.contains("Exemple"), "\(english.text)")
        // The check that finds no English word in the French help finds some in the English one.
        #expect(Self.words(Self.prose(english.text)).contains { Self.englishWords.contains($0) })
        // The language is read anywhere on the command line, in either spelling of the option.
        for other in [["--lang", "en", "--help"], ["--help", "--lang=en"], ["--lang=fr", "--lang", "en", "--help"]] {
            #expect(try Self.run(command.arguments + other).text == english.text, "\(other)")
        }
        #expect(try Self.run(command.arguments + ["--help", "--lang", "fr"]).text == french.text)
    }

    /// Every command the top-level help lists has its case above (the hidden benchmark command too).
    @Test func everyCommandIsCovered() throws {
        let help = try Self.run(["--help", "--lang", "en"]).text
        let listed = help.components(separatedBy: "SUBCOMMANDS:\n").last?.split(separator: "\n").compactMap {
            line -> String? in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), !line.contains("See 'cortege help") else { return nil }
            return line.split(separator: " ").first.map(String.init)
        }
        let covered = Set(Self.commands.compactMap(\.arguments.first))
        #expect(listed?.isEmpty == false)
        #expect(Set(listed ?? []).subtracting(covered) == [], "\(help)")
    }

    /// In French, ArgumentParser's wrapping at plain spaces never leaves `:`, `;` or `»` at the head of a line
    /// (the space before them is a no-break space), on a narrow terminal too.
    @Test(arguments: commands)
    func frenchPunctuationNeverBeginsALine(_ command: Command) throws {
        for columns in [40, 60, 80] {
            let french = try Self.run(command.arguments + ["--help"], columns: columns)
            let orphans = french.text.split(separator: "\n").filter {
                let line = $0.trimmingCharacters(in: .whitespaces)
                return [":", ";", "»", "?", "!"].contains { line.hasPrefix($0) }
            }
            #expect(orphans == [], "\(command) at \(columns) columns")
        }
    }
}
