import ArgumentParser
import CortegeApp
import CortegeCore

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: Help.text(
            fr: "Afficher l’itinéraire minuté d’un plan, son plan d’escorte et son plan presse, ou la vue d’un public.",
            en: "Print the timed itinerary of a plan, its escort plan and its press plan, or one audience's view."),
        discussion: Help.text(
            fr: """
                Sans --audience : l’itinéraire, le plan d’escorte par trajet (unités, relèves, amplitudes de service) \
                et le
                plan presse (heures de mise en place), tels que les voient l’auteur du plan et les services de sécurité.
                Avec --audience : seulement ce que ce public peut voir (\(Audience.names.joined(separator: ", "))).
                Les vues press et public sont refusées avant l’heure `announce` de la visite (--now).

                Exemple :
                  cortege plan samples/971-visite-ministre.yaml
                  cortege plan samples/971-visite-ministre.yaml --format json
                  cortege plan samples/971-visite-ministre.yaml --lang en
                  cortege plan samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
                """,
            en: """
                Without --audience: the itinerary, the escort plan per leg (units, hand-overs, duty spans) and the
                press plan (positioning times), as the plan's author and the security services see them.
                With --audience: only what that audience may see (\(Audience.names.joined(separator: ", "))).
                The press and public views are refused before the visit's `announce` time (--now).

                Example:
                  cortege plan samples/971-visite-ministre.yaml
                  cortege plan samples/971-visite-ministre.yaml --format json
                  cortege plan samples/971-visite-ministre.yaml --lang en
                  cortege plan samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
                """))

    @OptionGroup var plan: PlanArgument
    @OptionGroup var format: FormatOption

    @Option(
        help: Help.argument(
            fr: "N’afficher que ce qu’un public peut voir : \(Audience.names.joined(separator: ", ")).",
            en: "Show only what one audience may see: \(Audience.names.joined(separator: ", ")).", value: "public"))
    var audience: AudienceArgument?

    @OptionGroup var now: NowOption

    @Option(
        help: Help.argument(
            fr: "Langue du texte et des constats : fr ou en.",
            en: "Language of the text and of the findings: fr or en.", value: "langue"))
    var lang: Language = .fr

    func validate() throws { try audience?.validate(lang) }

    func run() throws {
        try PlanReport.run(
            path: plan.plan, format: format.format, audience: audience?.audience, now: now.now, language: lang
        ).finish()
    }
}
