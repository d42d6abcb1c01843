import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An agenda file's text, read with one `open`, one `fstat` and `read`s.
///
/// `FileManager.attributesOfItem` followed by `FileManager.contents` took a `stat` more and looked the owner's
/// and group's names up (through the name service) for every file: at 5,000 agendas, 4 % of a check's CPU time
/// (Benchmarks/README.md). What is found is the same: the size before the bytes, and a file that cannot be
/// read as a whole (missing, a folder, unreadable) is nil.
enum AgendaFile {
    enum Contents {
        /// The bytes read, as text (bytes that are not UTF-8 read as U+FFFD, as `String(decoding:as:)` does).
        case text(String)
        /// The file is larger than ``AgendaGuard/maxFileBytes`` (its size in bytes): it is not read.
        case tooLarge(Int)
        /// The file could not be opened or read.
        case unreadable
    }

    static func contents(of path: String) -> Contents {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable }
        // Not a regular file (a pipe, a device): read it as FileManager does, whatever its size says.
        guard info.st_mode & S_IFMT == S_IFREG else {
            return FileManager.default.contents(atPath: path).map { .text(String(decoding: $0, as: UTF8.self)) }
                ?? .unreadable
        }
        let size = Int(info.st_size)
        if size > AgendaGuard.maxFileBytes { return .tooLarge(size) }
        // One byte more than the size, to see the end of a file that grew since fstat without a second call.
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(4096, bytes.count))) }
            let got = bytes.withUnsafeMutableBytes { buffer -> Int in
                guard let base = buffer.baseAddress else { return -1 }
                return read(fd, base + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if got == 0 { break }
            count += got
        }
        return .text(String(decoding: bytes[..<count], as: UTF8.self))
    }
}
