import ArgumentParser
import CortegeCore
import Foundation

/// The language of `--help`: French, unless the command line asks for English with `--lang en` or `--lang=en`
/// (docs/diagnostics.md, "Language"). It is decided once, from the arguments of the process, before
/// ArgumentParser builds the help; the commands' own outputs keep reading their parsed `--lang`.
/// ArgumentParser's own words (`USAGE:`, `OPTIONS:`, `Show help information.`, `Error:`) stay as it writes them.
enum Help {
    /// The language the help of this run is written in.
    static let language: Language = language(of: CommandLine.arguments)

    /// `en` when `arguments` hold `--lang en` or `--lang=en` before any `--` (the last one wins, as for the
    /// option itself), `fr` otherwise.
    static func language(of arguments: [String]) -> Language {
        var language = Language.fr
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument.hasPrefix("--lang=") {
                language = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? language
            } else if argument == "--lang", index + 1 < arguments.endIndex {
                language = Language(rawValue: arguments[index + 1]) ?? language
                index += 1
            }
            index += 1
        }
        return language
    }

    /// A text of the help (an abstract, a discussion) in the help's language. In French, the space before `:`,
    /// `;`, `?`, `!` and `»` and after `«` becomes a no-break space, so that ArgumentParser, which wraps lines at
    /// plain spaces only, never begins a line with that sign.
    static func text(fr: String, en: String) -> String {
        switch language {
        case .fr: French.noBreakSpaces(fr)
        case .en: en
        }
    }

    /// `--now` of the commands that write a dated document (the programme, the cabinet's documents).
    static var generationTime: ArgumentHelp {
        argument(
            fr:
                "La date et l’heure d’édition, ISO 8601 (heure locale de la visite sans décalage) ; par défaut, "
                + "maintenant.",
            en: "The time of generation, ISO 8601 (local to the visit without an offset); defaults to now.",
            value: "date-heure")
    }

    /// The help of an option, a flag or an argument in the help's language; `value` names its value in French
    /// (`<dossier>`), the English help keeping the name ArgumentParser derives from the property.
    static func argument(fr: String, en: String, value: String? = nil) -> ArgumentHelp {
        ArgumentHelp(text(fr: fr, en: en), valueName: language == .fr ? value : nil)
    }
}

/// French typography of the help.
enum French {
    static let noBreakSpace = "\u{00A0}"

    /// `text` with a no-break space in place of the plain space before `:`, `;`, `?`, `!`, `»` and after `«`.
    static func noBreakSpaces(_ text: String) -> String {
        var text = text
        for sign in [":", ";", "?", "!", "»"] {
            text = text.replacingOccurrences(of: " " + sign, with: noBreakSpace + sign)
        }
        return text.replacingOccurrences(of: "« ", with: "«" + noBreakSpace)
    }
}
