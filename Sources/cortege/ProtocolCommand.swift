import ArgumentParser
import CortegeApp
import CortegeCore

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: Help.text(
            fr: "Afficher la préséance et les ordres protocolaires d’un plan, séquence par séquence.",
            en: "Print the precedence and the protocol orders of a plan, item by item."),
        discussion: Help.text(
            fr: """
                Pour chaque séquence : les participants dans l’ordre de préséance, avec la règle qui a placé chacun, \
                la ligne d’accueil, le placement en ligne de l’art. 16, l’ordre des allocutions et des dépôts de \
                gerbe, le plan de table des repas ; puis le cortège de la visite.

                Exemple :
                  cortege protocol samples/971-visite-ministre.yaml
                  cortege protocol samples/971-visite-ministre.yaml --item ceremonie --format json
                  cortege protocol samples/971-visite-ministre.yaml --lang en
                """,
            en: """
                For each item: the participants in order of precedence with the rule that placed each one, the \
                welcome line, the line placement of art. 16, the speech and wreath orders, the seating plan of \
                meals; then the motorcade of the visit.

                Example:
                  cortege protocol samples/971-visite-ministre.yaml
                  cortege protocol samples/971-visite-ministre.yaml --item ceremonie --format json
                  cortege protocol samples/971-visite-ministre.yaml --lang en
                """))

    @OptionGroup var plan: PlanArgument

    @Option(
        help: Help.argument(
            fr: "Seulement cette séquence (son identifiant).", en: "Only this item (its id).", value: "séquence"))
    var item: String?

    @OptionGroup var format: FormatOption

    @Option(
        help: Help.argument(
            fr: "Langue du texte et des constats : fr ou en.",
            en: "Language of the text and of the findings: fr or en.", value: "langue"))
    var lang: Language = .fr

    func run() throws {
        try ProtocolReport.run(path: plan.plan, item: item, format: format.format, language: lang).finish()
    }
}
