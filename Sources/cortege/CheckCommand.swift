import ArgumentParser
import CortegeApp
import CortegeCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Find every conflict in one or several plans.",
        discussion: """
            Exit status: 0 no error, 1 at least one error finding, 2 a plan could not be read.

            Example:
              cortege check samples/971-visite-ministre.yaml
              cortege check samples/*.yaml --agendas calendars --format json
              cortege check samples/971-visite-ministre.yaml --lang en
            """)

    @Argument(help: "Plan files (YAML).")
    var plans: [String]

    @OptionGroup var agendas: AgendasOption
    @OptionGroup var format: FormatOption
    @OptionGroup var cache: CacheOption

    @Flag(help: "Count warnings as errors.")
    var strict = false

    @Option(help: "Language of the findings (human and JSON): fr or en.")
    var lang: Language = .fr

    func validate() throws { try cache.validate(lang) }

    func run() throws {
        try CheckReport.run(
            paths: plans, agendas: agendas.agendas, format: format.format, strict: strict, cache: cache.setting,
            language: lang
        ).finish()
    }
}
