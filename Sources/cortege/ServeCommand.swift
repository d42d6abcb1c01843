import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeServe

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve every plan of a folder as subscription calendars, programme pages and an office dashboard.",
        discussion: """
            Each visit and audience gets an unguessable link derived from the secret (created with mode 0600 when \
            missing); `cortege feeds` lists them. The folder is watched: a saved plan is served within 2 s, a plan \
            that stops loading keeps its last good version. See docs/serve.md.

            Example:
              cortege serve samples --secret-file cortege.secret --port 8080
            """)

    @Argument(help: "The folder of the plans (YAML files with a `visit:` key; registries are not plans).")
    var folder: String

    @Option(help: "The secret the links derive from (created, mode 0600, when missing).")
    var secretFile: String

    @Option(help: "Revoked tokens, one per line (default: the secret file followed by .revoked).")
    var revoked: String?

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @OptionGroup var agendas: AgendasOption

    @Option(help: "The address the links are built on (default http://HOST:PORT).")
    var baseURL: String?

    @OptionGroup var now: NowOption

    @Option(help: "Language of calendars and pages: fr or en.")
    var lang: Language = .fr

    @Option(help: "Seconds before a connection that sends nothing is closed.")
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
        abstract: "List the subscription links of every visit and audience of a folder, and the office dashboard.",
        discussion: """
            Example:
              cortege feeds samples --secret-file cortege.secret --base-url https://agenda.example.fr
              cortege feeds samples --secret-file cortege.secret --format json
            """)

    @Argument(help: "The folder of the plans.")
    var folder: String

    @Option(help: "The secret the links derive from (created, mode 0600, when missing).")
    var secretFile: String

    @Option(help: "Revoked tokens, one per line (default: the secret file followed by .revoked).")
    var revoked: String?

    @Option(help: "The address the links are built on.")
    var baseURL = "http://127.0.0.1:8080"

    @OptionGroup var format: FormatOption

    @Option(help: "Language of the messages: fr or en.")
    var lang: Language = .fr

    func run() throws {
        try Feeds.run(
            root: folder, secretFile: secretFile, revokedFile: revoked, baseURL: baseURL, format: format.format,
            language: lang
        ).finish()
    }
}
