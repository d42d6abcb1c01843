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
        abstract: Help.text(
            fr: "Écrire l’un des documents du cabinet : convocation, contacts, press-advisory, run-sheet.",
            en: "Write one of the cabinet's documents: convocation, contacts, press-advisory, run-sheet."),
        discussion: Help.text(
            fr: """
                Une page HTML au format A4, ou un PDF quand FICHIER se termine par .pdf (imprimé par Chromium sans \
                interface), écrit de façon atomique. En français par défaut, en anglais avec --lang en. Voir \
                docs/documents.md.

                  convocation     la convocation d’une personne invitée (--person ID), ou une par personne (--all -o \
                DOSSIER)
                  contacts        la fiche contacts : publics security (par défaut) et principal
                  press-advisory  l’avis aux médias
                  run-sheet       le déroulé de cérémonie

                Exemple :
                  cortege document convocation samples/971-visite-ministre.yaml --person maire-pap -o convocation.pdf
                  cortege document convocation samples/971-visite-ministre.yaml --all -o convocations
                  cortege document contacts samples/971-visite-ministre.yaml -o contacts.html
                """,
            en: """
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
                """))

    @Argument(
        help: Help.argument(
            fr: "Le document : \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).",
            en: "The document: \(DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")).", value: "document"))
    var kind: DocumentKind

    @OptionGroup var plan: PlanArgument

    @Option(
        help: Help.argument(
            fr: "La personne convoquée (l’identifiant d’une personne du plan).",
            en: "The person a convocation is for (a person id of the plan).", value: "personne"))
    var person: String?

    @Flag(
        help: Help.argument(
            fr: "La convocation de chaque personne invitée, un fichier par personne dans le dossier donné par -o.",
            en: "Every invited person's convocation, one file each in the folder given by -o."))
    var all = false

    @Option(
        help: Help.argument(
            fr: "Qui le lit (contacts : security ou principal) ; chaque document a le sien par défaut.",
            en: "Who reads it (contacts: security or principal); each document has its own by default.", value: "public"
        ))
    var audience: AudienceArgument?

    @Option(
        name: .shortAndLong,
        help: Help.argument(
            fr: "Le fichier à écrire (avec --all, le dossier).", en: "The file to write (with --all, the folder).",
            value: "fichier"))
    var output: String

    @Option(
        help: Help.argument(
            fr: "html ou pdf ; par défaut pdf quand le fichier se termine par .pdf, html sinon.",
            en: "html or pdf; by default pdf when the file ends in .pdf, html otherwise."))
    var format: DocumentFormat?

    @Option(help: Help.generationTime)
    var now: String?

    @Option(
        help: Help.argument(
            fr: "Langue du document : fr ou en.", en: "Language of the document: fr or en.", value: "langue"))
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
