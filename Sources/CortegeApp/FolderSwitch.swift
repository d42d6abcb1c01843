import CortegeCore
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Replaces a whole folder by its next version in one step, so that a reader of the folder only ever sees one
/// complete version (docs/ical-export.md, "Interrupted exports").
///
/// The next version is built beside the folder, in `.<name>.cortege-new-<pid>` (the entries it keeps are hard
/// links of the current ones), renamed `.<name>.cortege-ready-<pid>` once complete, then exchanged with the
/// folder by `renameat2(RENAME_EXCHANGE)`; the old version, now at the ready name, is removed. Where the
/// exchange is not available, the folder is renamed `.<name>.cortege-old-<pid>` and the ready one put in its
/// place: the folder is then missing for an instant, never mixed. The next run cleans what an interrupted one
/// left: a missing folder with a ready version gets it back, and the other leftovers of dead processes go.
enum FolderSwitch {
    struct Failure: Error, CustomStringConvertible {
        /// Why, in French and in English (the system's reason is its own).
        var phrase: Phrase
        var description: String { phrase.en }

        init(fr: String, en: String) { phrase = Phrase(fr: fr, en: en) }
    }

    enum Stage: String { case new = ".cortege-new-", ready = ".cortege-ready-", old = ".cortege-old-" }

    /// `.<name><stage><pid>` beside `folder`.
    static func sibling(_ folder: String, _ stage: Stage, pid: Int32 = getpid()) -> String {
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        return url.deletingLastPathComponent().path + "/." + url.lastPathComponent + stage.rawValue + "\(pid)"
    }

    /// Cleans what interrupted switches of `folder` left (processes that are gone): a ready version takes the
    /// place of a missing folder; the other leftovers are removed.
    static func recover(_ folder: String) {
        let fm = FileManager.default
        let url = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = url.deletingLastPathComponent().path
        let prefix = "." + url.lastPathComponent
        for entry in ((try? fm.contentsOfDirectory(atPath: parent)) ?? []).sorted() where entry.hasPrefix(prefix) {
            for stage in [Stage.new, .ready, .old] where entry.hasPrefix(prefix + stage.rawValue) {
                guard let pid = Int32(entry.dropFirst(prefix.count + stage.rawValue.count)),
                    !AtomicFile.isRunning(pid)
                else { continue }
                let path = parent + "/" + entry
                if stage == .ready, !fm.fileExists(atPath: folder), rename(path, folder) == 0 { continue }
                try? fm.removeItem(atPath: path)
            }
        }
    }

    /// A new version of `folder` to fill: hard links of its entries (the hidden leftovers of interrupted writes
    /// excepted), or an empty folder when there is none yet.
    static func stage(_ folder: String) throws(Failure) -> String {
        let staging = sibling(folder, .new)
        let fm = FileManager.default
        try? fm.removeItem(atPath: staging)
        do {
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
            if fm.fileExists(atPath: folder) { try linkContents(of: folder, into: staging) }
        } catch {
            try? fm.removeItem(atPath: staging)
            throw Failure(
                fr: "impossible de préparer la nouvelle version de \(folder) : \(error)",
                en: "cannot prepare the new version of \(folder): \(error)")
        }
        return staging
    }

    /// Hard links (copies where links fail) of `source`'s entries into `target`, folders recursively, skipping the
    /// temporary files of interrupted writes.
    static func linkContents(of source: String, into target: String) throws {
        let fm = FileManager.default
        for entry in try fm.contentsOfDirectory(atPath: source) {
            if entry.hasPrefix("."), entry.contains(".tmp-") || entry.hasPrefix(".dat.nosync") { continue }
            let from = source + "/" + entry
            let to = target + "/" + entry
            var isFolder: ObjCBool = false
            _ = fm.fileExists(atPath: from, isDirectory: &isFolder)
            if isFolder.boolValue {
                try fm.createDirectory(atPath: to, withIntermediateDirectories: false)
                try linkContents(of: from, into: to)
            } else if link(from, to) != 0 {
                try fm.copyItem(atPath: from, toPath: to)
            }
        }
    }

    /// Puts the complete `staging` version in place of `folder`, at once, and removes the old version.
    static func publish(_ staging: String, as folder: String) throws(Failure) {
        let ready = sibling(folder, .ready)
        guard rename(staging, ready) == 0 else {
            let reason = String(cString: strerror(errno))
            throw Failure(
                fr: "impossible d’achever la nouvelle version de \(folder) : \(reason)",
                en: "cannot complete the new version of \(folder): \(reason)")
        }
        let fm = FileManager.default
        guard fm.fileExists(atPath: folder) else {
            guard rename(ready, folder) == 0 else {
                let reason = String(cString: strerror(errno))
                throw Failure(
                    fr: "impossible de mettre \(folder) en place : \(reason)",
                    en: "cannot put \(folder) in place: \(reason)")
            }
            return
        }
        if exchange(ready, folder) {
            try? fm.removeItem(atPath: ready)
            return
        }
        let old = sibling(folder, .old)
        guard rename(folder, old) == 0 else {
            let reason = String(cString: strerror(errno))
            throw Failure(
                fr: "impossible de remplacer \(folder) : \(reason)", en: "cannot replace \(folder): \(reason)")
        }
        guard rename(ready, folder) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(old, folder)
            throw Failure(
                fr: "impossible de remplacer \(folder) : \(reason)", en: "cannot replace \(folder): \(reason)")
        }
        try? fm.removeItem(atPath: old)
    }

    /// `renameat2(a, b, RENAME_EXCHANGE)`: swaps two paths atomically (Linux 3.15+, glibc 2.28+); false when the
    /// system or the file system cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        #if os(Linux)
            typealias RenameAt2 =
                @convention(c) (
                    Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32
                ) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let atCurrentFolder: Int32 = -100  // AT_FDCWD
            let renameExchange: UInt32 = 1 << 1  // RENAME_EXCHANGE
            return a.withCString { pa in
                b.withCString { pb in renameat2(atCurrentFolder, pa, atCurrentFolder, pb, renameExchange) == 0 }
            }
        #else
            return false
        #endif
    }
}
