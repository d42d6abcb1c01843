import ArgumentParser
import CortegeApp
import CortegeCore

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: Help.text(
            fr: "Ce qui a changé entre deux révisions d’une visite, séquence par séquence, et qui est concerné.",
            en: "What changed between two revisions of one visit, item by item, and whom it concerns."),
        discussion: Help.text(
            fr: """
                Séquences ajoutées et supprimées, déplacées (anciens et nouveaux horaires), allongées ou raccourcies, \
                lieu, participants et passagers, accès de la presse, escorte (vue sécurité) et statut de la visite \
                (docs/diff-notify.md). Avec --audience, seulement ce que ce public peut voir (docs/audiences.md §4).

                Statut de sortie : 0 rien n’a changé, 1 quelque chose a changé, 2 un plan ne peut être lu, les deux \
                plans sont deux visites différentes, ou la ligne de commande est erronée.

                Exemple :
                  cortege diff old.yaml samples/971-visite-ministre.yaml
                  cortege diff old.yaml new.yaml --audience press --format json --now 2026-12-04T08:00
                  cortege diff samples/971-visite-ministre.yaml --since HEAD~1
                """,
            en: """
                Added and removed items, moved ones (old and new times), lengthened or shortened, venue, \
                participants and riders, press access, escort (security view) and the visit's status \
                (docs/diff-notify.md). With --audience, only what that audience may see (docs/audiences.md §4).

                Exit status: 0 nothing changed, 1 something did, 2 a plan cannot be read, the plans are two \
                different visits, or the command line is wrong.

                Example:
                  cortege diff old.yaml samples/971-visite-ministre.yaml
                  cortege diff old.yaml new.yaml --audience press --format json --now 2026-12-04T08:00
                  cortege diff samples/971-visite-ministre.yaml --since HEAD~1
                """))

    @Argument(
        help: Help.argument(
            fr: "ANCIEN.yaml NOUVEAU.yaml, ou NOUVEAU.yaml seul avec --since.",
            en: "OLD.yaml NEW.yaml, or NEW.yaml alone with --since."))
    var plans: [String]

    @Option(
        help: Help.argument(
            fr: "Seulement ce que ce public peut voir : \(Audience.names.joined(separator: ", ")).",
            en: "Only what this audience may see: \(Audience.names.joined(separator: ", ")).", value: "public"))
    var audience: AudienceArgument?

    @OptionGroup var format: FormatOption

    @Option(
        help: Help.argument(
            fr: "Langue des phrases : fr ou en.", en: "Language of the sentences: fr or en.", value: "langue"))
    var lang: Language = .fr

    @Option(
        help: Help.argument(
            fr: "Comparer avec le plan à cette révision git (ses fichiers inclus aussi à cette révision).",
            en: "Compare with the plan at this git revision (its includes at that revision too).", value: "révision"))
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
