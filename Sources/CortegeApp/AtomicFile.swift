import CortegeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing files: whole or not at all (docs/ical-export.md, "Interrupted exports").
public enum AtomicFile {
    /// A file that could not be written, with the path and the reason, in French and in English (the reason the
    /// system gives is its own).
    public struct WriteError: Error, CustomStringConvertible {
        public var phrase: Phrase
        /// The English text (logs and tests).
        public var message: String { phrase.en }
        public var description: String { message }

        /// What `error` says: the phrase of a ``WriteError``, else the error's own words in both languages.
        public static func phrase(of error: any Error) -> Phrase {
            if let error = error as? WriteError { return error.phrase }
            if let error = error as? FolderSwitch.Failure { return error.phrase }
            return Phrase(fr: "\(error)", en: "\(error)")
        }

        static func cannotWrite(_ path: String) -> WriteError {
            WriteError(phrase: Phrase(fr: "impossible d’écrire \(path)", en: "cannot write \(path)"))
        }
    }

    /// The temporary file of `name` written by process `pid`: `.<name>.tmp-<pid>`, in the same folder.
    static func temporaryName(_ name: String, pid: Int32) -> String { ".\(name).tmp-\(pid)" }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename. The temporary files
    /// that interrupted writers of the same file left (their process is gone) are removed first.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        removeLeftovers(in: folder, of: url.lastPathComponent)
        let temp = folder + "/" + temporaryName(url.lastPathComponent, pid: getpid())
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw .cannotWrite(temp)
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(
                phrase: Phrase(
                    fr: "impossible de remplacer \(path) : \(reason)", en: "cannot replace \(path): \(reason)"))
        }
    }

    /// Whether process `pid` is still running.
    static func isRunning(_ pid: Int32) -> Bool {
        pid > 0 && (kill(pid, 0) == 0 || errno == EPERM)
    }

    /// The pid at the end of a leftover's name (`….tmp-1234`, `….cortege-new-1234`), if any.
    static func pid(in name: String, after marker: String) -> Int32? {
        guard let range = name.range(of: marker, options: .backwards) else { return nil }
        return Int32(name[range.upperBound...])
    }

    /// Removes, in `folder`, what interrupted writes left: the temporary files of `name` (all names when nil)
    /// whose process is gone, and Foundation's atomic-write files (`.dat.nosync…`) older than a minute.
    public static func removeLeftovers(in folder: String, of name: String? = nil) {
        let fm = FileManager.default
        for entry in (try? fm.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(".") {
            let path = folder + "/" + entry
            if entry.hasPrefix(".dat.nosync") {
                let modified = (try? fm.attributesOfItem(atPath: path))?[.modificationDate] as? Date
                if let modified, modified.timeIntervalSinceNow < -60 { try? fm.removeItem(atPath: path) }
                continue
            }
            if let name, !entry.hasPrefix("." + name + ".tmp-") { continue }
            if let pid = pid(in: entry, after: ".tmp-"), !isRunning(pid) { try? fm.removeItem(atPath: path) }
        }
    }
}
