import ArgumentParser
import CortegeCore
import CortegePlan
import Foundation

struct ProtocolCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocol",
        abstract: "Print the precedence and the protocol orders of a plan, item by item.",
        discussion: """
            For each item: the participants in order of precedence with the rule that placed each one, the \
            welcome line, the line placement of art. 16, the speech and wreath orders, the seating plan of \
            meals; then the motorcade of the visit.

            Example:
              cortege protocol samples/971-visite-ministre.yaml
              cortege protocol samples/971-visite-ministre.yaml --item ceremonie --format json
            """)

    @Argument(help: "A plan file (YAML).")
    var plan: String

    @Option(help: "Only this item (its id).")
    var item: String?

    @Option(help: "Output format: human or json.")
    var format: OutputFormat = .human

    func run() throws {
        let loaded = LoadedPlans(paths: [plan])
        guard let analysis = loaded.analyses.first else {
            for (d, zone) in loaded.findings { printError(DiagnosticFormat.human(d, zone: zone)) }
            throw ExitCode(loaded.unreadable ? 2 : 1)
        }
        if let item, !analysis.plan.programme.contains(where: { $0.id == item }) {
            let ids = analysis.plan.programme.map(\.id)
            let hint = nearest(to: item, in: ids).map { "; did you mean `\($0)`?" } ?? ""
            printError("error: no item `\(item)` in \(plan)\(hint)")
            throw ExitCode(2)
        }
        let orders = VisitProtocol(plan: analysis.plan, itinerary: analysis.itinerary)
        switch format {
        case .human:
            print(ProtocolFormat.human(orders, plan: analysis.plan, itinerary: analysis.itinerary, only: item))
            let protocolCodes: Set<DiagnosticCode> = [
                .welcomeMissingPrefect, .welcomeMissingMayor, .twoStateVoices, .precedenceTie, .unrankedPerson,
            ]
            let findings = loaded.findings.filter { finding, _ in
                protocolCodes.contains(finding.code) && (item == nil || finding.subjects.contains(item ?? ""))
            }
            if !findings.isEmpty {
                print("")
                for (d, zone) in findings { print(DiagnosticFormat.human(d, zone: zone)) }
            }
        case .json:
            print(JSON.string(ProtocolFormat.jsonObject(orders, only: item)))
        }
    }
}
