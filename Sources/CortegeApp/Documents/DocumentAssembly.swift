import CortegeCore
import CortegeProgramme
import Foundation

/// What `cortege document` is asked for (docs/documents.md).
public struct DocumentRequest: Sendable {
    public var kind: DocumentKind
    public var path: String
    /// The audience named with `--audience`; nil: the document's own (``DocumentKind/defaultAudience(person:)``).
    public var audience: Audience?
    /// `--person ID`: the one person a convocation is for.
    public var person: String?
    /// `--all`: one document per person, written into the folder `output`.
    public var all: Bool
    /// The file (or, with `all`, the folder) to write.
    public var output: String
    /// `--format pdf`, or `output` ending in `.pdf`: printed to PDF by headless Chromium.
    public var pdf: Bool
    public var now: String?
    public var language: Language

    public init(
        kind: DocumentKind, path: String, audience: Audience? = nil, person: String? = nil, all: Bool = false,
        output: String, pdf: Bool? = nil, now: String? = nil, language: Language = .fr
    ) {
        self.kind = kind
        self.path = path
        self.audience = audience
        self.person = person
        self.all = all
        self.output = output
        self.pdf = pdf ?? output.lowercased().hasSuffix(".pdf")
        self.now = now
        self.language = language
    }
}

/// One document ready to be written: its HTML, and with `--all` the file name it takes in the folder.
public struct RenderedDocument: Sendable {
    /// The name in the output folder (without extension), with `--all`; nil for the one document of `-o FILE`.
    public var name: String?
    public var html: String

    public init(name: String? = nil, html: String) {
        self.name = name
        self.html = html
    }
}

/// An analysed plan and what the command asks of it, handed to the assembly of each kind.
public struct DocumentContext: Sendable {
    public var request: DocumentRequest
    public var analysis: Analysis
    public var now: Instant

    public var language: Language { request.language }
    public var text: Vocabulary { Vocabulary(request.language) }
    public var options: ProgrammeOptions {
        ProgrammeOptions(language: request.language, now: now, revision: analysis.plan.visit.revision)
    }

    /// A refusal of the command: the message in the document's language, exit status `status`, nothing written.
    public func stop(_ phrase: Phrase, status: Int32 = 1) -> CommandStop {
        CommandStop(text.pick("erreur : ", "error: ") + phrase.text(language), status: status)
    }

    /// The audience view, or the refusal of the view (the embargo, an unknown person) as `cortege plan` prints it.
    public func view(for audience: Audience) throws(CommandStop) -> AudienceView {
        switch analysis.view(for: audience, now: now) {
        case .success(let view): return view
        case .failure(let refusal):
            throw CommandStop(
                DiagnosticFormat.human(refusal.diagnostic, zone: analysis.plan.visit.zone, language: language),
                status: 1)
        }
    }
}

/// `cortege document KIND PLAN`: the cabinet's documents (docs/documents.md). Each kind is assembled in a file of
/// its own (`DocumentAssembly+<Kind>.swift`); this file checks the request, picks the audience, and writes.
public enum DocumentAssembly {
    /// Every document of the request, rendered, before anything is written: a refusal writes nothing.
    public static func render(_ request: DocumentRequest) throws(CommandStop) -> [RenderedDocument] {
        let analysis = try Workspace.plan(at: request.path, language: request.language).analysis
        let now = try TimeOption.now(request.now, of: analysis.plan, language: request.language)
        let context = DocumentContext(request: request, analysis: analysis, now: now)
        let text = context.text
        if request.all && request.kind != .convocation {
            throw context.stop(
                Phrase(
                    fr: "--all ne vaut que pour les convocations (une par personne invitée)",
                    en: "--all applies to convocations only (one per invited person)"), status: 2)
        }
        if request.person != nil && request.kind != .convocation {
            throw context.stop(
                Phrase(
                    fr: "--person ne vaut que pour une convocation", en: "--person applies to a convocation only"),
                status: 2)
        }
        if let audience = request.audience, !request.kind.allows(audience) {
            let allowed = request.kind.audienceNames.joined(separator: ", ")
            throw context.stop(
                Phrase(
                    fr: "« \(text.documentTitle(request.kind)) » ne s'écrit pas pour « \(audience) » ; "
                        + "destinataires admis : \(allowed)",
                    en: "a \(text.documentTitle(request.kind).lowercased()) is not written for audience "
                        + "“\(audience)”; allowed: \(allowed)"), status: 2)
        }
        if case .person(let id) = request.audience, request.all || id != request.person {
            throw context.stop(
                Phrase(
                    fr: "--audience person:\(id) ne désigne pas la personne de --person ; une convocation se demande "
                        + "avec --person ID ou --all",
                    en: "--audience person:\(id) is not the person of --person; ask for a convocation with --person ID "
                        + "or --all"), status: 2)
        }
        switch request.kind {
        case .convocation: return try convocations(context)
        case .contacts: return try contacts(context)
        case .pressAdvisory: return try pressAdvisory(context)
        case .runSheet: return try runSheet(context)
        }
    }

    /// `cortege document`: renders, then writes every file atomically (HTML, or PDF through Chromium).
    public static func run(_ request: DocumentRequest) -> CommandResult {
        let documents: [RenderedDocument]
        do throws(CommandStop) {
            documents = try render(request)
        } catch {
            return error.result
        }
        let ext = request.pdf ? "pdf" : "html"
        var targets: [(String, String)] = []
        if request.all {
            do {
                try FileManager.default.createDirectory(atPath: request.output, withIntermediateDirectories: true)
            } catch {
                return .failure(
                    Vocabulary(request.language).pick(
                        "erreur : impossible de créer \(request.output) : \(error.localizedDescription)",
                        "error: cannot create \(request.output): \(error.localizedDescription)"), status: 2)
            }
            for d in documents {
                targets.append(("\(request.output)/\(d.name ?? request.kind.rawValue).\(ext)", d.html))
            }
        } else if let d = documents.first {
            targets.append((request.output, d.html))
        }
        var result = CommandResult()
        for (path, html) in targets {
            do {
                if request.pdf {
                    try DocumentPrinter.pdf(html: html, to: path)
                } else {
                    try AtomicFile.write(html, to: path)
                }
            } catch {
                if let error = error as? AtomicFile.WriteError {
                    return .failure(error.phrase, request.language, status: 2)
                }
                if let error = error as? DocumentPrinter.PrintError {
                    return .failure(error.phrase, request.language, status: 2)
                }
                return .failure(
                    Vocabulary(request.language).pick(
                        "erreur : impossible d’écrire \(path) : \(error)", "error: cannot write \(path): \(error)"),
                    status: 2)
            }
            if request.all { result.print(path) }
        }
        return result
    }
}
