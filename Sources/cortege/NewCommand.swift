import ArgumentParser
import CortegeApp
import CortegeCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new plan, commented key by key, that loads and checks without error.",
        discussion: """
            KIND is ministerial, prefect or elected. The plan includes the territory's registry when one is
            found beside FILE (registry/CODE.yaml or ../registry/CODE.yaml); else it defines a small registry
            of its own. An existing file is never overwritten (exit status 2).

            Example:
              cortege new ministerial --territory 971 --date 2026-12-04 -o samples/ma-visite.yaml
              cortege check samples/ma-visite.yaml
            """)

    @Argument(help: "The kind of visit: ministerial, prefect or elected.")
    var kind: String

    @Option(help: "The INSEE code of the département (\"971\", \"63\", \"2A\").")
    var territory: String

    @Option(help: "The first day of the visit, YYYY-MM-DD (default: today).")
    var date: String?

    @Option(help: "The id of the person the visit is for (default: by kind).")
    var principal: String?

    @Option(name: .shortAndLong, help: "The plan file to write.")
    var output: String

    @Option(help: "Language of the messages: fr or en (the plan itself is written in French).")
    var lang: Language = .fr

    func run() throws {
        try NewPlan.run(
            kind: kind, territory: territory, date: date, principal: principal, output: output, language: lang
        ).finish()
    }
}
