import ArgumentParser
import CortegeApp
import CortegeCore

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Print the precedence and the protocol orders of a plan, item by item.",
        discussion: """
            For each item: the participants in order of precedence with the rule that placed each one, the \
            welcome line, the line placement of art. 16, the speech and wreath orders, the seating plan of \
            meals; then the motorcade of the visit.

            Example:
              cortege protocol samples/971-visite-ministre.yaml
              cortege protocol samples/971-visite-ministre.yaml --item ceremonie --format json
              cortege protocol samples/971-visite-ministre.yaml --lang en
            """)

    @OptionGroup var plan: PlanArgument

    @Option(help: "Only this item (its id).")
    var item: String?

    @OptionGroup var format: FormatOption

    @Option(help: "Language of the text and of the findings: fr or en.")
    var lang: Language = .fr

    func run() throws {
        try ProtocolReport.run(path: plan.plan, item: item, format: format.format, language: lang).finish()
    }
}
