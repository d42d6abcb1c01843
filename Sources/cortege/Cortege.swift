import ArgumentParser
import Foundation

struct Cortege: ParsableCommand {
    /// The example commands of the top-level help, the same in both languages.
    private static let examples = """
          cortege check samples/971-visite-ministre.yaml
          cortege plan samples/971-visite-ministre.yaml
          cortege protocol samples/971-visite-ministre.yaml
          cortege export samples/971-visite-ministre.yaml --audience staff -o calendars-out
          cortege programme samples/971-visite-ministre.yaml --audience staff -o programme.html
          cortege document convocation samples/971-visite-ministre.yaml --all -o convocations
        """

    static let configuration = CommandConfiguration(
        commandName: "cortege",
        abstract: Help.text(
            fr:
                "Prépare les visites officielles : itinéraire, ordre protocolaire, escorte, presse, conflits et "
                + "calendriers.",
            en: "Plans official visits: itinerary, protocol order, escort, press, conflicts and calendars."),
        discussion: Help.text(fr: "Exemple :\n" + examples, en: "Example:\n" + examples),
        subcommands: [
            CheckCommand.self, PlanCommand.self, ProtocolCommand.self, ExportCommand.self, ProgrammeCommand.self,
            DocumentCommand.self, DiffCommand.self, NotifyCommand.self,
            FreeOrderBenchCommand.self, SchemaCommand.self, NewCommand.self, FmtCommand.self, ServeCommand.self,
            FeedsCommand.self, PublishCommand.self,
        ])
}

/// Entry point: a wrong command line exits with status 2 (docs/diagnostics.md), not the parser's usual 64.
@main
enum Main {
    static func main() {
        do {
            var command = try Cortege.parseAsRoot()
            try command.run()
        } catch {
            let code = Cortege.exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((Cortege.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            Cortege.exit(withError: error)
        }
    }
}
