import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeProgramme

struct ProgrammeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: Help.text(
            fr: "Écrire le programme imprimable d’une visite pour un public (HTML avec frise chronologique).",
            en: "Write the printable programme of a visit for one audience (HTML with a timeline)."),
        discussion: Help.text(
            fr: """
                Une page HTML autonome (CSS et SVG intégrés, sans script ni requête externe), une page par jour à \
                l’impression sur A4, lisible sur un téléphone. Les programmes press et public respectent l’embargo : \
                avant l’heure `announce` de la visite, ils sont refusés (statut de sortie 1) et aucun fichier n’est \
                écrit.

                Exemple :
                  cortege programme samples/971-visite-ministre.yaml --audience staff -o programme.html
                  cortege programme samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30 --lang en
                """,
            en: """
                One self-contained HTML page (inline CSS and SVG, no script, no external request), a page per day \
                when printed on A4, readable on a phone. The press and public programmes obey the embargo: before \
                the visit's `announce` time they are refused (exit status 1) and no file is written.

                Example:
                  cortege programme samples/971-visite-ministre.yaml --audience staff -o programme.html
                  cortege programme samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30 --lang en
                """))

    @OptionGroup var plan: PlanArgument

    @Option(
        help: Help.argument(
            fr: "Qui le lit : \(Audience.names.joined(separator: ", ")).",
            en: "Who reads it: \(Audience.names.joined(separator: ", ")).", value: "public"))
    var audience: AudienceArgument

    @Option(
        name: .shortAndLong,
        help: Help.argument(
            fr: "Le fichier HTML à écrire (de façon atomique) ; sans cette option, la sortie standard.",
            en: "The HTML file to write (atomically); standard output when omitted.", value: "fichier"))
    var output: String?

    // The programme's own words for --now and --agendas (the other commands share `NowOption`, `AgendasOption`).
    @Option(help: Help.generationTime)
    var now: String?

    @Option(
        help: Help.argument(
            fr: "Langue du document : fr ou en.", en: "Language of the document: fr or en.", value: "langue"))
    var lang: Language = .fr

    @Option(
        help: Help.argument(
            fr: "Dossier des agendas <id-personne>.ics (remplace la clé `agendas:` du plan).",
            en: "Folder of <person-id>.ics agendas (overrides the plan's `agendas:`).", value: "dossier"))
    var agendas: String?

    func validate() throws { try audience.validate(lang) }

    func run() throws {
        guard let audience = audience.audience else { throw ExitCode(2) }
        try ProgrammeAssembly.run(
            path: plan.plan, audience: audience, output: output, now: now, language: lang,
            agendas: agendas
        ).finish()
    }
}
