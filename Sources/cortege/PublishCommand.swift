import ArgumentParser
import CortegeApp
import CortegeCore
import CortegePublish

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Put every calendar of a visit (as export --all) into a CalDAV server, and keep it in step.",
        discussion: """
            Each calendar (audiences, persons, escort units) goes into a collection of the user's calendar home \
            (found through current-user-principal and calendar-home-set), named <visit>-<calendar>, created with \
            MKCALENDAR when missing. New objects are sent with If-None-Match: *, changed ones with If-Match; an \
            event the export cancels is sent cancelled, then deleted at the next publish; unchanged objects are not \
            sent. The server's hrefs and ETags are kept in the plan's export journal (<plan>.cortege-journal), by \
            server URL. An object changed on the server since it was published is reported (publish-conflict) and \
            not overwritten unless --force. See docs/publish.md.

            The password comes from --password-file (its first line) or the environment variable \
            CORTEGE_PASSWORD, never from the command line.

            Exit status: 0 everything published, 1 objects refused or in conflict (each listed), 2 the server \
            cannot be reached or refuses the account (or a plan, the journal or the password cannot be read).

            Example:
              cortege publish samples/971-visite-ministre.yaml --server https://agenda.example/remote.php/dav \\
                --user cabinet --password-file ~/.cortege-password
            """)

    @Argument(help: "The plan files (YAML).")
    var plans: [String]

    @Option(help: "The server's DAV address (https://HOST/remote.php/dav for Nextcloud).")
    var server: String

    @Option(help: "The account's user name.")
    var user: String

    @Option(help: "A file whose first line is the password (else the variable CORTEGE_PASSWORD).")
    var passwordFile: String?

    @Option(help: "A PEM file of the certificate authority to trust (a private CA); TLS is always verified.")
    var caFile: String?

    @Flag(help: "Say what would be created, updated, cancelled and deleted; send no write.")
    var dryRun = false

    @Flag(help: "Overwrite the objects changed on the server since they were published.")
    var force = false

    @OptionGroup var now: NowOption

    @Option(help: "Language of the calendar texts and of the messages: fr or en.")
    var lang: Language = .fr

    func validate() throws {
        if plans.isEmpty {
            throw commandLineError(lang, fr: "donnez au moins un fichier de plan", en: "give at least one plan")
        }
    }

    func run() throws {
        try Publisher.run(
            PublishOptions(
                plans: plans, server: server, user: user, passwordFile: passwordFile, caFile: caFile, dryRun: dryRun,
                force: force, now: now.now, language: lang)
        ).finish()
    }
}
