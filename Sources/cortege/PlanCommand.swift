import ArgumentParser
import CortegeApp
import CortegeCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the timed itinerary of a plan, its escort plan and its press plan, or one audience's view.",
        discussion: """
            Without --audience: the itinerary, the escort plan per leg (units, hand-overs, duty spans) and the
            press plan (positioning times), as the plan's author and the security services see them.
            With --audience: only what that audience may see (\(Audience.names.joined(separator: ", "))).
            The press and public views are refused before the visit's `announce` time (--now).

            Example:
              cortege plan samples/971-visite-ministre.yaml
              cortege plan samples/971-visite-ministre.yaml --format json
              cortege plan samples/971-visite-ministre.yaml --lang en
              cortege plan samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
            """)

    @OptionGroup var plan: PlanArgument
    @OptionGroup var format: FormatOption

    @Option(help: "Show only what one audience may see: \(Audience.names.joined(separator: ", ")).")
    var audience: AudienceArgument?

    @OptionGroup var now: NowOption

    @Option(help: "Language of the text and of the findings: fr or en.")
    var lang: Language = .fr

    func validate() throws { try audience?.validate(lang) }

    func run() throws {
        try PlanReport.run(
            path: plan.plan, format: format.format, audience: audience?.audience, now: now.now, language: lang
        ).finish()
    }
}
