import CortegeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Prints a document to PDF with headless Chromium (docs/documents.md): the HTML goes to a private temporary
/// folder, Chromium prints it to a temporary file beside the target, and a rename puts it in place, so the
/// target is the whole PDF or is left as it was.
public enum DocumentPrinter {
    /// Why a PDF could not be printed.
    public struct PrintError: Error, CustomStringConvertible {
        /// Why, in French and in English (the reasons Chromium and the system give are their own).
        public var phrase: Phrase
        /// The English text (logs and tests).
        public var message: String { phrase.en }
        public var description: String { message }

        init(fr: String, en: String) { phrase = Phrase(fr: fr, en: en) }
    }

    /// The Chromium to run: `$CORTEGE_CHROMIUM` when set, else the first of `chromium`, `chromium-browser`,
    /// `google-chrome` on the `PATH`.
    public static func chromium(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["CORTEGE_CHROMIUM"], !explicit.isEmpty {
            return FileManager.default.isExecutableFile(atPath: explicit) ? explicit : nil
        }
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in path.split(separator: ":") {
                let candidate = "\(folder)/\(name)"
                if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            }
        }
        return nil
    }

    /// Prints `html` to the PDF file `path`, atomically.
    public static func pdf(html: String, to path: String) throws(PrintError) {
        guard let binary = chromium() else {
            throw PrintError(
                fr: "il faut Chromium sans interface (headless) pour imprimer un PDF, et il est introuvable "
                    + "(installez-le : apt-get install chromium, ou donnez CORTEGE_CHROMIUM) ; écrivez plutôt un .html",
                en: "headless Chromium is needed to print a PDF and was not found (install it: apt-get install "
                    + "chromium, or set CORTEGE_CHROMIUM); write .html instead")
        }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("cortege-document-\(getpid())-\(UUID().uuidString)")
        do {
            try fm.createDirectory(at: work, withIntermediateDirectories: true)
        } catch {
            throw PrintError(
                fr: "impossible de créer \(work.path) : \(error.localizedDescription)",
                en: "cannot create \(work.path): \(error.localizedDescription)")
        }
        defer { try? fm.removeItem(at: work) }
        let page = work.appendingPathComponent("document.html")
        guard fm.createFile(atPath: page.path, contents: Data(html.utf8)) else {
            throw PrintError(fr: "impossible d’écrire \(page.path)", en: "cannot write \(page.path)")
        }
        let target = URL(fileURLWithPath: path)
        let folder = target.deletingLastPathComponent().path
        AtomicFile.removeLeftovers(in: folder, of: target.lastPathComponent)
        let temp = folder + "/" + AtomicFile.temporaryName(target.lastPathComponent, pid: getpid())
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + work.appendingPathComponent("profile").path, "--no-pdf-header-footer",
            "--print-to-pdf=" + temp, page.absoluteString,
        ]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        let errors = Pipe()
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw PrintError(
                fr: "impossible de lancer \(binary) : \(error.localizedDescription)",
                en: "cannot run \(binary): \(error.localizedDescription)")
        }
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let size = (try? fm.attributesOfItem(atPath: temp))?[.size] as? Int ?? 0
        guard process.terminationStatus == 0, size > 0 else {
            unlink(temp)
            let last = String(decoding: stderr, as: UTF8.self).split(separator: "\n").last.map(String.init) ?? ""
            throw PrintError(
                fr: "Chromium n’a pas pu imprimer \(path) (statut de sortie \(process.terminationStatus)) \(last)",
                en: "Chromium could not print \(path) (exit status \(process.terminationStatus)) \(last)")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw PrintError(
                fr: "impossible de remplacer \(path) : \(reason)", en: "cannot replace \(path): \(reason)")
        }
    }
}
