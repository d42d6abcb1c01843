import CortegeCore
import CortegeICal

extension Exporter {
    /// One audience's calendar as `cortege export --audience A` writes it into a folder that holds `previous`
    /// (docs/ical-export.md): the same bytes, rendered in memory for a subscription feed (docs/serve.md).
    /// Fails with the finding that refuses it (embargo at `now`, UID clash) or with the reason it cannot be built.
    public func calendarText(of audience: Audience, previous: String?) -> Result<String, FeedRefusal> {
        let plan = analysis.plan
        let view: AudienceView
        switch analysis.view(for: audience, now: now) {
        case .failure(let refusal): return .failure(.refused(refusal.diagnostic))
        case .success(let v): view = v
        }
        let calendar = ExportCalendar(view: view, language: request.language)
        let domain = ExportCalendar.domain(of: view)
        if let clash = Self.uidClash(calendar, plan, domain: domain) { return .failure(.refused(clash)) }
        let writer = CalendarWriter(
            dtstamp: dtstamp, language: request.language, previousUIDSuffix: ".\(plan.visit.id)@\(domain)")
        do {
            return .success(try writer.render(calendar, previous: previous).text)
        } catch {
            return .failure(
                .cannotBuild(
                    ExportError.cannotBuild(audience: audience, visit: plan.visit.id, reason: "\(error)").description))
        }
    }
}

/// Why a calendar of a feed was not rendered.
public enum FeedRefusal: Error {
    /// A finding refuses it (embargo, UID clash).
    case refused(Diagnostic)
    /// libical could not build it.
    case cannotBuild(String)
}
