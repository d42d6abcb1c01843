import ArgumentParser
import CortegeCore
import Foundation

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Print the timed itinerary of a plan, its escort plan and its press plan, or one audience's view.",
        discussion: """
            Without --audience: the itinerary, the escort plan per leg (units, hand-overs, duty spans) and the
            press plan (positioning times), as the plan's author and the security services see them.
            With --audience: only what that audience may see (principal, person:<id>, staff, security, press,
            public). The press and public views are refused before the visit's `announce` time (--now).

            Example:
              cortege plan samples/971-visite-ministre.yaml
              cortege plan samples/971-visite-ministre.yaml --format json
              cortege plan samples/971-visite-ministre.yaml --audience press --now 2026-12-03T18:30
            """)

    @Argument(help: "A plan file (YAML).")
    var plan: String

    @Option(help: "Output format: human or json.")
    var format: OutputFormat = .human

    @Option(help: "Show only what one audience may see: \(Audience.names.joined(separator: ", ")).")
    var audience: String?

    @Option(help: "The current time, ISO 8601 (local to the visit without an offset); defaults to the clock.")
    var now: String?

    func validate() throws {
        if let audience, Audience(text: audience) == nil {
            throw ValidationError(
                "unknown audience \"\(audience)\"; expected one of \(Audience.names.joined(separator: ", "))")
        }
    }

    func run() throws {
        let loaded = LoadedPlans(paths: [plan])
        guard let analysis = loaded.analyses.first else {
            for (d, zone) in loaded.findings { printError(DiagnosticFormat.human(d, zone: zone)) }
            throw ExitCode(loaded.unreadable ? 2 : 1)
        }
        if let audienceText = audience, let audience = Audience(text: audienceText) {
            try show(audience, analysis)
            return
        }
        switch format {
        case .human:
            print(ItineraryFormat.table(analysis))
            if let free = FreeOrderFormat.text(analysis) { print("\n" + free) }
            print("")
            print(EscortFormat.text(analysis))
            print("")
            print(EscortFormat.pressText(analysis))
            let findings = loaded.findings
            if !findings.isEmpty {
                print("")
                for (d, zone) in findings { print(DiagnosticFormat.human(d, zone: zone)) }
            }
        case .json:
            var object = ItineraryFormat.jsonObject(analysis)
            if let free = FreeOrderFormat.jsonObject(analysis) { object["free-order"] = free }
            object["escort"] = EscortFormat.jsonObject(analysis)
            object["press"] = EscortFormat.pressJSONObject(analysis)
            print(JSON.string(object))
        }
    }

    func show(_ audience: Audience, _ analysis: Analysis) throws {
        let zone = analysis.plan.visit.zone
        let instant = try readNow(now, zone: zone)
        switch analysis.view(for: audience, now: instant) {
        case .failure(let refusal):
            switch format {
            case .human: printError(DiagnosticFormat.human(refusal.diagnostic, zone: zone))
            case .json: print(DiagnosticFormat.json([(refusal.diagnostic, zone)]))
            }
            throw ExitCode(1)
        case .success(let view):
            switch format {
            case .human: print(AudienceFormat.text(view))
            case .json: print(AudienceFormat.json(view))
            }
        }
    }
}
