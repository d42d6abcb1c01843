import ArgumentParser
import CortegeApp
import CortegeCore

struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Rewrite plan and registry files in the canonical layout, keeping every comment.",
        discussion: """
            Keys in the order of docs/plan-format.md, times and codes quoted, short entries as one flow
            mapping. Each file is replaced whole or not at all. With --check, nothing is written: the files
            that are not formatted are listed, with exit status 1.
            Exit status: 0 done, 1 (--check) a file is not formatted, 2 a file could not be read or formatted.

            Example:
              cortege fmt samples/ma-visite.yaml
              cortege fmt --check samples/*.yaml samples/registry/*.yaml
            """)

    @Argument(help: "Plan and registry files (YAML).")
    var files: [String]

    @Flag(help: "Write nothing; exit with 1 when a file is not formatted.")
    var check = false

    @Option(help: "Language of the messages: fr or en.")
    var lang: Language = .fr

    func run() throws { try FormatFiles.run(paths: files, check: check, language: lang).finish() }
}
