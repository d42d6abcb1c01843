import ArgumentParser
import CortegeApp
import CortegeCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: Help.text(
            fr: "Relever tous les conflits d’un ou de plusieurs plans de visite.",
            en: "Find every conflict in one or several plans."),
        discussion: Help.text(
            fr: """
                Statut de sortie : 0 aucune erreur, 1 au moins un constat d’erreur, 2 un plan n’a pas pu être lu.

                Exemple :
                  cortege check samples/971-visite-ministre.yaml
                  cortege check samples/*.yaml --agendas calendars --format json
                  cortege check samples/971-visite-ministre.yaml --lang en
                """,
            en: """
                Exit status: 0 no error, 1 at least one error finding, 2 a plan could not be read.

                Example:
                  cortege check samples/971-visite-ministre.yaml
                  cortege check samples/*.yaml --agendas calendars --format json
                  cortege check samples/971-visite-ministre.yaml --lang en
                """))

    @Argument(help: Help.argument(fr: "Fichiers de plan (YAML).", en: "Plan files (YAML)."))
    var plans: [String]

    @OptionGroup var agendas: AgendasOption
    @OptionGroup var format: FormatOption
    @OptionGroup var cache: CacheOption

    @Flag(help: Help.argument(fr: "Compter les avertissements comme des erreurs.", en: "Count warnings as errors."))
    var strict = false

    @Option(
        help: Help.argument(
            fr: "Langue des constats (texte et JSON) : fr ou en.",
            en: "Language of the findings (human and JSON): fr or en.", value: "langue"))
    var lang: Language = .fr

    func validate() throws { try cache.validate(lang) }

    func run() throws {
        try CheckReport.run(
            paths: plans, agendas: agendas.agendas, format: format.format, strict: strict, cache: cache.setting,
            language: lang
        ).finish()
    }
}
