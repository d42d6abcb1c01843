import ArgumentParser
import CortegeApp
import CortegeCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "What changed between two revisions of one visit, item by item, and whom it concerns.",
        discussion: """
            Added and removed items, moved ones (old and new times), lengthened or shortened, venue, \
            participants and riders, press access, escort (security view) and the visit's status \
            (docs/diff-notify.md). With --audience, only what that audience may see (docs/audiences.md §4).

            Exit status: 0 nothing changed, 1 something did, 2 a plan cannot be read, the plans are two \
            different visits, or the command line is wrong.

            Example:
              cortege diff old.yaml samples/971-visite-ministre.yaml
              cortege diff old.yaml new.yaml --audience press --format json --now 2026-12-04T08:00
              cortege diff samples/971-visite-ministre.yaml --since HEAD~1
            """)

    @Argument(help: "OLD.yaml NEW.yaml, or NEW.yaml alone with --since.")
    var plans: [String]

    @Option(help: "Only what this audience may see: \(Audience.names.joined(separator: ", ")).")
    var audience: AudienceArgument?

    @OptionGroup var format: FormatOption

    @Option(help: "Language of the sentences: fr or en.")
    var lang: Language = .fr

    @Option(help: "Compare with the plan at this git revision (its includes at that revision too).")
    var since: String?

    @OptionGroup var now: NowOption

    func validate() throws {
        try audience?.validate(lang)
        try validateRevisions(plans: plans, since: since, lang)
    }

    func run() throws {
        try DiffReport.run(
            old: plans.count == 2 ? plans[0] : nil, new: plans[plans.count - 1], since: since,
            audience: audience?.audience, format: format.format, language: lang, now: now.now
        ).finish()
    }
}
