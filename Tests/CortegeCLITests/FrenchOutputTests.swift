import Foundation
import Testing

/// The human output of `check`, `plan` and `protocol` is French by default and English with `--lang en`
/// (docs/diagnostics.md, "Language"), on every sample.
@Suite struct FrenchOutputTests {
    static let samples = CLI.files(in: "samples")
    static let everyPlan = CLI.files(in: "samples") + CLI.files(in: "samples/broken")

    /// Words of the English output that a French report must not print (headings, labels, itinerary words).
    static let englishWords = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "December",
        " slack", "transfer ", "estimated", "escorted", "Escort plan", "Duty spans", "Press plan", "in place",
        "hands over", "error[", "warning[", "  help:", "List of precedence", "precedence:", "welcome:", "speeches:",
        "wreaths:", "seating (", "Motorcade", "minister on official visit", "accompanying the minister",
        "mayor of the host commune", "— deputy", "senator", "plan(s) checked", "is booked twice", "did you mean",
        "Order chosen", "written order",
    ]

    static let frenchDate =
        #"(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (1er|\d{1,2}) "#
        + #"(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}"#
    static let englishDate = #"\d{4}-\d{2}-\d{2} \((Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\)"#

    static func englishIn(_ text: String) -> [String] { englishWords.filter { text.contains($0) } }

    @Test(arguments: samples)
    func planIsFrenchByDefaultAndEnglishWithLangEn(path: String) throws {
        let french = try CLI.run(["plan", path])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.range(of: Self.frenchDate, options: .regularExpression) != nil)
        #expect(french.stdout.contains("battement"))
        #expect(french.stdout.contains("Plan d'escorte"))
        #expect(french.stdout.contains("Plan presse"))
        #expect(french.stdout.range(of: #"\d{2}h\d{2}-\d{2}h\d{2}"#, options: .regularExpression) != nil)
        #expect(Self.englishIn(french.stdout) == [], "\(path)")

        let english = try CLI.run(["plan", path, "--lang", "en"])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdout.range(of: Self.englishDate, options: .regularExpression) != nil)
        for word in ["slack", "Escort plan", "Duty spans", "Press plan"] { #expect(english.stdout.contains(word)) }
        #expect(!english.stdout.contains("battement"))
        #expect(english.stdout.range(of: Self.frenchDate, options: .regularExpression) == nil)
    }

    @Test(arguments: samples)
    func protocolIsFrenchByDefaultAndEnglishWithLangEn(path: String) throws {
        let french = try CLI.run(["protocol", path])
        #expect(french.status == 0, "\(french.stderr)")
        #expect(french.stdout.contains("Protocole — "))
        #expect(french.stdout.contains("Liste de préséance : décret 89-655"))
        #expect(french.stdout.contains("  préséance :"))
        #expect(french.stdout.contains("Cortège ("))
        #expect(Self.englishIn(french.stdout) == [], "\(path)")

        let english = try CLI.run(["protocol", path, "--lang", "en"])
        #expect(english.status == 0)
        #expect(english.stdout.contains("List of precedence: décret 89-655"))
        #expect(english.stdout.contains("  precedence:"))
        #expect(english.stdout.contains("Motorcade ("))
        #expect(!english.stdout.contains("préséance :"))
    }

    @Test(arguments: everyPlan)
    func checkIsFrenchByDefaultAndEnglishWithLangEn(path: String) throws {
        let french = try CLI.run(["check", path, "--agendas", "calendars"])
        let english = try CLI.run(["check", path, "--agendas", "calendars", "--lang", "en"])
        #expect(french.status == english.status)
        #expect(french.stderr.contains("1 plan vérifié : "), "\(french.stderr)")
        #expect(english.stderr.contains("1 plan(s) checked: "))
        #expect(Self.englishIn(french.stdout + french.stderr) == [], "\(path)")
        let frenchLines = french.stdout.split(separator: "\n")
        let englishLines = english.stdout.split(separator: "\n")
        // The same findings, line for line, in the other language: the codes and places stay as they are.
        #expect(frenchLines.count == englishLines.count)
        for (fr, en) in zip(frenchLines, englishLines) {
            let code = #"\[[a-z-]+\]"#
            if let enCode = en.range(of: code, options: .regularExpression) {
                #expect(fr.contains(String(en[enCode])), "\(fr)")
                #expect(fr != en, "\(fr)")
            }
            if en.hasPrefix("  help: ") { #expect(fr.hasPrefix("  aide : "), "\(fr)") }
            if en.hasPrefix("  note: ") { #expect(fr.hasPrefix("  note : "), "\(fr)") }
        }
        for (severity, french) in [("error[", "erreur["), ("warning[", "avertissement["), ("note[", "note[")] {
            #expect(
                englishLines.filter { $0.contains(": \(severity)") }.count
                    == frenchLines.filter { $0.contains(": \(french)") }.count)
        }
    }

    @Test func checkJSONKeepsItsKeysAndCodesAndFollowsLang() throws {
        let french = try CLI.run([
            "check", "samples/971-visite-ministre.yaml", "--agendas", "calendars", "--format", "json",
        ])
        let english = try CLI.run([
            "check", "samples/971-visite-ministre.yaml", "--agendas", "calendars", "--format", "json", "--lang", "en",
        ])
        let fr = try #require(try JSONSerialization.jsonObject(with: Data(french.stdout.utf8)) as? [[String: Any]])
        let en = try #require(try JSONSerialization.jsonObject(with: Data(english.stdout.utf8)) as? [[String: Any]])
        #expect(!fr.isEmpty)
        #expect(fr.count == en.count)
        for (a, b) in zip(fr, en) {
            #expect(Set(a.keys) == Set(b.keys))
            #expect(a["code"] as? String == b["code"] as? String)
            #expect(a["severity"] as? String == b["severity"] as? String)
            #expect(a["message"] as? String != b["message"] as? String)
        }
        let overlap = try #require(fr.first { $0["code"] as? String == "person-overlap" })
        #expect((overlap["message"] as? String)?.contains("est retenu deux fois") == true)
        #expect((overlap["help"] as? String)?.contains("envoyer un représentant") == true)
    }

    @Test func theProgrammeConflictBoxShowsTheFindingInFrench() throws {
        let args = [
            "programme", "samples/971-visite-ministre.yaml", "--audience", "staff", "--now", "2026-12-20T12:00",
            "--agendas", "calendars",
        ]
        let french = try CLI.run(args)
        #expect(french.status == 0, "\(french.stderr)")
        let box = try #require(Self.conflictBox(french.stdout))
        #expect(box.contains("prefet-971 a un engagement de son agenda sur ce créneau"))
        #expect(box.contains(#"<small class="code"><code>person-overlap</code></small>"#))
        #expect(!box.contains("has an entry"))
        let english = try CLI.run(args + ["--lang", "en"])
        let englishBox = try #require(Self.conflictBox(english.stdout))
        #expect(englishBox.contains("prefet-971 has an entry of their agenda at that time"))
        // The entries of the people's agendas show as reserved slots: the box never names them.
        for summary in ["Conseil municipal", "État-major de sécurité", "Entretien avec le procureur"] {
            #expect(!french.stdout.contains(summary), "\(summary)")
            #expect(!english.stdout.contains(summary), "\(summary)")
        }
    }

    /// The first `<aside class="conflicts">` of a page.
    static func conflictBox(_ html: String) -> String? {
        guard let start = html.range(of: #"<aside class="conflicts">"#),
            let end = html.range(of: "</aside>", range: start.upperBound..<html.endIndex)
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
