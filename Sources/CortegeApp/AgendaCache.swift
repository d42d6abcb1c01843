import CortegeCore
import Foundation
import GRDB

/// Where `cortege check` keeps what it read of each agenda (docs/agendas.md, "The agenda cache").
public enum AgendaCacheSetting: Sendable, Equatable {
    /// Every agenda is read through libical (`--no-cache`).
    case off
    /// The cache file `agendas.sqlite` in this folder (`--cache DIR`).
    case directory(String)

    /// The user's cache folder: `$XDG_CACHE_HOME/cortege`, else `~/.cache/cortege`.
    public static var userDefault: AgendaCacheSetting {
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return .directory(xdg + "/cortege")
        }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return .directory(home + "/.cache/cortege")
    }
}

/// What reading one agenda gave, as kept in the cache: its entries over the window and its `ics-syntax`
/// findings.
struct CachedAgenda: Equatable {
    var entries: [AgendaEntry]
    var findings: [Diagnostic]
}

/// The identity of one read: the file (path, size, modification time, content hash), whose agenda it is, the
/// zone floating times are read in, and the window. A cached read is used only when all of them are equal.
struct AgendaCacheKey: Sendable, Equatable {
    var path: String
    var person: String
    var zone: String
    var size: Int64
    var modified: Int64
    var hash: Int64
    var windowStart: Int64
    var windowEnd: Int64
}

/// The busy intervals of each agenda, kept in SQLite (through GRDB) between runs.
///
/// The cache is never trusted: a file of another format version, a file SQLite cannot read, or a payload
/// whose checksum does not match, is thrown away and rebuilt; a row is used only when every field of its
/// ``AgendaCacheKey`` matches the file as it is now. When the cache cannot be opened or written at all, the
/// agendas are read as without it.
final class AgendaCache: Sendable {
    /// The layout of the tables and of the payloads; another value means another version: rebuilt. Version 2
    /// keeps each finding's message and help in French and in English; version 3 hashes in four lanes
    /// (``ContentHash``).
    static let format = 3
    private let queue: DatabaseQueue

    /// Opens (or creates) the cache in `directory`; nil when it cannot be made to work.
    init?(directory: String) {
        let path = directory + "/agendas.sqlite"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            return nil
        }
        if let queue = Self.open(path) {
            self.queue = queue
            return
        }
        // Corrupt, another version, not a database: rebuilt from nothing.
        for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        guard let queue = Self.open(path) else { return nil }
        self.queue = queue
    }

    /// The queue of a cache file of this format, with its tables; nil when the file is not one.
    private static func open(_ path: String) -> DatabaseQueue? {
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let usable = try queue.write { db -> Bool in
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                if version == 0 {
                    guard try db.tableExists("agenda") == false else { return false }
                    try db.execute(
                        sql: """
                            CREATE TABLE agenda (
                                path TEXT NOT NULL, person TEXT NOT NULL, zone TEXT NOT NULL,
                                size INTEGER NOT NULL, modified INTEGER NOT NULL, hash INTEGER NOT NULL,
                                window_start INTEGER NOT NULL, window_end INTEGER NOT NULL,
                                checksum INTEGER NOT NULL, payload BLOB NOT NULL,
                                PRIMARY KEY (path, person, zone));
                            PRAGMA user_version = \(format);
                            """)
                    return true
                }
                guard version == format else { return false }
                // A file SQLite cannot read fails here, and is rebuilt.
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM agenda WHERE rowid = 1")
                return true
            }
            return usable ? queue : nil
        } catch {
            return nil
        }
    }

    /// A cached row: the key it was made under, its checksum and its payload.
    struct Row: Sendable {
        var key: AgendaCacheKey
        var checksum: Int64
        var payload: Data
    }

    /// The rows of `sources` (path, person, zone), fetched in one read; nil where there is none.
    func rows(for sources: [(path: String, person: String, zone: String)]) -> [Row?] {
        let fetched = try? queue.read { db -> [Row?] in
            let statement = try db.makeStatement(
                sql: """
                    SELECT size, modified, hash, window_start, window_end, checksum, payload FROM agenda
                    WHERE path = ? AND person = ? AND zone = ?
                    """)
            return try sources.map { source -> Row? in
                // A cursor's row reads the statement's columns in place (fetchOne would copy the row first).
                let cursor = try GRDB.Row.fetchCursor(statement, arguments: [source.path, source.person, source.zone])
                guard let row = try cursor.next() else { return nil }
                guard let payload: Data = row["payload"] else { return nil }
                let key = AgendaCacheKey(
                    path: source.path, person: source.person, zone: source.zone, size: row["size"],
                    modified: row["modified"], hash: row["hash"], windowStart: row["window_start"],
                    windowEnd: row["window_end"])
                return Row(key: key, checksum: row["checksum"], payload: payload)
            }
        }
        return fetched ?? Array(repeating: nil, count: sources.count)
    }

    /// The read a fetched row holds for `key`, when the row was made under that very key and its payload is
    /// intact.
    static func read(_ row: Row?, for key: AgendaCacheKey) -> CachedAgenda? {
        guard let row, row.key == key, Int64(bitPattern: ContentHash.of(row.payload)) == row.checksum else {
            return nil
        }
        return AgendaPayload.decode(row.payload, path: key.path, person: key.person)
    }

    /// The cached read for `key`, when one matches it exactly and its payload is intact.
    func lookup(_ key: AgendaCacheKey) -> CachedAgenda? {
        Self.read(rows(for: [(key.path, key.person, key.zone)]).first ?? nil, for: key)
    }

    /// Keeps `reads` (in one transaction); a read the payload cannot carry exactly is not kept.
    func store(_ reads: [(AgendaCacheKey, CachedAgenda)]) {
        guard !reads.isEmpty else { return }
        try? queue.write { db in
            for (key, read) in reads {
                guard let payload = AgendaPayload.encode(read, path: key.path, person: key.person) else { continue }
                try db.execute(
                    sql: """
                        INSERT OR REPLACE INTO agenda
                        (path, person, zone, size, modified, hash, window_start, window_end, checksum, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        key.path, key.person, key.zone, key.size, key.modified, key.hash, key.windowStart,
                        key.windowEnd, Int64(bitPattern: ContentHash.of(payload)), payload,
                    ])
            }
        }
    }
}

/// The content hash of an agenda file and the checksum of a payload: FNV-1a's step over 64-bit words (then
/// the last bytes one by one), so that hashing costs little beside reading the file.
enum ContentHash {
    /// FNV-1a over 64-bit words, in four interleaved lanes (each lane's multiplication waits only for its
    /// own previous one, so the processor runs the four at once), the lanes then folded together.
    static func of(_ data: Data) -> UInt64 {
        data.withUnsafeBytes { raw in
            let prime: UInt64 = 0x0000_0100_0000_01b3
            let seed: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(raw.count)
            var lanes: (UInt64, UInt64, UInt64, UInt64) = (seed, seed ^ 1, seed ^ 2, seed ^ 3)
            let blocks = raw.count / 32
            for b in 0..<blocks {
                let o = b &* 32
                lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: o, as: UInt64.self)) &* prime
                lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: o &+ 8, as: UInt64.self)) &* prime
                lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: o &+ 16, as: UInt64.self)) &* prime
                lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: o &+ 24, as: UInt64.self)) &* prime
            }
            var h = (seed ^ lanes.0) &* prime
            h = (h ^ lanes.1) &* prime
            h = (h ^ lanes.2) &* prime
            h = (h ^ lanes.3) &* prime
            for i in (blocks &* 32)..<raw.count { h = (h ^ UInt64(raw[i])) &* prime }
            return h
        }
    }
}

/// The size and modification time (nanoseconds since 1970) of a file, from one `stat`; nil when it cannot be
/// read.
func fileIdentity(_ path: String) -> (size: Int64, modified: Int64)? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return (Int64(info.st_size), Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
}

/// The binary form of a ``CachedAgenda`` (little-endian): the entries (start, end, flags, line, column,
/// summary), then the findings (code, severity, message in French and English, line, column, subjects, help in
/// French and English). Every entry and
/// finding of one read points into the agenda's own file and names its person: those are not repeated.
enum AgendaPayload {
    static func encode(_ read: CachedAgenda, path: String, person: String) -> Data? {
        var out = Writer()
        out.int(Int64(read.entries.count))
        for e in read.entries {
            guard e.person == person, e.location.file == path else { return nil }
            out.int(e.start.seconds)
            out.int(e.end.seconds)
            out.int((e.allDay ? 1 : 0) | (e.busy ? 2 : 0))
            out.int(Int64(e.location.line))
            out.int(Int64(e.location.column))
            out.string(e.summary)
        }
        out.int(Int64(read.findings.count))
        for d in read.findings {
            // Only what the agenda reader gives: no notes, no times, a location in the file when there is one.
            guard d.notes.isEmpty, d.start == nil, d.end == nil, d.location.map({ $0.file == path }) ?? true else {
                return nil
            }
            out.string(d.code.rawValue)
            out.string(d.severity.rawValue)
            out.string(d.phrase.fr)
            out.string(d.phrase.en)
            out.int(Int64(d.location?.line ?? -1))
            out.int(Int64(d.location?.column ?? -1))
            out.int(Int64(d.subjects.count))
            for s in d.subjects { out.string(s) }
            out.int(d.helpPhrase == nil ? 0 : 1)
            out.string(d.helpPhrase?.fr ?? "")
            out.string(d.helpPhrase?.en ?? "")
        }
        return out.data
    }

    static func decode(_ data: Data, path: String, person: String) -> CachedAgenda? {
        var r = Reader(data: data)
        guard let entryCount = r.int(), entryCount >= 0, entryCount <= data.count else { return nil }
        var entries: [AgendaEntry] = []
        entries.reserveCapacity(Int(entryCount))
        for _ in 0..<entryCount {
            guard let start = r.int(), let end = r.int(), let flags = r.int(), let line = r.int(),
                let column = r.int(), let summary = r.string()
            else { return nil }
            entries.append(
                AgendaEntry(
                    person: person, start: Instant(seconds: start), end: Instant(seconds: end), summary: summary,
                    allDay: flags & 1 != 0, busy: flags & 2 != 0,
                    location: SourceLocation(file: path, line: Int(line), column: Int(column))))
        }
        guard let findingCount = r.int(), findingCount >= 0, findingCount <= data.count else { return nil }
        var findings: [Diagnostic] = []
        for _ in 0..<findingCount {
            guard let codeName = r.string(),
                let code = DiagnosticCode.allCases.first(where: { $0.rawValue == codeName }),
                let severityName = r.string(), let severity = Severity(rawValue: severityName),
                let messageFR = r.string(), let messageEN = r.string(), let line = r.int(), let column = r.int(),
                let subjectCount = r.int(),
                subjectCount >= 0, subjectCount <= data.count
            else { return nil }
            var subjects: [String] = []
            for _ in 0..<subjectCount {
                guard let s = r.string() else { return nil }
                subjects.append(s)
            }
            guard let hasHelp = r.int(), let helpFR = r.string(), let helpEN = r.string() else { return nil }
            let location = line < 0 ? nil : SourceLocation(file: path, line: Int(line), column: Int(column))
            findings.append(
                Diagnostic(
                    code, Phrase(fr: messageFR, en: messageEN), at: location, subjects: subjects,
                    help: hasHelp == 1 ? Phrase(fr: helpFR, en: helpEN) : nil,
                    severity: severity))
        }
        guard r.atEnd else { return nil }
        return CachedAgenda(entries: entries, findings: findings)
    }

    private struct Writer {
        var data = Data()
        mutating func int(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { data.append(contentsOf: $0) } }
        mutating func string(_ s: String) {
            let bytes = Array(s.utf8)
            int(Int64(bytes.count))
            data.append(contentsOf: bytes)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var offset = 0

        init(data: Data) { bytes = [UInt8](data) }

        var atEnd: Bool { offset == bytes.count }

        mutating func int() -> Int64? {
            guard bytes.count - offset >= 8 else { return nil }
            var v: UInt64 = 0
            for k in 0..<8 { v |= UInt64(bytes[offset &+ k]) << (8 &* UInt64(k)) }
            offset += 8
            return Int64(bitPattern: v)
        }

        mutating func string() -> String? {
            guard let n = int(), n >= 0, n <= bytes.count - offset else { return nil }
            let s = String(decoding: bytes[offset..<(offset + Int(n))], as: UTF8.self)
            offset += Int(n)
            return s
        }
    }
}
