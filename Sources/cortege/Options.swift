import ArgumentParser
import CortegeApp
import CortegeCore
import Foundation

extension ReportFormat: ExpressibleByArgument {}

/// A wrong command line, in the command's language (ArgumentParser prints it after its own `Error: `, then the
/// usage, and the command ends with status 2).
func commandLineError(_ language: Language, fr: String, en: String) -> ValidationError {
    ValidationError(Phrase(fr: fr, en: en).text(language))
}

/// The two revisions `diff` and `notify` compare: OLD.yaml NEW.yaml, or NEW.yaml with `--since REVISION`.
func validateRevisions(plans: [String], since: String?, _ language: Language) throws {
    if since != nil && plans.count != 1 {
        throw commandLineError(
            language, fr: "avec --since, donnez un seul fichier de plan : NOUVEAU.yaml",
            en: "with --since, give one plan: NEW.yaml")
    }
    if since == nil && plans.count != 2 {
        throw commandLineError(
            language, fr: "donnez deux fichiers de plan : ANCIEN.yaml NOUVEAU.yaml",
            en: "give two plans: OLD.yaml NEW.yaml")
    }
}

/// The plan file of a command that reads one plan.
struct PlanArgument: ParsableArguments {
    @Argument(help: Help.argument(fr: "Un fichier de plan (YAML).", en: "A plan file (YAML)."))
    var plan: String
}

/// `--format human|json`.
struct FormatOption: ParsableArguments {
    @Option(help: Help.argument(fr: "Format de sortie : human ou json.", en: "Output format: human or json."))
    var format: ReportFormat = .human
}

/// `--now`: the time the embargo is judged at, read in the visit's zone once the plan is loaded.
struct NowOption: ParsableArguments {
    @Option(
        help: Help.argument(
            fr: "L’heure actuelle, ISO 8601 (heure locale de la visite sans décalage) ; par défaut, l’horloge.",
            en: "The current time, ISO 8601 (local to the visit without an offset); defaults to the clock.",
            value: "date-heure"))
    var now: String?
}

/// `--agendas`: the folder of the people's agendas.
struct AgendasOption: ParsableArguments {
    @Option(
        help: Help.argument(
            fr: "Dossier des agendas <id-personne>.ics (remplace la clé `agendas:` des plans).",
            en: "Folder of <person-id>.ics agendas (overrides the plans' `agendas:`).", value: "dossier"))
    var agendas: String?
}

/// `--cache DIR` and `--no-cache`: where what was read of each agenda is kept between runs (docs/agendas.md).
struct CacheOption: ParsableArguments {
    @Option(
        help: Help.argument(
            fr: "Dossier du cache des agendas (par défaut : $XDG_CACHE_HOME/cortege, sinon ~/.cache/cortege).",
            en: "Folder of the agenda cache (default: $XDG_CACHE_HOME/cortege, else ~/.cache/cortege).",
            value: "dossier"))
    var cache: String?

    @Flag(
        help: Help.argument(
            fr: "Relire tous les agendas, sans le cache.", en: "Read every agenda again, without the cache."))
    var noCache = false

    /// `--cache` and `--no-cache` together are refused, in `language` (called by the command, which knows it).
    func validate(_ language: Language) throws {
        if noCache, cache != nil {
            throw ValidationError(
                Phrase(fr: "--cache et --no-cache s’excluent.", en: "--cache and --no-cache exclude each other.")
                    .text(language))
        }
    }

    var setting: AgendaCacheSetting {
        if noCache { return .off }
        return cache.map { .directory($0) } ?? .userDefault
    }
}

/// `--audience` as typed. An unknown name is kept so that `validate()` reports it with the list of audiences.
struct AudienceArgument: ExpressibleByArgument {
    var text: String
    var audience: Audience?

    init?(argument: String) {
        text = argument
        audience = Audience(text: argument)
    }

    /// The error of an unknown name in `language`, followed by the names of docs/audiences.md.
    func validate(_ language: Language) throws {
        guard audience == nil else { return }
        let names = Audience.names.joined(separator: ", ")
        throw ValidationError(
            Phrase(
                fr: "public inconnu « \(text) » ; publics possibles : \(names)",
                en: "unknown audience \"\(text)\"; expected one of \(names)"
            ).text(language))
    }
}

extension CommandResult {
    /// Prints the output in order (standard error after flushing what came before it) and ends with the status.
    func finish() throws {
        for piece in output {
            switch piece {
            case .standardOutput(let text):
                Swift.print(text, terminator: "")
            case .standardError(let text):
                fflush(nil)  // the findings printed so far come before the summary
                FileHandle.standardError.write(Data(text.utf8))
            }
        }
        if status != 0 { throw ExitCode(status) }
    }
}
