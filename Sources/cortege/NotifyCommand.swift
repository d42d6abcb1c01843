import ArgumentParser
import CortegeApp
import CortegeCore

struct NotifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notify",
        abstract: "Tell each person concerned by a revision what changed for them (e-mail with iMIP updates).",
        discussion: """
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
            """)

    @Argument(help: "OLD.yaml NEW.yaml, or NEW.yaml alone with --since.")
    var plans: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: "The folder of the messages and lists.")
    var output: String

    @Option(help: "A command reading one message on standard input (e.g. \"msmtp -t\").")
    var sendmail: String?

    @Option(help: "Compare with the plan at this git revision (its includes at that revision too).")
    var since: String?

    @OptionGroup var now: NowOption

    @Option(help: "Language of the messages: fr or en.")
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
