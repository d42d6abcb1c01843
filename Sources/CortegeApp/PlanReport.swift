import CortegeCore

/// `cortege plan`: the timed itinerary, the order chosen under `order: free`, the escort plan and the press plan,
/// or one audience's view (docs/audiences.md).
public enum PlanReport {
    /// The itinerary, free order, escort and press plans as text, then every finding, in `language`.
    public static func text(_ open: OpenPlan, language: Language) -> String {
        let analysis = open.analysis
        let w = Vocabulary(language)
        var out = [ItineraryFormat.table(analysis, w)]
        if let free = FreeOrderFormat.text(analysis, w) { out.append("\n" + free) }
        out += ["", EscortFormat.text(analysis, w), "", EscortFormat.pressText(analysis, w)]
        if !open.findings.isEmpty {
            out.append("")
            for (d, zone) in open.findings { out.append(DiagnosticFormat.human(d, zone: zone, language: language)) }
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

    /// The report of the plan at `path`: the whole plan, or what `audience` may see at `now`; the human text and
    /// the findings in `language`.
    public static func run(
        path: String, format: ReportFormat, audience: Audience?, now nowText: String?, language: Language
    ) -> CommandResult {
        do throws(CommandStop) {
            let open = try Workspace.plan(at: path, language: language)
            var result = CommandResult()
            guard let audience else {
                switch format {
                case .human: result.print(text(open, language: language))
                case .json: result.print(json(open.analysis).text)
                }
                return result
            }
            let zone = open.plan.visit.zone
            switch open.analysis.view(
                for: audience, now: try TimeOption.now(nowText, of: open.plan, language: language))
            {
            case .failure(let refusal):
                result.status = 1
                switch format {
                case .human:
                    result.printError(DiagnosticFormat.human(refusal.diagnostic, zone: zone, language: language))
                case .json: result.print(DiagnosticFormat.json([(refusal.diagnostic, zone)], language: language))
                }
            case .success(let view):
                switch format {
                case .human: result.print(AudienceFormat.text(view, Vocabulary(language)))
                case .json: result.print(AudienceFormat.json(view))
                }
            }
            return result
        } catch {
            return error.result
        }
    }
}
