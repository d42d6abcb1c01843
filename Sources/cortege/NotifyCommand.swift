import ArgumentParser
import CortegeApp
import CortegeCore

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: Help.text(
            fr:
                "Prévenir chaque personne concernée par une révision de ce qui change pour elle (courriel avec mises à "
                + "jour iMIP).",
            en: "Tell each person concerned by a revision what changed for them (e-mail with iMIP updates)."),
        discussion: Help.text(
            fr: """
                Un message (RFC 5322, UTF-8, en français par défaut) par personne concernée qui a une adresse \
                électronique : de la part de l’organisateur de la visite, une phrase par changement, et les mises à \
                jour iMIP de son calendrier (METHOD:REQUEST pour les séquences nouvelles ou modifiées, METHOD:CANCEL \
                pour les séquences supprimées ; les UID des exports). Les personnes sans adresse électronique sont \
                listées dans office.txt, les changements d’escorte des unités sans adresse dans escort-units.txt ; la \
                presse reçoit un message avec le programme presse mis à jour quand ce qu’elle peut voir a changé après \
                `announce` (docs/diff-notify.md).

                Les messages sont écrits en fichiers .eml dans le dossier, ou remis un par un à --sendmail (par \
                exemple « msmtp -t ») ; un message dont la remise échoue est conservé dans le dossier et signalé \
                (statut de sortie 1).

                Exemple :
                  cortege notify old.yaml samples/971-visite-ministre.yaml -o messages --now 2026-12-04T07:00
                  cortege notify old.yaml new.yaml -o kept --sendmail "msmtp -t"
                """,
            en: """
                One message (RFC 5322, UTF-8, French by default) per person concerned who has an e-mail address: \
                From the visit's organizer, one sentence per change, and the iMIP updates of their calendar \
                (METHOD:REQUEST for new or changed items, METHOD:CANCEL for removed ones; UIDs of the exports). \
                The people without e-mail are listed in office.txt, escort changes of units without e-mail in \
                escort-units.txt; the press gets one message with the updated press programme when what it may \
                see changed after `announce` (docs/diff-notify.md).

                Messages are written as .eml files into the folder, or handed one at a time to --sendmail (e.g. \
                "msmtp -t"); a message whose hand-over fails is kept in the folder and reported (exit status 1).

                Example:
                  cortege notify old.yaml samples/971-visite-ministre.yaml -o messages --now 2026-12-04T07:00
                  cortege notify old.yaml new.yaml -o kept --sendmail "msmtp -t"
                """))

    @Argument(
        help: Help.argument(
            fr: "ANCIEN.yaml NOUVEAU.yaml, ou NOUVEAU.yaml seul avec --since.",
            en: "OLD.yaml NEW.yaml, or NEW.yaml alone with --since."))
    var plans: [String]

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: Help.argument(
            fr: "Le dossier des messages et des listes.", en: "The folder of the messages and lists.", value: "dossier")
    )
    var output: String

    @Option(
        help: Help.argument(
            fr: "Une commande qui lit un message sur l’entrée standard (par exemple « msmtp -t »).",
            en: "A command reading one message on standard input (e.g. \"msmtp -t\").", value: "commande"))
    var sendmail: String?

    @Option(
        help: Help.argument(
            fr: "Comparer avec le plan à cette révision git (ses fichiers inclus aussi à cette révision).",
            en: "Compare with the plan at this git revision (its includes at that revision too).", value: "révision"))
    var since: String?

    @OptionGroup var now: NowOption

    @Option(
        help: Help.argument(
            fr: "Langue des messages : fr ou en.", en: "Language of the messages: fr or en.", value: "langue"))
    var lang: Language = .fr

    func validate() throws {
        try validateRevisions(plans: plans, since: since, lang)
    }

    func run() throws {
        try Notifier.run(
            old: plans.count == 2 ? plans[0] : nil, new: plans[plans.count - 1], since: since, folder: output,
            sendmail: sendmail, now: now.now, language: lang
        ).finish()
    }
}
