import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeProgramme

extension DocumentKind: ExpressibleByArgument {}

/// `html` or `pdf`, for `--format`.
enum DocumentFormat: String, ExpressibleByArgument {
    case html, pdf
}

struct DocumentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "document",
        abstract: "Write one of the cabinet's documents: convocation, contacts, press-advisory, run-sheet.",
        discussion: """
            An A4 HTML page, or a PDF when FILE ends in .pdf (printed by headless Chromium), written atomically. \
            French by default, English with --lang en. See docs/documents.md.

              convocation     one invited person's convocation (--person ID), or one per person (--all -o DIR)
              contacts        the contact sheet (fiche contacts): audiences security (default) and principal
              press-advisory  the press advisory (avis aux médias)
              run-sheet       the ceremony run-sheet (déroulé)

            Example:
              cortege document convocation samples/971-visite-ministre.yaml --person maire-pap -o convocation.pdf
              cortege document convocation samples/971-visite-ministre.yaml --all -o convocations
              cortege document contacts samples/971-visite-ministre.yaml -o contacts.html
            """)

    @Argument(help: "The document: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: DocumentKind

    @OptionGroup var plan: PlanArgument

    @Option(help: "The person a convocation is for (a person id of the plan).")
    var person: String?

    @Flag(help: "Every invited person's convocation, one file each in the folder given by -o.")
    var all = false

    @Option(help: "Who reads it (contacts: security or principal); each document has its own by default.")
    var audience: AudienceArgument?

    @Option(name: .shortAndLong, help: "The file to write (with --all, the folder).")
    var output: String

    @Option(help: "html or pdf; by default pdf when the file ends in .pdf, html otherwise.")
    var format: DocumentFormat?

    @Option(help: "The time of generation, ISO 8601 (local to the visit without an offset); defaults to now.")
    var now: String?

    @Option(help: "Language of the document: fr or en.")
    var lang: Language = .fr

    func validate() throws {
        try audience?.validate(lang)
        if kind == .convocation && person == nil && !all {
            throw commandLineError(
                lang, fr: "une convocation demande --person ID, ou --all pour chaque personne invitée.",
                en: "a convocation needs --person ID, or --all for every invited person.")
        }
        if person != nil && all {
            throw commandLineError(
                lang, fr: "--person et --all s’excluent.", en: "--person and --all exclude each other.")
        }
    }

    func run() throws {
        try DocumentAssembly.run(
            DocumentRequest(
                kind: kind, path: plan.plan, audience: audience?.audience, person: person, all: all, output: output,
                pdf: format.map { $0 == .pdf }, now: now, language: lang)
        ).finish()
    }
}
