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

    public init(selection: Selection, folder: String, caldav: Bool = false, language: Language = .fr) {
        self.selection = selection
        self.folder = folder
        self.caldav = caldav
        self.language = language
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
}

/// Every calendar of an export rendered before anything is written, and the calendars refused (embargo, UID
/// clash) with their findings.
public struct RenderedExport: Sendable {
    public var calendars: [RenderedCalendar] = []
    public var refusals: [Diagnostic] = []
    /// Findings that do not stop the export (`organizer-email`).
    public var warnings: [Diagnostic] = []
}

/// An export that stopped: nothing more is written.
public enum ExportError: Error, Equatable, CustomStringConvertible {
    /// A calendar could not be rendered (exit status 1).
    case cannotBuild(audience: Audience, visit: String, reason: String)
    /// The output folder is a file (exit status 2).
    case outputIsAFile(String)
    /// A file of the set could not be written (exit status 2).
    case cannotWrite(folder: String, reason: String)

    public var description: String {
        switch self {
        case .cannotBuild(let audience, let visit, let reason):
            "error: cannot build the \(audience) calendar of \(visit): \(reason)"
        case .outputIsAFile(let folder): "error: \(folder) is a file, not a folder"
        case .cannotWrite(let folder, let reason): "error: cannot write into \(folder): \(reason)"
        }
    }

    public var status: Int32 {
        switch self {
        case .cannotBuild: 1
        case .outputIsAFile, .cannotWrite: 2
        }
    }
}
