import ArgumentParser
import CortegeApp
import CortegeCore
import CortegeICal

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the iCalendar (.ics) file of one audience, or of every audience and person (--all).",
        discussion: """
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
            """)

    @OptionGroup var plan: PlanArgument

    @Option(help: "The audience: \(Audience.names.joined(separator: ", ")).")
    var audience: AudienceArgument?

    @Flag(help: "Every audience, and one calendar per person of the visit.")
    var all = false

    @Option(name: [.customShort("o"), .customLong("output")], help: "The output folder (created if needed).")
    var output: String = "."

    @Flag(help: "CalDAV profile: one event per file, no METHOD, in a folder per audience.")
    var caldav = false

    @OptionGroup var now: NowOption

    @Option(help: "DTSTAMP of new and changed events, ISO 8601; defaults to the plan's `revision:` time.")
    var dtstamp: String?

    @Option(help: "Language of the calendar texts: fr or en.")
    var lang: Language = .fr

    @Option(help: "The export journal; defaults to <plan>.cortege-journal beside the plan.")
    var journal: String?

    @Flag(help: "Keep no export journal: the previous export is the output folder's alone.")
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
