import ArgumentParser
import CortegeApp
import CortegeCore

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: Help.text(
            fr: "Écrire un nouveau plan de visite, commenté clé par clé, qui se charge et se vérifie sans erreur.",
            en: "Write a new plan, commented key by key, that loads and checks without error."),
        discussion: Help.text(
            fr: """
                TYPE vaut ministerial (visite ministérielle), prefect (déplacement du préfet) ou elected (déplacement
                d’élu). Le plan inclut le registre du territoire quand il en trouve un à côté de FICHIER \
                (registry/CODE.yaml
                ou ../registry/CODE.yaml) ; sinon il définit son propre petit registre. Un fichier existant n’est jamais
                écrasé (statut de sortie 2).

                Exemple :
                  cortege new ministerial --territory 971 --date 2026-12-04 -o samples/ma-visite.yaml
                  cortege check samples/ma-visite.yaml
                """,
            en: """
                KIND is ministerial, prefect or elected. The plan includes the territory's registry when one is
                found beside FILE (registry/CODE.yaml or ../registry/CODE.yaml); else it defines a small registry
                of its own. An existing file is never overwritten (exit status 2).

                Example:
                  cortege new ministerial --territory 971 --date 2026-12-04 -o samples/ma-visite.yaml
                  cortege check samples/ma-visite.yaml
                """))

    @Argument(
        help: Help.argument(
            fr: "Le type de visite : ministerial, prefect ou elected.",
            en: "The kind of visit: ministerial, prefect or elected.", value: "type"))
    var kind: String

    @Option(
        help: Help.argument(
            fr: "Le code INSEE du département (« 971 », « 63 », « 2A »).",
            en: "The INSEE code of the département (\"971\", \"63\", \"2A\").", value: "code"))
    var territory: String

    @Option(
        help: Help.argument(
            fr: "Le premier jour de la visite, AAAA-MM-JJ (par défaut : aujourd’hui).",
            en: "The first day of the visit, YYYY-MM-DD (default: today)."))
    var date: String?

    @Option(
        help: Help.argument(
            fr: "L’identifiant de l’autorité reçue (par défaut : selon le type de visite).",
            en: "The id of the person the visit is for (default: by kind).", value: "identifiant"))
    var principal: String?

    @Option(
        name: .shortAndLong,
        help: Help.argument(fr: "Le fichier de plan à écrire.", en: "The plan file to write.", value: "fichier"))
    var output: String

    @Option(
        help: Help.argument(
            fr: "Langue des messages : fr ou en (le plan lui-même est écrit en français).",
            en: "Language of the messages: fr or en (the plan itself is written in French).", value: "langue"))
    var lang: Language = .fr

    func run() throws {
        try NewPlan.run(
            kind: kind, territory: territory, date: date, principal: principal, output: output, language: lang
        ).finish()
    }
}
