import CortegeCore
import Foundation

extension AtomicFile {
    /// Writes `text` to a new file at `path`, whole or not at all, and never over an existing file: the text goes
    /// to a temporary file in the same folder, which is then linked to `path` (a link fails when `path` exists).
    public static func create(_ text: String, at path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw .cannotWrite(temp)
        }
        defer { unlink(temp) }
        if link(temp, path) != 0 {
            let exists = errno == EEXIST
            let reason = String(cString: strerror(errno))
            throw WriteError(
                phrase: Phrase(
                    fr: "impossible de créer \(path) : \(exists ? "le fichier existe déjà" : reason)",
                    en: "cannot create \(path): \(exists ? "the file already exists" : reason)"))
        }
    }
}
