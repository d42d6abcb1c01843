import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeProgramme

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: "Write the printable programme of a visit for one audience (HTML with a timeline).",
        discussion: """
            One self-contained HTML page (inline CSS and SVG, no script, no external request), a page per day \
            when printed on A4, readable on a phone. The press and public programmes obey the embargo: before \
            the visit's `announce` time they are refused (exit status 1) and no file is written.

            Example:
              cortege programme samples/971-visite-ministre.yaml --audience staff -o programme.html
              cortege programme samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30 --lang en
            """)

    @OptionGroup var plan: PlanArgument

    @Option(help: "Who reads it: \(Audience.names.joined(separator: ", ")).")
    var audience: AudienceArgument

    @Option(name: .shortAndLong, help: "The HTML file to write (atomically); standard output when omitted.")
    var output: String?

    // The programme's own words for --now and --agendas (the other commands share `NowOption`, `AgendasOption`).
    @Option(help: "The time of generation, ISO 8601 (local to the visit without an offset); defaults to now.")
    var now: String?

    @Option(help: "Language of the document: fr or en.")
    var lang: Language = .fr

    @Option(help: "Folder of <person-id>.ics agendas (overrides the plan's `agendas:`).")
    var agendas: String?

    func validate() throws { try audience.validate(lang) }

    func run() throws {
        guard let audience = audience.audience else { throw ExitCode(2) }
        try ProgrammeAssembly.run(
            path: plan.plan, audience: audience, output: output, now: now, language: lang,
            agendas: agendas
        ).finish()
    }
}
