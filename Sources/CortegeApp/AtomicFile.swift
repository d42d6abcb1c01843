import Foundation

/// Writing files: whole or not at all.
public enum AtomicFile {
    /// A file that could not be written, with the path and the reason.
    public struct WriteError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Writes `text` to `path` through a temporary file in the same folder and a rename.
    public static func write(_ text: String, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let temp = folder + "/." + url.lastPathComponent + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temp, contents: Data(text.utf8)) else {
            throw WriteError(message: "cannot write \(temp)")
        }
        if rename(temp, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw WriteError(message: "cannot replace \(path): \(reason)")
        }
    }
}
