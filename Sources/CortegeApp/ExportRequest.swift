import CortegeCore
import CortegeICal

/// What `cortege export` is asked to write (docs/ical-export.md).
public struct ExportRequest: Sendable {
    /// One audience, or every audience and one calendar per person of the visit (`--all`).
    public enum Selection: Sendable, Equatable {
        case audience(Audience)
        case all
    }

    public var selection: Selection
    /// The output folder (created if needed).
    public var folder: String
    /// The CalDAV profile: one event per file, no METHOD, a folder per audience.
    public var caldav: Bool
    public var language: Language
    /// The export journal (docs/ical-export.md): read before, written after the export; nil for none (the
    /// previous export is then the output folder's alone). `cortege export` keeps it beside the plan.
    public var journal: String?
    /// Whether the output folder's CalDAV objects are part of the previous export; `cortege publish` renders
    /// from the journal alone (docs/publish.md).
    public var readsFolder = true

    public init(
        selection: Selection, folder: String, caldav: Bool = false, language: Language = .fr, journal: String? = nil,
        readsFolder: Bool = true
    ) {
        self.selection = selection
        self.folder = folder
        self.caldav = caldav
        self.language = language
        self.journal = journal
        self.readsFolder = readsFolder
    }

    /// Where `cortege export` keeps the journal of a plan: beside it, `<plan without .yaml/.yml>.cortege-journal`.
    public static func journal(besidePlan path: String) -> String {
        for ext in [".yaml", ".yml"] where path.hasSuffix(ext) {
            return String(path.dropLast(ext.count)) + ".cortege-journal"
        }
        return path + ".cortege-journal"
    }
}

/// One calendar of an export, rendered: where it goes, what changed, and the files that differ from the ones
/// already there (only those are written).
public struct RenderedCalendar: Sendable {
    /// The `.ics` file, or the CalDAV folder of the audience.
    public var path: String
    public var audience: Audience
    /// The texts to write, by path (`.ics` file) or by file name inside `path` (CalDAV).
    public var files: [String: String]
    public var changes: CalendarWriter.Changes
    /// CalDAV objects of the folder to delete (by file name): events cancelled by the previous export.
    public var removals: [String] = []
    /// The calendar of a person who left the visit, written all cancelled by the previous export: its file or
    /// CalDAV folder is removed, and nothing is written.
    public var dropped = false

    public init(
        path: String, audience: Audience, files: [String: String], changes: CalendarWriter.Changes,
        removals: [String] = [], dropped: Bool = false
    ) {
        self.path = path
        self.audience = audience
        self.files = files
        self.changes = changes
        self.removals = removals
        self.dropped = dropped
    }
}

/// Every calendar of an export rendered before anything is written, and the calendars refused (embargo, UID
/// clash) with their findings.
public struct RenderedExport: Sendable {
    public var calendars: [RenderedCalendar] = []
    public var refusals: [Diagnostic] = []
    /// Findings that do not stop the export (`organizer-email`).
    public var warnings: [Diagnostic] = []
    /// The journal to write after the files (nil without a journal).
    public var journal: ExportJournal?
}

/// An export that stopped: nothing more is written.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// A calendar could not be rendered (exit status 1).
    case cannotBuild(audience: Audience, visit: String, reason: String)
    /// The output folder is a file (exit status 2).
    case outputIsAFile(String)
    /// A file of the set could not be written (exit status 2).
    case cannotWrite(folder: String, reason: Phrase)
    /// The export journal cannot be read (exit status 2): nothing is written. `reason` is why it cannot be
    /// understood; nil when the file itself cannot be read.
    case badJournal(path: String, reason: String?)
    /// `--all` into a folder that holds more than calendars (exit status 2): nothing is written.
    case notACalendarFolder(folder: String, entry: String)

    /// What stopped the export, in French and in English.
    public var phrase: Phrase {
        switch self {
        case .cannotBuild(let audience, let visit, let reason):
            Phrase(
                fr: "impossible de construire le calendrier « \(audience) » de la visite \(visit) : \(reason)",
                en: "cannot build the \(audience) calendar of \(visit): \(reason)")
        case .outputIsAFile(let folder):
            Phrase(fr: "\(folder) est un fichier, pas un dossier", en: "\(folder) is a file, not a folder")
        case .cannotWrite(let folder, let reason):
            Phrase(
                fr: "impossible d’écrire dans \(folder) : \(reason.fr)", en: "cannot write into \(folder): \(reason.en)"
            )
        case .badJournal(let path, let reason):
            Phrase(
                fr: "impossible de lire le journal d’export \(path) : \(reason ?? "fichier illisible") (déplacez-le "
                    + "pour commencer un nouvel historique)",
                en: "cannot read the export journal \(path): \(reason ?? "cannot be read") (move it away to start a "
                    + "new history)")
        case .notACalendarFolder(let folder, let entry):
            Phrase(
                fr: "--all remplace d’un coup tout le dossier \(folder), qui contient \(entry), qui n’est pas un "
                    + "calendrier : choisissez avec -o un dossier vide, ou qui ne contient que des calendriers",
                en: "--all replaces the whole folder \(folder) at once, and it holds \(entry), which is not a "
                    + "calendar: choose an empty folder, or one that holds calendars only, with -o")
        }
    }

    /// The English error line (logs and tests).
    public var description: String { CommandResult.errorLine(phrase, .en) }

    public var status: Int32 {
        switch self {
        case .cannotBuild: 1
        case .outputIsAFile, .cannotWrite, .badJournal, .notACalendarFolder: 2
        }
    }
}
