import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeICal

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: Help.text(
            fr: "Écrire le fichier iCalendar (.ics) d’un public, ou de chaque public et de chaque personne (--all).",
            en: "Write the iCalendar (.ics) file of one audience, or of every audience and person (--all)."),
        discussion: Help.text(
            fr: """
                Chaque public ne reçoit que ce qu’il peut voir (docs/audiences.md §4) : \
                \(Audience.names.joined(separator: ", ")). Les fichiers portent le nom du public (press.ics, \
                person-prefet-971.ics) et sont écrits de façon atomique dans le dossier de sortie. Quand un export \
                précédent s’y trouve, il est mis à jour : les évènements inchangés gardent leurs octets, les \
                évènements modifiés reçoivent SEQUENCE + 1, les évènements supprimés sont écrits une dernière fois \
                comme CANCELLED.

                --all écrit chaque public dans <public>.ics, plus person-<id>.ics pour chaque personne de la visite \
                (l’autorité, les participants, les passagers), plus unit-<id>.ics pour chaque unité d’escorte du plan. \
                Le nouvel ensemble est construit à côté du dossier puis mis en place d’un coup : le dossier ne doit \
                donc contenir que des calendriers ; les restes d’une exécution interrompue sont nettoyés par la \
                suivante.

                Embargo : les exports press et public sont refusés (erreur[embargo], statut de sortie 1, aucun fichier \
                écrit) avant l’heure `announce` de la visite, sauf si --now la dépasse. Avec --all avant `announce`, \
                les autres calendriers sont tout de même écrits, l’embargo est signalé pour press et public, et le \
                statut de sortie est 1.

                DTSTAMP est l’heure `revision:` du plan, sinon la date de modification du fichier du plan, ou \
                --dtstamp : le même plan donne les mêmes octets. Un évènement modifié reçoit un DTSTAMP postérieur au \
                précédent.

                Le journal d’export (<plan>.cortege-journal à côté du plan, ou --journal) garde le dernier contenu de \
                chaque calendrier : un export, dans quelque dossier que ce soit, ne fait jamais baisser une SEQUENCE, \
                et un même contenu donne les mêmes octets. Avec --all, le calendrier d’une personne qui a quitté la \
                visite est écrit une dernière fois, tous ses évènements annulés, puis supprimé.

                --caldav écrit un évènement par fichier, sans METHOD, pour l’envoi à un serveur CalDAV, dans un \
                dossier par public (<sortie>/<public>/<uid>.ics).

                Statut de sortie : 0 écrit, 1 un constat d’erreur (rien n’est écrit pour ce public), 2 le plan \
                n’a pas pu être lu ou la ligne de commande est erronée.

                Exemple :
                  cortege export samples/971-visite-ministre.yaml --audience staff -o calendars-out
                  cortege export samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
                  cortege export samples/971-visite-ministre.yaml --all -o out --now 2026-12-04T08:00 --lang en
                  cortege export samples/971-visite-ministre.yaml --audience person:prefet-971 --caldav -o dav
                """,
            en: """
                Each audience gets only what it may see (docs/audiences.md §4): \
                \(Audience.names.joined(separator: ", ")). Files are named after the audience (press.ics, \
                person-prefet-971.ics) and written \
                atomically into the output folder. When a previous export is there, it is updated: unchanged events \
                keep their bytes, changed ones get SEQUENCE + 1, removed ones are written once more as CANCELLED.

                --all writes every audience as <audience>.ics, plus person-<id>.ics for every person of the visit \
                (the principal, the participants, the riders), plus unit-<id>.ics for every escort unit of the plan. \
                It builds the new set beside the folder and switches it in at once, so the folder must hold calendars \
                only; an interrupted run's leftovers are cleaned by the next.

                Embargo: the press and public exports are refused (error[embargo], exit status 1, no file \
                written) before the visit's `announce` time, unless --now is past it. With --all before \
                `announce`, the other calendars are still written, the embargo is reported for press and public, \
                and the exit status is 1.

                DTSTAMP is the plan's `revision:` time, else the plan file's modification time, or --dtstamp: \
                the same plan gives the same bytes. A changed event gets a DTSTAMP later than its previous one.

                The export journal (<plan>.cortege-journal beside the plan, or --journal) keeps what each calendar \
                last said: an export into any folder never lowers a SEQUENCE, and equal content gives equal bytes. \
                With --all, the calendar of a person who left the visit is written once more with every event \
                cancelled, then removed.

                --caldav writes one event per file, without METHOD, for upload to a CalDAV server, into a folder \
                per audience (<output>/<audience>/<uid>.ics).

                Exit status: 0 written, 1 an error finding (nothing is written for that audience), 2 the plan \
                could not be read or the command line is wrong.

                Example:
                  cortege export samples/971-visite-ministre.yaml --audience staff -o calendars-out
                  cortege export samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
                  cortege export samples/971-visite-ministre.yaml --all -o out --now 2026-12-04T08:00 --lang en
                  cortege export samples/971-visite-ministre.yaml --audience person:prefet-971 --caldav -o dav
                """))

    @OptionGroup var plan: PlanArgument

    @Option(
        help: Help.argument(
            fr: "Le public : \(Audience.names.joined(separator: ", ")).",
            en: "The audience: \(Audience.names.joined(separator: ", ")).", value: "public"))
    var audience: AudienceArgument?

    @Flag(
        help: Help.argument(
            fr: "Tous les publics, et un calendrier par personne de la visite.",
            en: "Every audience, and one calendar per person of the visit."))
    var all = false

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: Help.argument(
            fr: "Le dossier de sortie (créé s’il le faut).", en: "The output folder (created if needed).",
            value: "dossier"))
    var output: String = "."

    @Flag(
        help: Help.argument(
            fr: "Profil CalDAV : un évènement par fichier, sans METHOD, dans un dossier par public.",
            en: "CalDAV profile: one event per file, no METHOD, in a folder per audience."))
    var caldav = false

    @OptionGroup var now: NowOption

    @Option(
        help: Help.argument(
            fr: "DTSTAMP des évènements nouveaux et modifiés, ISO 8601 ; par défaut, l’heure `revision:` du plan.",
            en: "DTSTAMP of new and changed events, ISO 8601; defaults to the plan's `revision:` time.",
            value: "date-heure"))
    var dtstamp: String?

    @Option(
        help: Help.argument(
            fr: "Langue des textes des calendriers : fr ou en.", en: "Language of the calendar texts: fr or en.",
            value: "langue"))
    var lang: Language = .fr

    @Option(
        help: Help.argument(
            fr: "Le journal d’export ; par défaut, <plan>.cortege-journal à côté du plan.",
            en: "The export journal; defaults to <plan>.cortege-journal beside the plan.", value: "fichier"))
    var journal: String?

    @Flag(
        help: Help.argument(
            fr: "Ne tenir aucun journal d’export : l’export précédent est seulement celui du dossier de sortie.",
            en: "Keep no export journal: the previous export is the output folder's alone."))
    var noJournal = false

    func validate() throws {
        if all && audience != nil {
            throw commandLineError(
                lang, fr: "donnez --audience ou --all, pas les deux", en: "give either --audience or --all, not both")
        }
        if !all && audience == nil {
            throw commandLineError(lang, fr: "--audience manque (ou --all)", en: "missing --audience (or --all)")
        }
        if noJournal && journal != nil {
            throw commandLineError(
                lang, fr: "donnez --journal ou --no-journal, pas les deux",
                en: "give either --journal or --no-journal, not both")
        }
        try audience?.validate(lang)
    }

    func run() throws {
        let selection: ExportRequest.Selection
        switch (all, audience?.audience) {
        case (true, _): selection = .all
        case (false, let audience?): selection = .audience(audience)
        case (false, nil): throw ExitCode(2)
        }
        let journalPath = noJournal ? nil : (journal ?? ExportRequest.journal(besidePlan: plan.plan))
        let request = ExportRequest(
            selection: selection, folder: output, caldav: caldav, language: lang, journal: journalPath)
        try Exporter.run(path: plan.plan, request: request, now: now.now, dtstamp: dtstamp).finish()
    }
}
