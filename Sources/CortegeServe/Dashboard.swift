import CortegeCore
import CortegeProgramme
import Foundation

/// The office dashboard (docs/serve.md §5): every visit with its dates, status and conflict count, the plans that
/// did not load, the findings of `check` across the plans, every link with a copy button, the last reload time.
/// Rendered once per reload, off the event loops.
enum Dashboard {
    static func render(
        _ snapshot: Snapshot, root: String, base: String, officeToken: String, previous: Representation?
    ) -> Representation {
        let prefix = root.hasSuffix("/") ? root : root + "/"
        var h = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>Cortège — bureau du protocole</title>
            <style>
            body{font:15px/1.4 system-ui,sans-serif;margin:1.5em;color:#1b1b1b}
            table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:.25em .5em;text-align:left}
            .bad{color:#a40000}.kept{color:#8a5a00}input{width:28em;font:12px monospace}pre{white-space:pre-wrap}
            </style></head><body>
            <h1>Cortège — bureau du protocole</h1>
            <p>Dernier rechargement : <time id="reloaded">\(iso(snapshot.reloaded))</time> (n° \(snapshot.generation))</p>
            <h2>Visites</h2>
            <table><tr><th>Fichier</th><th>Visite</th><th>Dates</th><th>Statut</th><th>Conflits</th><th>État</th></tr>

            """
        for plan in snapshot.plans {
            let state: String
            switch plan.state {
            case .current: state = "à jour"
            case .keptLastGood: state = "<span class=\"kept\">erreur : dernière version valide servie</span>"
            case .neverLoaded: state = "<span class=\"bad\">erreur : non chargé</span>"
            }
            let file = plan.file.hasPrefix(prefix) ? String(plan.file.dropFirst(prefix.count)) : plan.file
            h += "<tr><td>\(e(file))</td><td>\(e(plan.visit ?? "—")) \(e(plan.title ?? ""))</td>"
            h += "<td>\(e(plan.dates ?? "—"))</td><td>\(e(plan.status ?? "—"))</td><td>\(plan.conflicts)</td>"
            h += "<td>\(state)"
            if !plan.problems.isEmpty {
                h += "<pre class=\"bad\">\(e(plan.problems.joined(separator: "\n")))</pre>"
            }
            h += "</td></tr>\n"
        }
        h += "</table>\n<h2>Constats (check)</h2>\n"
        h +=
            snapshot.findings.isEmpty
            ? "<p>Aucun.</p>\n" : "<pre>\(e(snapshot.findings.joined(separator: "\n")))</pre>\n"
        h += "<h2>Abonnements</h2>\n<table><tr><th>Visite</th><th>Public</th><th>Calendrier</th><th></th>"
        h += "<th>Programme</th></tr>\n"
        for entry in snapshot.entries where !entry.revoked {
            let link = FeedLink(visit: entry.visit, audience: entry.audience, token: entry.token, base: base)
            let ics = link.ics ?? ""
            h += "<tr><td>\(e(entry.visit))</td><td>\(e(link.audience))</td>"
            h += "<td><input readonly value=\"\(e(ics))\"> <button type=\"button\" class=\"copy\">Copier</button></td>"
            h += "<td><a href=\"\(e(link.webcal ?? ""))\">webcal://</a></td>"
            h += "<td><a href=\"\(e(link.html))\">page</a></td></tr>\n"
        }
        h += """
            </table>
            <script>document.querySelectorAll("button.copy").forEach(function(b){b.addEventListener("click",function(){\
            var i=b.previousElementSibling;i.select();\
            if(navigator.clipboard){navigator.clipboard.writeText(i.value)}else{document.execCommand("copy")}})});</script>
            </body></html>

            """
        // The reload time is in the page: a new reload is a new version.
        return Representation.next(h, previous: previous, now: snapshot.reloaded)
    }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    static func e(_ text: String) -> String { Markup.escaped(text) }
}
