import CortegeCore
import Foundation

/// Two revisions of one visit, read and analysed (docs/diff-notify.md): two plan files, or a plan and the same
/// plan at an earlier git revision (`--since REV`).
public struct Revisions: Sendable {
    public var old: Analysis
    public var new: Analysis

    /// Reads both plans. A plan that cannot be read or has an error finding, a git revision that cannot be read,
    /// or two different visits stop the command with status 2 (status 1 is kept for "something changed").
    public static func open(
        old oldPath: String?, new newPath: String, since: String?, language: Language
    ) throws(CommandStop) -> Revisions {
        let load = { (path: String) throws(CommandStop) -> Analysis in try Self.load(path, language: language) }
        let new = try load(newPath)
        let old: Analysis
        if let since {
            let checkout = try GitRevision.checkout(path: newPath, revision: since, language: language)
            defer { try? FileManager.default.removeItem(atPath: checkout.folder) }
            old = try load(checkout.plan)
        } else if let oldPath {
            old = try load(oldPath)
        } else {
            throw CommandStop(
                Phrase(
                    fr: "donnez ANCIEN.yaml NOUVEAU.yaml, ou NOUVEAU.yaml --since RÉVISION",
                    en: "give OLD.yaml NEW.yaml, or NEW.yaml --since REV"), language, status: 2)
        }
        guard old.plan.visit.id == new.plan.visit.id else {
            var result = CommandResult(status: 2)
            let words = Vocabulary(language)
            let (a, b) = (old.plan.visit.id, new.plan.visit.id)
            result.printError(
                words.pick(
                    "erreur[other-visit] : les deux fichiers de plan sont deux visites différentes (`\(a)` et `\(b)`) : "
                        + "seules deux révisions d’une même visite se comparent",
                    "error[other-visit]: the two plans are different visits (`\(a)` and `\(b)`): only two revisions "
                        + "of one visit can be compared"))
            result.printError("  --> \(new.plan.visit.location(of: "id"))")
            throw CommandStop(result)
        }
        return Revisions(old: old, new: new)
    }

    static func load(_ path: String, language: Language) throws(CommandStop) -> Analysis {
        switch Workspace.open(path: path) {
        case .success(let open): return open.analysis
        case .failure(let notLoaded):
            var result = notLoaded.result(in: language)
            result.status = 2
            throw CommandStop(result)
        }
    }
}

/// A plan as it was at a git revision, with the files it includes at that revision.
enum GitRevision {
    struct Checkout {
        /// A temporary folder holding the repository's tree at the revision (removed by the caller).
        var folder: String
        /// The plan's path inside it.
        var plan: String
    }

    /// Extracts the repository's tree at `revision` (`git archive`) into a temporary folder, so that the plan's
    /// `include:` paths resolve to the files of that revision too.
    static func checkout(path: String, revision: String, language: Language) throws(CommandStop) -> Checkout {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let dir = url.deletingLastPathComponent().path
        guard let prefix = run(["git", "-C", dir, "rev-parse", "--show-prefix"]),
            let top = run(["git", "-C", dir, "rev-parse", "--show-toplevel"])
        else {
            throw CommandStop(
                Phrase(
                    fr: "\(path) n’est pas dans un dépôt git : --since en demande un",
                    en: "\(path) is not in a git repository: --since needs one"), language, status: 2)
        }
        let relative = prefix.trimmingCharacters(in: .newlines) + url.lastPathComponent
        let rootPath = top.trimmingCharacters(in: .newlines)
        let folder = NSTemporaryDirectory() + "cortege-since-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandStop(
                Phrase(fr: "impossible de créer \(folder) : \(error)", en: "cannot create \(folder): \(error)"),
                language, status: 2)
        }
        guard run(["git", "-C", rootPath, "cat-file", "-e", "\(revision):\(relative)"]) != nil,
            run([
                "sh", "-c", "git -C \"$1\" archive --format=tar \"$2\" | tar -x -C \"$3\"", "sh", rootPath, revision,
                folder,
            ])
                != nil
        else {
            try? FileManager.default.removeItem(atPath: folder)
            throw CommandStop(
                Phrase(
                    fr: "\(relative) ne peut être lu à la révision git \(revision)",
                    en: "\(relative) cannot be read at git revision \(revision)"), language, status: 2)
        }
        return Checkout(folder: folder, plan: folder + "/" + relative)
    }

    /// Standard output of a command, nil when it cannot start or exits with a status other than 0.
    static func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
