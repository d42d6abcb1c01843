import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Help.text(
            fr:
                "Servir chaque plan d’un dossier en calendriers d’abonnement, pages de programme et tableau de bord du "
                + "cabinet.",
            en: "Serve every plan of a folder as subscription calendars, programme pages and an office dashboard."),
        discussion: Help.text(
            fr: """
                Chaque visite et chaque public reçoit un lien impossible à deviner, dérivé du secret (créé en mode \
                0600 s’il manque) ; `cortege feeds` les liste. Le dossier est surveillé : un plan enregistré est servi \
                en moins de 2 s, un plan qui ne se charge plus garde sa dernière version valide. Voir docs/serve.md.

                Exemple :
                  cortege serve samples --secret-file cortege.secret --port 8080
                """,
            en: """
                Each visit and audience gets an unguessable link derived from the secret (created with mode 0600 when \
                missing); `cortege feeds` lists them. The folder is watched: a saved plan is served within 2 s, a plan \
                that stops loading keeps its last good version. See docs/serve.md.

                Example:
                  cortege serve samples --secret-file cortege.secret --port 8080
                """))

    @Argument(
        help: Help.argument(
            fr: "Le dossier des plans (fichiers YAML avec une clé `visit:` ; les registres ne sont pas des plans).",
            en: "The folder of the plans (YAML files with a `visit:` key; registries are not plans).", value: "dossier")
    )
    var folder: String

    @Option(
        help: Help.argument(
            fr: "Le secret dont dérivent les liens (créé en mode 0600 s’il manque).",
            en: "The secret the links derive from (created, mode 0600, when missing).", value: "fichier"))
    var secretFile: String

    @Option(
        help: Help.argument(
            fr: "Les jetons révoqués, un par ligne (par défaut : le fichier secret suivi de .revoked).",
            en: "Revoked tokens, one per line (default: the secret file followed by .revoked).", value: "fichier"))
    var revoked: String?

    @Option(help: Help.argument(fr: "L’adresse d’écoute.", en: "The address to listen on.", value: "adresse"))
    var host = "127.0.0.1"

    @Option(
        help: Help.argument(
            fr: "Le port d’écoute (0 : n’importe quel port libre).", en: "The port to listen on (0: any free port)."))
    var port = 8080

    @OptionGroup var agendas: AgendasOption

    @Option(
        help: Help.argument(
            fr: "L’adresse sur laquelle les liens sont construits (par défaut http://ADRESSE:PORT).",
            en: "The address the links are built on (default http://HOST:PORT).", value: "url"))
    var baseURL: String?

    @OptionGroup var now: NowOption

    @Option(
        help: Help.argument(
            fr: "Langue des calendriers et des pages : fr ou en.", en: "Language of calendars and pages: fr or en.",
            value: "langue"))
    var lang: Language = .fr

    @Option(
        help: Help.argument(
            fr: "Secondes avant la fermeture d’une connexion qui n’envoie rien.",
            en: "Seconds before a connection that sends nothing is closed.", value: "secondes"))
    var idleTimeout = 30

    func run() throws {
        try Server.run(
            ServeOptions(
                root: folder, secretFile: secretFile, revokedFile: revoked, host: host, port: port,
                agendas: agendas.agendas, baseURL: baseURL, now: now.now, language: lang, idleTimeout: idleTimeout)
        ).finish()
    }
}

struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: Help.text(
            fr:
                "Lister les liens d’abonnement de chaque visite et de chaque public d’un dossier, et le tableau de "
                + "bord du cabinet.",
            en: "List the subscription links of every visit and audience of a folder, and the office dashboard."),
        discussion: Help.text(
            fr: """
                Exemple :
                  cortege feeds samples --secret-file cortege.secret --base-url https://agenda.example.fr
                  cortege feeds samples --secret-file cortege.secret --format json
                """,
            en: """
                Example:
                  cortege feeds samples --secret-file cortege.secret --base-url https://agenda.example.fr
                  cortege feeds samples --secret-file cortege.secret --format json
                """))

    @Argument(help: Help.argument(fr: "Le dossier des plans.", en: "The folder of the plans.", value: "dossier"))
    var folder: String

    @Option(
        help: Help.argument(
            fr: "Le secret dont dérivent les liens (créé en mode 0600 s’il manque).",
            en: "The secret the links derive from (created, mode 0600, when missing).", value: "fichier"))
    var secretFile: String

    @Option(
        help: Help.argument(
            fr: "Les jetons révoqués, un par ligne (par défaut : le fichier secret suivi de .revoked).",
            en: "Revoked tokens, one per line (default: the secret file followed by .revoked).", value: "fichier"))
    var revoked: String?

    @Option(
        help: Help.argument(
            fr: "L’adresse sur laquelle les liens sont construits.", en: "The address the links are built on.",
            value: "url"))
    var baseURL = "http://127.0.0.1:8080"

    @OptionGroup var format: FormatOption

    @Option(
        help: Help.argument(
            fr: "Langue des messages : fr ou en.", en: "Language of the messages: fr or en.", value: "langue"))
    var lang: Language = .fr

    func run() throws {
        try Feeds.run(
            root: folder, secretFile: secretFile, revokedFile: revoked, baseURL: baseURL, format: format.format,
            language: lang
        ).finish()
    }
}
