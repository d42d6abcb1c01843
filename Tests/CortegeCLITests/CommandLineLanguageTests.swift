import Foundation
import Testing

/// Every error and status line the commands print themselves is French by default and English with `--lang en`
/// (docs/diagnostics.md, "Language"): each line is provoked for real (a wrong argument, a missing or unwritable
/// file, a failed hand-over) on a copy of the samples in a temporary folder. The lines ArgumentParser writes itself
/// (`Error: `, `Usage:`, a missing argument) are the library's and stay English.
@Suite struct CommandLineLanguageTests {
    /// A temporary folder: a copy of the samples, an earlier revision of the Guadeloupe visit (its arrival a quarter
    /// of an hour earlier), a plan written by `cortege new` (its organizer has no e-mail), files that are not
    /// formatted, a file where a folder is expected, a journal that is not one, secrets.
    struct Fixture {
        let dir: String
        var samples: String { dir + "/samples" }
        var visit: String { samples + "/971-visite-ministre.yaml" }
        var earlier: String { samples + "/971-avant.yaml" }
        var otherVisit: String { samples + "/63-tournee-prefet.yaml" }
        var bare: String { dir + "/nu/visite.yaml" }
        var file: String { dir + "/fichier.txt" }
        var secret: String { dir + "/secret" }
        var openSecret: String { dir + "/secret-ouvert" }

        init() throws {
            let fm = FileManager.default
            dir = fm.temporaryDirectory.appendingPathComponent("cortege-lang-\(UUID().uuidString)").path
            try fm.createDirectory(atPath: dir + "/nu", withIntermediateDirectories: true)
            try fm.createDirectory(atPath: dir + "/mixte", withIntermediateDirectories: true)
            try fm.createDirectory(atPath: dir + "/bloque/staff.ics", withIntermediateDirectories: true)
            try fm.copyItem(atPath: CLI.repository.appendingPathComponent("samples").path, toPath: samples)
            let visitText = try String(contentsOfFile: visit, encoding: .utf8)
            #expect(visitText.contains("at: \"09:10\""))
            try visitText.replacingOccurrences(of: "at: \"09:10\"", with: "at: \"08:55\"")
                .write(toFile: earlier, atomically: true, encoding: .utf8)
            let made = try CLI.run(["new", "prefect", "--territory", "63", "--date", "2026-12-10", "-o", bare])
            #expect(made.status == 0, "\(made.stderr)")
            for name in ["brut.yaml", "brut-fr.yaml", "brut-en.yaml"] {
                try "visit:   { id:   a }\n".write(toFile: dir + "/" + name, atomically: true, encoding: .utf8)
            }
            try "a: &x 1\nb: *x\n".write(toFile: dir + "/ancres.yaml", atomically: true, encoding: .utf8)
            try "notes\n".write(toFile: file, atomically: true, encoding: .utf8)
            try "notes\n".write(toFile: dir + "/mixte/notes.txt", atomically: true, encoding: .utf8)
            try "ceci n'est pas un journal\n".write(toFile: dir + "/journal", atomically: true, encoding: .utf8)
            let hex = String(repeating: "0123456789abcdef", count: 4) + "\n"
            for (path, mode) in [(secret, 0o600), (openSecret, 0o644)] {
                try hex.write(toFile: path, atomically: true, encoding: .utf8)
                try fm.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
            }
        }
    }

    /// One line to provoke: the arguments (`LANG` stands for the language, so that a file written by the French
    /// run is not in the way of the English one), the exit status, and words of the French and English lines.
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var arguments: @Sendable (Fixture) -> [String]
        var status: Int32
        var french: @Sendable (Fixture) -> [String]
        var english: @Sendable (Fixture) -> [String]
        var description: String { name }
    }

    static let now = "2026-12-04T07:00"

    static let cases: [Case] = [
        // diff
        Case(
            name: "diff: one plan without --since", arguments: { ["diff", $0.visit] }, status: 2,
            french: { _ in ["donnez deux fichiers de plan : ANCIEN.yaml NOUVEAU.yaml"] },
            english: { _ in ["give two plans: OLD.yaml NEW.yaml"] }),
        Case(
            name: "diff: two plans with --since", arguments: { ["diff", $0.earlier, $0.visit, "--since", "HEAD"] },
            status: 2, french: { _ in ["avec --since, donnez un seul fichier de plan"] },
            english: { _ in ["with --since, give one plan"] }),
        Case(
            name: "diff: two different visits", arguments: { ["diff", $0.visit, $0.otherVisit] }, status: 2,
            french: { _ in ["erreur[other-visit] : ", "deux visites différentes", "63-tournee-prefet.yaml:"] },
            english: { _ in ["error[other-visit]: ", "different visits", "63-tournee-prefet.yaml:"] }),
        Case(
            name: "diff: --now not a date", arguments: { ["diff", $0.earlier, $0.visit, "--now", "demain"] }, status: 2,
            french: { _ in ["erreur : --now « demain » n’est pas une date et heure ISO 8601"] },
            english: { _ in ["error: --now \"demain\" is not an ISO 8601 date-time"] }),
        Case(
            name: "diff: unknown person",
            arguments: { ["diff", $0.earlier, $0.visit, "--audience", "person:inconnu", "--now", now] }, status: 2,
            french: { _ in ["erreur[unknown-ref] : `inconnu` n’est une personne d’aucune des deux révisions"] },
            english: { _ in ["error[unknown-ref]: `inconnu` is no person of either revision"] }),
        Case(
            name: "diff: --since outside git", arguments: { ["diff", $0.visit, "--since", "HEAD"] }, status: 2,
            french: { ["erreur : \($0.visit) n’est pas dans un dépôt git : --since en demande un"] },
            english: { ["error: \($0.visit) is not in a git repository: --since needs one"] }),
        Case(
            name: "diff: unknown git revision",
            arguments: { _ in ["diff", "samples/971-visite-ministre.yaml", "--since", "absente"] }, status: 2,
            french: { _ in ["ne peut être lu à la révision git absente"] },
            english: { _ in ["cannot be read at git revision absente"] }),
        // notify
        Case(
            name: "notify: one plan without --since", arguments: { ["notify", $0.visit, "-o", $0.dir + "/m0"] },
            status: 2, french: { _ in ["donnez deux fichiers de plan"] }, english: { _ in ["give two plans"] }),
        Case(
            name: "notify: no organizer e-mail", arguments: { ["notify", $0.bare, $0.bare, "-o", $0.dir + "/m1"] },
            status: 2,
            french: { _ in
                ["erreur : la visite n’a pas d’adresse électronique d’organisateur (`visit.organizer.email`)"]
            },
            english: { _ in ["error: the visit has no organizer e-mail (`visit.organizer.email`)"] }),
        Case(
            name: "notify: messages written",
            arguments: { ["notify", $0.earlier, $0.visit, "-o", $0.dir + "/m2-LANG", "--now", now] }, status: 0,
            french: { ["écrit : \($0.dir)/m2-fr/", ".eml ("] }, english: { ["written: \($0.dir)/m2-en/", ".eml ("] }),
        Case(
            name: "notify: hand-over failed",
            arguments: {
                ["notify", $0.earlier, $0.visit, "-o", $0.dir + "/m3", "--now", now, "--sendmail", "exit 3"]
            },
            status: 1, french: { ["à `exit 3` a échoué (statut de sortie 3) ; conservé dans \($0.dir)/m3/"] },
            english: { ["to `exit 3` failed (exit status 3); kept in \($0.dir)/m3/"] }),
        // new
        Case(
            name: "new: unknown kind",
            arguments: { ["new", "ministerial2", "--territory", "63", "-o", $0.dir + "/n.yaml"] }, status: 2,
            french: { _ in ["erreur : type de visite inconnu « ministerial2 » (vouliez-vous dire ministerial ?)"] },
            english: { _ in ["error: unknown kind of visit \"ministerial2\" (did you mean ministerial?)"] }),
        Case(
            name: "new: unknown territory",
            arguments: { ["new", "prefect", "--territory", "999", "-o", $0.dir + "/n.yaml"] }, status: 2,
            french: { _ in ["erreur : territoire inconnu « 999 »", "donnez le code INSEE du département"] },
            english: { _ in ["error: unknown territory \"999\"", "give the INSEE code"] }),
        Case(
            name: "new: --date not a date",
            arguments: { ["new", "prefect", "--territory", "63", "--date", "10/12/2026", "-o", $0.dir + "/n.yaml"] },
            status: 2, french: { _ in ["--date « 10/12/2026 » n’est pas une date ; écrivez AAAA-MM-JJ"] },
            english: { _ in ["--date \"10/12/2026\" is not a date; write YYYY-MM-DD"] }),
        Case(
            name: "new: --principal not an identifier",
            arguments: { ["new", "prefect", "--territory", "63", "--principal", "Préfet", "-o", $0.dir + "/n.yaml"] },
            status: 2, french: { _ in ["--principal « Préfet » n’est pas un identifiant"] },
            english: { _ in ["--principal \"Préfet\" is not an identifier"] }),
        Case(
            name: "new: existing file", arguments: { ["new", "prefect", "--territory", "63", "-o", $0.bare] },
            status: 2, french: { ["erreur : \($0.bare) existe déjà ; cortege new n’écrase jamais un fichier"] },
            english: { ["error: \($0.bare) already exists; cortege new never overwrites a file"] }),
        Case(
            name: "new: plan written",
            arguments: {
                ["new", "prefect", "--territory", "63", "--date", "2026-12-10", "-o", $0.dir + "/n-LANG.yaml"]
            },
            status: 0,
            french: {
                ["plan de visite écrit : \($0.dir)/n-fr.yaml (avec un registre à compléter)", "vérifiez-le : "]
            },
            english: {
                ["plan written: \($0.dir)/n-en.yaml (with a registry to complete)", "edit it, then check it: "]
            }
        ),
        // fmt
        Case(
            name: "fmt: missing file", arguments: { ["fmt", $0.dir + "/absent.yaml"] }, status: 2,
            french: { ["erreur : impossible de lire \($0.dir)/absent.yaml"] },
            english: { ["error: cannot read \($0.dir)/absent.yaml"] }),
        Case(
            name: "fmt: anchors", arguments: { ["fmt", $0.dir + "/ancres.yaml"] }, status: 2,
            french: { ["erreur : \($0.dir)/ancres.yaml : cortege fmt ne réécrit pas les ancres et les alias"] },
            english: { ["error: \($0.dir)/ancres.yaml: anchors and aliases are not written back"] }),
        Case(
            name: "fmt: --check", arguments: { ["fmt", "--check", $0.dir + "/brut.yaml"] }, status: 1,
            french: { ["\($0.dir)/brut.yaml : pas au format canonique"] },
            english: { ["\($0.dir)/brut.yaml: not in the canonical layout"] }),
        Case(
            name: "fmt: formatted", arguments: { ["fmt", $0.dir + "/brut-LANG.yaml"] }, status: 0,
            french: { ["\($0.dir)/brut-fr.yaml : reformaté"] }, english: { ["\($0.dir)/brut-en.yaml: formatted"] }),
        // export
        Case(
            name: "export: --audience and --all",
            arguments: { ["export", $0.visit, "--audience", "staff", "--all", "-o", $0.dir + "/x"] }, status: 2,
            french: { _ in ["donnez --audience ou --all, pas les deux"] },
            english: { _ in ["give either --audience or --all, not both"] }),
        Case(
            name: "export: no audience", arguments: { ["export", $0.visit, "-o", $0.dir + "/x"] }, status: 2,
            french: { _ in ["--audience manque (ou --all)"] }, english: { _ in ["missing --audience (or --all)"] }),
        Case(
            name: "export: --journal and --no-journal",
            arguments: { ["export", $0.visit, "--all", "--journal", $0.dir + "/j", "--no-journal"] }, status: 2,
            french: { _ in ["donnez --journal ou --no-journal, pas les deux"] },
            english: { _ in ["give either --journal or --no-journal, not both"] }),
        Case(
            name: "export: unknown audience", arguments: { ["export", $0.visit, "--audience", "journalistes"] },
            status: 2, french: { _ in ["public inconnu « journalistes » ; publics possibles : principal,"] },
            english: { _ in ["unknown audience \"journalistes\"; expected one of principal,"] }),
        Case(
            name: "export: output is a file",
            arguments: { ["export", $0.visit, "--audience", "staff", "-o", $0.file, "--no-journal"] }, status: 2,
            french: { ["erreur : \($0.file) est un fichier, pas un dossier"] },
            english: { ["error: \($0.file) is a file, not a folder"] }),
        Case(
            name: "export: bad journal",
            arguments: {
                ["export", $0.visit, "--audience", "staff", "-o", $0.dir + "/x", "--journal", $0.dir + "/journal"]
            },
            status: 2,
            french: { ["erreur : impossible de lire le journal d’export \($0.dir)/journal", "nouvel historique"] },
            english: { ["error: cannot read the export journal \($0.dir)/journal", "new history"] }),
        Case(
            name: "export: a folder where the calendar goes",
            arguments: { ["export", $0.visit, "--audience", "staff", "-o", $0.dir + "/bloque", "--no-journal"] },
            status: 2,
            french: {
                [
                    "erreur : impossible d’écrire dans \($0.dir)/bloque : impossible de remplacer \($0.dir)/bloque/staff.ics"
                ]
            },
            english: { ["error: cannot write into \($0.dir)/bloque: cannot replace \($0.dir)/bloque/staff.ics"] }),
        Case(
            name: "export: --all into a folder of other files",
            arguments: { ["export", $0.visit, "--all", "-o", $0.dir + "/mixte", "--no-journal", "--now", now] },
            status: 2, french: { ["--all remplace d’un coup tout le dossier \($0.dir)/mixte, qui contient notes.txt"] },
            english: { ["--all replaces the whole folder \($0.dir)/mixte at once, and it holds notes.txt"] }),
        Case(
            name: "export: --dtstamp not a date",
            arguments: { ["export", $0.visit, "--audience", "staff", "-o", $0.dir + "/x", "--dtstamp", "hier"] },
            status: 2, french: { _ in ["erreur : --dtstamp « hier » n’est pas une date et heure ISO 8601"] },
            english: { _ in ["error: --dtstamp \"hier\" is not an ISO 8601 date-time"] }),
        // programme, plan, document, check
        Case(
            name: "programme: unwritable output",
            arguments: { ["programme", $0.visit, "--audience", "staff", "-o", $0.dir + "/absent/programme.html"] },
            status: 2, french: { ["erreur : impossible d’écrire \($0.dir)/absent/"] },
            english: { ["error: cannot write \($0.dir)/absent/"] }),
        Case(
            name: "programme: unknown audience", arguments: { ["programme", $0.visit, "--audience", "presse"] },
            status: 2, french: { _ in ["public inconnu « presse »"] }, english: { _ in ["unknown audience \"presse\""] }
        ),
        Case(
            name: "plan: --now not a date",
            arguments: { ["plan", $0.visit, "--audience", "press", "--now", "bientôt"] },
            status: 2, french: { _ in ["erreur : --now « bientôt » n’est pas une date et heure ISO 8601"] },
            english: { _ in ["error: --now \"bientôt\" is not an ISO 8601 date-time"] }),
        Case(
            name: "document: convocation without a person",
            arguments: { ["document", "convocation", $0.visit, "-o", $0.dir + "/c.html"] }, status: 2,
            french: { _ in ["une convocation demande --person ID, ou --all pour chaque personne invitée"] },
            english: { _ in ["a convocation needs --person ID, or --all for every invited person"] }),
        Case(
            name: "document: --person and --all",
            arguments: {
                ["document", "convocation", $0.visit, "--person", "prefet-971", "--all", "-o", $0.dir + "/c"]
            },
            status: 2, french: { _ in ["--person et --all s’excluent"] },
            english: { _ in ["--person and --all exclude each other"] }),
        Case(
            name: "check: --cache and --no-cache",
            arguments: { ["check", $0.visit, "--cache", $0.dir + "/cache", "--no-cache"] }, status: 2,
            french: { _ in ["--cache et --no-cache s’excluent"] },
            english: { _ in ["--cache and --no-cache exclude each other"] }),
        // serve, feeds
        Case(
            name: "serve: not a folder", arguments: { ["serve", $0.file, "--secret-file", $0.secret, "--port", "0"] },
            status: 2, french: { ["erreur : \($0.file) n’est pas un dossier"] },
            english: { ["error: \($0.file) is not a folder"] }),
        Case(
            name: "serve: secret others may read",
            arguments: { ["serve", $0.samples, "--secret-file", $0.openSecret, "--port", "0"] }, status: 2,
            french: { ["erreur : \($0.openSecret) : fichier secret refusé : d’autres peuvent le lire", "chmod 600"] },
            english: { ["error: \($0.openSecret): secret file refused: others may read it", "chmod 600"] }),
        Case(
            name: "serve: --now not a date",
            arguments: { ["serve", $0.samples, "--secret-file", $0.secret, "--port", "0", "--now", "midi"] },
            status: 2, french: { _ in ["erreur : --now « midi » n’est pas une date et heure ISO 8601"] },
            english: { _ in ["error: --now \"midi\" is not an ISO 8601 date-time"] }),
        Case(
            name: "feeds: not a folder", arguments: { ["feeds", $0.file, "--secret-file", $0.secret] }, status: 2,
            french: { ["erreur : \($0.file) n’est pas un dossier"] }, english: { ["error: \($0.file) is not a folder"] }
        ),
        Case(
            name: "feeds: the office dashboard", arguments: { ["feeds", $0.samples, "--secret-file", $0.secret] },
            status: 0, french: { _ in ["\ncabinet\n  http://127.0.0.1:8080/o/"] },
            english: { _ in ["\noffice\n  http://127.0.0.1:8080/o/"] }),
    ]

    /// What the command prints (both streams) with `arguments`, `LANG` replaced by `language`.
    static func run(_ c: Case, _ fixture: Fixture, language: String?) throws -> (status: Int32, text: String) {
        var arguments = c.arguments(fixture).map { $0.replacingOccurrences(of: "LANG", with: language ?? "fr") }
        if let language { arguments += ["--lang", language] }
        let result = try CLI.run(arguments)
        return (result.status, result.stdout + result.stderr)
    }

    @Test(arguments: cases)
    func theLineIsFrenchByDefaultAndEnglishWithLangEn(_ c: Case) throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.dir) }
        let french = try Self.run(c, fixture, language: nil)
        #expect(french.status == c.status, "\(french.text)")
        for words in c.french(fixture) { #expect(french.text.contains(words), "\(french.text)") }
        let english = try Self.run(c, fixture, language: "en")
        #expect(english.status == c.status, "\(english.text)")
        for words in c.english(fixture) { #expect(english.text.contains(words), "\(english.text)") }
    }

    /// English words of the command lines' own messages, added to those of the reports (``FrenchOutputTests``).
    static let englishWords =
        FrenchOutputTests.englishWords + [
            "error:", "cannot", " is not ", " is a file", "give ", "written:", "sent:", "failed", "exit status",
            "kept in", "already exists", "unknown ", "expected one of", "exclude each other", "missing --",
            "not both", "did you mean", "secret file refused", "others may read", "formatted", "canonical layout",
            "no person", "git revision", "organizer e-mail", "replaces the whole folder",
        ]

    /// Property: every line provoked above, printed in French, holds none of the English words.
    @Test func noEnglishWordInAnyFrenchLine() throws {
        let fixture = try Fixture()
        defer { try? FileManager.default.removeItem(atPath: fixture.dir) }
        for c in Self.cases {
            let french = try Self.run(c, fixture, language: nil)
            let found = Self.englishWords.filter { french.text.contains($0) }
            #expect(found == [], "\(c.name): \(french.text)")
        }
    }
}
