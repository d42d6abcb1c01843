import ArgumentParser
import CortegeApp
import CortegeCore
import CortegePublish

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: Help.text(
            fr:
                "Déposer chaque calendrier d’une visite (comme export --all) sur un serveur CalDAV, et l’y tenir à "
                + "jour.",
            en: "Put every calendar of a visit (as export --all) into a CalDAV server, and keep it in step."),
        discussion: Help.text(
            fr: """
                Chaque calendrier (publics, personnes, unités d’escorte) va dans une collection du dossier d’agendas \
                de l’utilisateur (trouvé par current-user-principal et calendar-home-set), nommée \
                <visite>-<calendrier> et créée par MKCALENDAR si elle manque. Les nouveaux objets sont envoyés avec \
                If-None-Match: *, les objets modifiés avec If-Match ; un évènement que l’export annule est envoyé \
                annulé, puis supprimé à la publication suivante ; les objets inchangés ne sont pas envoyés. Les href \
                et les ETag du serveur sont gardés dans le journal d’export du plan (<plan>.cortege-journal), par \
                adresse de serveur. Un objet modifié sur le serveur depuis sa publication est signalé \
                (publish-conflict) et n’est pas écrasé, sauf avec --force. Voir docs/publish.md.

                Le mot de passe vient de --password-file (sa première ligne) ou de la variable d’environnement \
                CORTEGE_PASSWORD, jamais de la ligne de commande.

                Statut de sortie : 0 tout est publié, 1 des objets refusés ou en conflit (chacun est listé), 2 le \
                serveur est injoignable ou refuse le compte (ou bien un plan, le journal ou le mot de passe ne peut \
                être lu).

                Exemple :
                  cortege publish samples/971-visite-ministre.yaml --server https://agenda.example/remote.php/dav \\
                    --user cabinet --password-file ~/.cortege-password
                """,
            en: """
                Each calendar (audiences, persons, escort units) goes into a collection of the user's calendar home \
                (found through current-user-principal and calendar-home-set), named <visit>-<calendar>, created with \
                MKCALENDAR when missing. New objects are sent with If-None-Match: *, changed ones with If-Match; an \
                event the export cancels is sent cancelled, then deleted at the next publish; unchanged objects are \
                not sent. The server's hrefs and ETags are kept in the plan's export journal (<plan>.cortege-journal), \
                by server URL. An object changed on the server since it was published is reported (publish-conflict) \
                and not overwritten unless --force. See docs/publish.md.

                The password comes from --password-file (its first line) or the environment variable \
                CORTEGE_PASSWORD, never from the command line.

                Exit status: 0 everything published, 1 objects refused or in conflict (each listed), 2 the server \
                cannot be reached or refuses the account (or a plan, the journal or the password cannot be read).

                Example:
                  cortege publish samples/971-visite-ministre.yaml --server https://agenda.example/remote.php/dav \\
                    --user cabinet --password-file ~/.cortege-password
                """))

    @Argument(help: Help.argument(fr: "Les fichiers de plan (YAML).", en: "The plan files (YAML)."))
    var plans: [String]

    @Option(
        help: Help.argument(
            fr: "L’adresse DAV du serveur (https://HÔTE/remote.php/dav pour Nextcloud).",
            en: "The server's DAV address (https://HOST/remote.php/dav for Nextcloud).", value: "adresse"))
    var server: String

    @Option(
        help: Help.argument(fr: "Le nom d’utilisateur du compte.", en: "The account's user name.", value: "utilisateur")
    )
    var user: String

    @Option(
        help: Help.argument(
            fr: "Un fichier dont la première ligne est le mot de passe (sinon la variable CORTEGE_PASSWORD).",
            en: "A file whose first line is the password (else the variable CORTEGE_PASSWORD).", value: "fichier"))
    var passwordFile: String?

    @Option(
        help: Help.argument(
            fr:
                "Un fichier PEM de l’autorité de certification à reconnaître (une AC privée) ; TLS est toujours "
                + "vérifié.",
            en: "A PEM file of the certificate authority to trust (a private CA); TLS is always verified.",
            value: "fichier"))
    var caFile: String?

    @Flag(
        help: Help.argument(
            fr: "Dire ce qui serait créé, mis à jour, annulé et supprimé ; n’envoyer aucune écriture.",
            en: "Say what would be created, updated, cancelled and deleted; send no write."))
    var dryRun = false

    @Flag(
        help: Help.argument(
            fr: "Écraser les objets modifiés sur le serveur depuis leur publication.",
            en: "Overwrite the objects changed on the server since they were published."))
    var force = false

    @OptionGroup var now: NowOption

    @Option(
        help: Help.argument(
            fr: "Langue des textes des calendriers et des messages : fr ou en.",
            en: "Language of the calendar texts and of the messages: fr or en.", value: "langue"))
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
