import CortegeApp
import CortegeCore
import Foundation

/// One link to hand out: a visit's audience (or the office dashboard) and its URLs (docs/serve.md §1).
public struct FeedLink: Sendable, Equatable {
    public var visit: String?
    public var audience: String
    public var ics: String?
    public var webcal: String?
    public var html: String

    /// The links of one token on `base`.
    init(visit: String, audience: Audience, token: String, base: String) {
        self.visit = visit
        self.audience = audience.description
        ics = base + "/c/" + token + ".ics"
        webcal = ics.map(Self.webcal)
        html = base + "/p/" + token + ".html"
    }

    init(officeToken: String, base: String) {
        audience = "office"
        html = base + "/o/" + officeToken + "/"
    }

    /// `webcal://…` for an `http(s)://…` address: calendar applications subscribe on a click.
    static func webcal(_ url: String) -> String {
        if url.hasPrefix("https://") { return "webcal://" + url.dropFirst("https://".count) }
        if url.hasPrefix("http://") { return "webcal://" + url.dropFirst("http://".count) }
        return url
    }

    var json: JSONValue {
        .object([
            "visit": .string(visit), "audience": .string(audience), "ics": .string(ics),
            "webcal": .string(webcal), "html": .string(html),
        ])
    }
}

/// `cortege feeds`: every subscription of the plans of a folder, to hand out.
public enum Feeds {
    /// The links of every audience of every plan that loads (revoked tokens left out), then the dashboard's.
    public static func links(root: String, tokens: Tokens, base: String, revoked: Set<String>) -> [FeedLink] {
        var links: [FeedLink] = []
        var seen = Set<String>()
        for path in Catalog.planFiles(under: root) {
            guard let analysis = Workspace(paths: [path]).analyses.first,
                seen.insert(analysis.plan.visit.id).inserted
            else { continue }
            for audience in Exporter.everyAudience(of: analysis) {
                let token = tokens.feed(visit: analysis.plan.visit.id, audience: audience)
                guard !revoked.contains(token) else { continue }
                links.append(FeedLink(visit: analysis.plan.visit.id, audience: audience, token: token, base: base))
            }
        }
        links.append(FeedLink(officeToken: tokens.office, base: base))
        return links
    }

    public static func run(
        root: String, secretFile: String, revokedFile: String?, baseURL: String?, format: ReportFormat,
        language: Language = .fr
    ) -> CommandResult {
        let secret: [UInt8]
        switch Server.secret(of: secretFile, root: root, language: language) {
        case .failure(let stop): return stop.result
        case .success(let s): secret = s
        }
        let options = ServeOptions(
            root: root, secretFile: secretFile, revokedFile: revokedFile, host: "127.0.0.1", port: 8080,
            agendas: nil, baseURL: baseURL, now: nil, language: language)
        let links = links(
            root: root, tokens: Tokens(secret: secret), base: options.base,
            revoked: RevocationList.load(options.revocationList))
        var result = CommandResult()
        switch format {
        case .json:
            result.print(JSONValue.array(links.map(\.json)).text)
        case .human:
            for link in links {
                if let visit = link.visit, let ics = link.ics {
                    result.print("\(visit)  \(link.audience)")
                    result.print("  \(ics)")
                    result.print("  \(link.webcal ?? "")")
                    result.print("  \(link.html)")
                } else {
                    result.print(Vocabulary(language).pick("cabinet", "office"))
                    result.print("  \(link.html)")
                }
            }
        }
        return result
    }
}
