import CortegeCore
import CortegePlan
import Foundation

/// `cortege fmt`: plan and registry files rewritten in the canonical layout of ``PlanFormatter``, each whole or
/// not at all; with `check`, only told apart (exit 1 when one is not formatted, for a CI job).
public enum FormatFiles {
    public static func run(paths: [String], check: Bool) -> CommandResult {
        var result = CommandResult()
        var unformatted = 0
        var failed = false
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path),
                let text = String(data: data, encoding: .utf8)
            else {
                result.printError("error: cannot read \(path)")
                failed = true
                continue
            }
            switch PlanFormatter.format(text, file: path) {
            case .failure(.syntax(let diagnostic)):
                result.printError(DiagnosticFormat.human(diagnostic, zone: nil, language: .fr))
                failed = true
            case .failure(.unsupported(let message)):
                result.printError("error: \(message)")
                failed = true
            case .success(let formatted):
                guard formatted != text else { continue }
                unformatted += 1
                if check {
                    result.print("\(path) : pas au format canonique")
                    continue
                }
                do {
                    try AtomicFile.write(formatted, to: path)
                    result.printError("\(path) : reformaté")
                } catch {
                    result.printError("error: \(error.message)")
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
