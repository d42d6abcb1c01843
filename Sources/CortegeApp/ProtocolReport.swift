import CortegeCore
import CortegePlan

/// `cortege protocol`: the precedence and the protocol orders of a plan, item by item (docs/protocol.md).
public enum ProtocolReport {
    /// The protocol orders of the visit, computed in this one place for every command.
    public static func orders(of analysis: Analysis) -> VisitProtocol {
        analysis.protocolOrders
    }

    /// The codes of the protocol findings printed under the orders.
    public static let findingCodes: Set<DiagnosticCode> = [
        .welcomeMissingPrefect, .welcomeMissingMayor, .twoStateVoices, .precedenceTie, .unrankedPerson,
    ]

    /// The protocol findings, of one item when `item` is given.
    public static func findings(_ findings: [(Diagnostic, Zone?)], item: String?) -> [(Diagnostic, Zone?)] {
        findings.filter { finding, _ in
            findingCodes.contains(finding.code) && (item.map { finding.subjects.contains($0) } ?? true)
        }
    }

    /// The message for an item id the plan does not have, with the nearest id as a suggestion.
    public static func unknownItem(_ item: String, in plan: Plan, path: String, language: Language) -> String {
        let w = Vocabulary(language)
        let hint =
            nearest(to: item, in: plan.programme.map(\.id)).map {
                w.pick(" ; vouliez-vous dire `\($0)` ?", "; did you mean `\($0)`?")
            } ?? ""
        return w.pick("erreur : aucune séquence `\(item)` dans \(path)", "error: no item `\(item)` in \(path)") + hint
    }

    /// The report of the plan at `path`, of one item when `item` is given.
    public static func run(path: String, item: String?, format: ReportFormat, language: Language) -> CommandResult {
        let open: OpenPlan
        do throws(CommandStop) { open = try Workspace.plan(at: path, language: language) } catch {
            return error.result
        }
        let analysis = open.analysis
        if let item, !analysis.plan.programme.contains(where: { $0.id == item }) {
            return .failure(unknownItem(item, in: analysis.plan, path: path, language: language), status: 2)
        }
        let orders = orders(of: analysis)
        var result = CommandResult()
        switch format {
        case .human:
            result.print(
                ProtocolFormat.human(
                    orders, plan: analysis.plan, itinerary: analysis.itinerary, only: item, Vocabulary(language)))
            let findings = findings(open.findings, item: item)
            if !findings.isEmpty {
                result.print("")
                for (d, zone) in findings { result.print(DiagnosticFormat.human(d, zone: zone, language: language)) }
            }
        case .json:
            result.print(ProtocolFormat.jsonObject(orders, only: item).text)
        }
        return result
    }
}
