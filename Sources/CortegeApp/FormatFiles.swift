import CortegeCore
import CortegePlan
import Foundation

/// `cortege fmt`: plan and registry files rewritten in the canonical layout of ``PlanFormatter``, each whole or
/// not at all; with `check`, only told apart (exit 1 when one is not formatted, for a CI job).
public enum FormatFiles {
    /// The lines it prints are in `language`.
    public static func run(paths: [String], check: Bool, language: Language = .fr) -> CommandResult {
        let words = Vocabulary(language)
        var result = CommandResult()
        var unformatted = 0
        var failed = false
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                result.printError(Phrase(fr: "impossible de lire \(path)", en: "cannot read \(path)"), language)
                failed = true
                continue
            }
            switch PlanFormatter.format(text, file: path) {
            case .failure(.syntax(let diagnostic)):
                result.printError(DiagnosticFormat.human(diagnostic, zone: nil, language: language))
                failed = true
            case .failure(.unsupported(let message)):
                result.printError(message, language)
                failed = true
            case .success(let formatted):
                guard formatted != text else { continue }
                unformatted += 1
                if check {
                    result.print(path + words.pick(" : pas au format canonique", ": not in the canonical layout"))
                    continue
                }
                do {
                    try AtomicFile.write(formatted, to: path)
                    result.printError(path + words.pick(" : reformaté", ": formatted"))
                } catch {
                    result.printError(error.phrase, language)
                    failed = true
                }
            }
        }
        if failed {
            result.status = 2
        } else if check && unformatted > 0 {
            result.status = 1
        }
        return result
    }
}
