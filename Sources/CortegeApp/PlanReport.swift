import CortegeCore

/// `cortege plan`: the timed itinerary, the order chosen under `order: free`, the escort plan and the press plan,
/// or one audience's view (docs/audiences.md).
public enum PlanReport {
    /// The itinerary, free order, escort and press plans as text, then every finding.
    public static func text(_ open: OpenPlan) -> String {
        let analysis = open.analysis
        var out = [ItineraryFormat.table(analysis)]
        if let free = FreeOrderFormat.text(analysis) { out.append("\n" + free) }
        out += ["", EscortFormat.text(analysis), "", EscortFormat.pressText(analysis)]
        if !open.findings.isEmpty {
            out.append("")
            for (d, zone) in open.findings { out.append(DiagnosticFormat.human(d, zone: zone)) }
        }
        return out.joined(separator: "\n")
    }

    /// `{"visit", "timezone", "items", "transfers", "free-order", "escort", "press"}`.
    public static func json(_ analysis: Analysis) -> JSONValue {
        var object = ItineraryFormat.jsonObject(analysis)
        if let free = FreeOrderFormat.jsonObject(analysis) { object["free-order"] = free }
        object["escort"] = EscortFormat.jsonObject(analysis)
        object["press"] = EscortFormat.pressJSONObject(analysis)
        return .object(object)
    }

    /// The report of the plan at `path`: the whole plan, or what `audience` may see at `now`.
    public static func run(path: String, format: ReportFormat, audience: Audience?, now nowText: String?)
        -> CommandResult
    {
        do throws(CommandStop) {
            let open = try Workspace.plan(at: path)
            var result = CommandResult()
            guard let audience else {
                switch format {
                case .human: result.print(text(open))
                case .json: result.print(json(open.analysis).text)
                }
                return result
            }
            let zone = open.plan.visit.zone
            switch open.analysis.view(for: audience, now: try TimeOption.now(nowText, of: open.plan)) {
            case .failure(let refusal):
                result.status = 1
                switch format {
                case .human: result.printError(DiagnosticFormat.human(refusal.diagnostic, zone: zone))
                case .json: result.print(DiagnosticFormat.json([(refusal.diagnostic, zone)]))
                }
            case .success(let view):
                switch format {
                case .human: result.print(AudienceFormat.text(view))
                case .json: result.print(AudienceFormat.json(view))
                }
            }
            return result
        } catch {
            return error.result
        }
    }
}
