import CortegeCore
import Foundation

/// What reading one agenda file gave: the entries inside the window, and the findings.
public struct AgendaImport: Sendable {
    /// Occurrences that meet the window, sorted by start.
    public var entries: [AgendaEntry]
    /// `ics-syntax` findings: lines libical rejected, events it could not place in time, input that is no calendar.
    public var findings: [Diagnostic]
    /// VEVENT components found in the file (masters and overrides), in or out of the window.
    public var eventCount: Int

    public init(entries: [AgendaEntry] = [], findings: [Diagnostic] = [], eventCount: Int = 0) {
        self.entries = entries
        self.findings = findings
        self.eventCount = eventCount
    }
}

/// Reads a person's agenda (.ics) through libical into ``AgendaEntry`` values over a window of time.
///
/// - DTSTART with DTEND, DURATION or neither (a timed event then lasts no time, a dated one a day).
/// - Times in UTC, in a zone of the file's VTIMEZONEs, in a libical built-in zone, in a Windows zone
///   (mapped to IANA through the CLDR table), or floating (read in `floatingZone`, the visit's zone).
/// - All-day events (DATE values, DTEND exclusive) are notes, busy only with an explicit `TRANSP:OPAQUE`.
/// - RRULE, RDATE and EXDATE are expanded with libical's recurrence iterator, bounded by the window and by
///   `maxOccurrences`; a RECURRENCE-ID override replaces the occurrence of its master (same UID), and a
///   cancelled override removes it.
/// - `STATUS:CANCELLED` events are dropped; `TRANSP:TRANSPARENT` ones are kept as not busy.
/// - Each entry points at the `BEGIN:VEVENT` line of its component (of the override where there is one).
/// - Lines libical rejects (its X-LIC-ERROR properties) become `ics-syntax` warnings; the rest is read.
public struct AgendaReader: Sendable {
    /// The window: occurrences meeting [from, to) are returned.
    public var from: Instant
    public var to: Instant
    /// The zone floating times and all-day dates are read in.
    public var floatingZone: Zone
    /// At most this many occurrences of one event are returned.
    public var maxOccurrences: Int
    /// At most this many iterator steps are taken for one recurrence rule (guards against rules that
    /// produce nothing in the window for centuries).
    public var maxIterations: Int

    public init(
        from: Instant, to: Instant, floatingZone: Zone, maxOccurrences: Int = 10_000,
        maxIterations: Int = 500_000
    ) {
        self.from = from
        self.to = to
        self.floatingZone = floatingZone
        self.maxOccurrences = maxOccurrences
        self.maxIterations = maxIterations
    }

    /// Reads the file at `path` as the agenda of `person`. The file name in locations is `path` as given.
    public func read(path: String, person: String) -> AgendaImport {
        switch AgendaFile.contents(of: path) {
        case .text(let text): return read(text: text, file: path, person: person)
        case .tooLarge(let size): return AgendaImport(findings: [tooLarge(file: path, person: person, size: size)])
        case .unreadable:
            return AgendaImport(findings: [
                Diagnostic(
                    .icsSyntax,
                    Phrase(fr: "impossible de lire le fichier d'agenda \(path)", en: "cannot read agenda file \(path)"),
                    at: SourceLocation(file: path, line: 1),
                    subjects: [person])
            ])
        }
    }

    /// Reads iCalendar `text` as the agenda of `person`; `file` names it in locations.
    ///
    /// Several files can be read at once from several threads: parsing, walking, expanding and freeing run
    /// outside the libical lock; only the look-up of zones by name and the shared zones take it
    /// (``LibICal``, docs/agendas.md).
    public func read(text: String, file: String, person: String) -> AgendaImport {
        let size = text.utf8.count
        if size > AgendaGuard.maxFileBytes {
            return AgendaImport(findings: [tooLarge(file: file, person: person, size: size)])
        }
        var text = text
        let lines = EventLines(text: &text)
        // The content lines libical must not see (docs/agendas.md, "Bounded cost per agenda").
        let dropped = text.utf8.withContiguousStorageIfAvailable { AgendaGuard.screen($0) } ?? []
        let parsed =
            dropped.isEmpty
            ? text
            : text.utf8.withContiguousStorageIfAvailable {
                String(decoding: AgendaGuard.removing(dropped, from: $0), as: UTF8.self)
            } ?? text
        let guardFindings = dropped.map { d in
            Diagnostic(
                .icsSyntax, d.phrase, at: SourceLocation(file: file, line: d.line), subjects: [person],
                help: Phrase(
                    fr:
                        "aucun logiciel d'agenda n'écrit une telle ligne ; la corriger ou la retirer dans l'agenda source",
                    en: "no calendar program writes such a line; fix or remove it in the source calendar"))
        }
        let read: AgendaImport? = LibICal.concurrent {
            guard let tree = AgendaTree(parsing: parsed) else { return nil }
            var session = ReadSession(
                reader: self, file: file, person: person, lines: lines,
                // The blocks name the file's zones only when libical read the very text they were taken from.
                zoneBlocks: dropped.isEmpty ? lines.zoneBlocks : nil)
            session.read(tree)
            return AgendaImport(entries: session.entries, findings: session.findings, eventCount: session.eventCount)
        }
        guard var result = read else {
            return AgendaImport(
                findings: Diagnostic.sorted(
                    guardFindings + [
                        Diagnostic(
                            .icsSyntax,
                            Phrase(
                                fr: "\(file) n'est pas un fichier iCalendar (aucun calendrier n'a pu être lu)",
                                en: "\(file) is not an iCalendar file (no calendar could be read)"),
                            at: SourceLocation(file: file, line: 1), subjects: [person],
                            help: Phrase(
                                fr: "exporter à nouveau l'agenda en .ics (BEGIN:VCALENDAR … END:VCALENDAR)",
                                en: "export the agenda again as .ics (BEGIN:VCALENDAR … END:VCALENDAR)"))
                    ]))
        }
        // Every entry of one read points into `file`: the line and column order them after start and end.
        result.entries.sort {
            ($0.start.seconds, $0.end.seconds, $0.location.line, $0.location.column)
                < ($1.start.seconds, $1.end.seconds, $1.location.line, $1.location.column)
        }
        result.findings = Diagnostic.sorted(result.findings + guardFindings)
        return result
    }

    /// The finding for a file over ``AgendaGuard/maxFileBytes``.
    private func tooLarge(file: String, person: String, size: Int) -> Diagnostic {
        Diagnostic(
            .icsSyntax,
            Phrase(
                fr: "\(file) compte \(size) octets (au plus \(AgendaGuard.maxFileBytes)) : il n'est pas lu",
                en: "\(file) is \(size) bytes long (at most \(AgendaGuard.maxFileBytes)): it is not read"),
            at: SourceLocation(file: file, line: 1), subjects: [person],
            help: Phrase(
                fr: "découper l'agenda ou exporter une période plus courte",
                en: "split the agenda or export a shorter span of time"))
    }
}

/// The BEGIN:VEVENT lines of a file, with the UID written in each block: the only reading of the text
/// itself, to give entries a line (libical does not keep them). One pass over the UTF-8 bytes; the lines
/// themselves are only split when a rejected line must be located.
struct EventLines {
    struct Block {
        var line: Int
        var uid: String?
        var lastLine: Int
    }

    var blocks: [Block] = []
    /// The text, for locating rejected lines.
    let text: String
    /// The text of every BEGIN:VTIMEZONE … END:VTIMEZONE block of the file, one after the other, with the
    /// number of blocks: what a zone defined in the file is recognised by across files (``SharedZones``). Nil
    /// when the blocks cannot be told apart by their lines alone (nested, unclosed or stray).
    private(set) var zoneBlocks: (text: [UInt8], count: Int)?

    init(text: inout String) {
        var scan = Scan()
        let scanned: Void? = text.utf8.withContiguousStorageIfAvailable { Self.scan($0, into: &scan) }
        if scanned == nil {
            text.makeContiguousUTF8()
            _ = text.utf8.withContiguousStorageIfAvailable { Self.scan($0, into: &scan) }
        }
        self.blocks = scan.blocks
        self.text = text
        if scan.zonesReliable { zoneBlocks = (scan.zoneBytes, scan.zoneCount) }
    }

    /// What one pass over the bytes found.
    private struct Scan {
        var blocks: [Block] = []
        /// The bytes of the VTIMEZONE blocks, each from the start of its BEGIN line to the end of its END line.
        var zoneBytes: [UInt8] = []
        var zoneCount = 0
        var openZone: Int?
        var zonesReliable = true
    }

    /// The lines of the text (without their CR LF or LF), split on demand.
    func allLines() -> [Substring] {
        text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
    }

    private static let beginEvent = Array("BEGIN:VEVENT".utf8)
    private static let endEvent = Array("END:VEVENT".utf8)
    private static let beginZone = Array("BEGIN:VTIMEZONE".utf8)
    private static let endZone = Array("END:VTIMEZONE".utf8)

    /// Whether `bytes[from..<to]` is `word` (ASCII, case-insensitive).
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, _ word: [UInt8]) -> Bool {
        guard to - from == word.count else { return false }
        for k in 0..<word.count {
            let b = bytes[from + k]
            let w = word[k]
            let isLetter = w >= UInt8(ascii: "A") && w <= UInt8(ascii: "Z")
            if isLetter ? (b | 0x20) != (w | 0x20) : b != w { return false }
        }
        return true
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into scan: inout Scan) {
        let count = bytes.count
        var blocks: [Block] = []
        defer { scan.blocks = blocks }
        var current: Block?
        var lineNumber = 0
        var position = 0
        /// The end of the line starting at `from`, without its CR (and the start of the next line).
        func lineEnd(_ from: Int) -> (end: Int, next: Int) {
            let i = AgendaGuard.index(of: 0x0A, in: bytes, from: min(from, count), to: count)
            let next = i < count ? i + 1 : count + 1
            return (i > from && bytes[i - 1] == 0x0D ? i - 1 : i, next)
        }
        while position <= count {
            let (end, next) = lineEnd(position)
            lineNumber += 1
            let first = position < end ? bytes[position] | 0x20 : 0
            if first == UInt8(ascii: "b"), matches(bytes, position, end, beginEvent) {
                if let open = current { blocks.append(open) }
                current = Block(line: lineNumber, uid: nil, lastLine: lineNumber)
            } else if first == UInt8(ascii: "e"), current != nil, matches(bytes, position, end, endEvent) {
                current?.lastLine = lineNumber
                if let open = current { blocks.append(open) }
                current = nil
            } else if first == UInt8(ascii: "b"), matches(bytes, position, end, beginZone) {
                if scan.openZone != nil { scan.zonesReliable = false }
                scan.openZone = position
            } else if first == UInt8(ascii: "e"), matches(bytes, position, end, endZone) {
                if let open = scan.openZone {
                    scan.zoneBytes += UnsafeBufferPointer(rebasing: bytes[open..<min(next, count)])
                    scan.zoneCount += 1
                } else {
                    scan.zonesReliable = false
                }
                scan.openZone = nil
            } else if first == UInt8(ascii: "u"), current != nil, current?.uid == nil, end - position >= 4,
                bytes[position + 1] | 0x20 == UInt8(ascii: "i"), bytes[position + 2] | 0x20 == UInt8(ascii: "d"),
                bytes[position + 3] == UInt8(ascii: ":") || bytes[position + 3] == UInt8(ascii: ";")
            {
                // The value after the first colon, unfolded (continuation lines start with a space or a tab).
                var valueStart = position
                while valueStart < end, bytes[valueStart] != UInt8(ascii: ":") { valueStart += 1 }
                var value = Array(UnsafeBufferPointer(rebasing: bytes[min(valueStart + 1, end)..<end]))
                var after = next
                while after < count, bytes[after] == 0x20 || bytes[after] == 0x09 {
                    let (e, n) = lineEnd(after)
                    value += UnsafeBufferPointer(rebasing: bytes[(after + 1)..<max(after + 1, e)])
                    lineNumber += 1
                    after = n
                }
                current?.uid = String(decoding: value, as: UTF8.self)
                position = after
                continue
            }
            position = next
        }
        if let open = current { blocks.append(open) }
        if scan.openZone != nil { scan.zonesReliable = false }
    }
}

/// One pass over a parsed tree, on the thread that parsed it.
private struct ReadSession {
    let reader: AgendaReader
    let file: String
    let person: String
    let lines: EventLines
    /// The VTIMEZONE blocks of the text libical parsed (``EventLines/zoneBlocks``), when it is the file's own.
    let zoneBlocks: (text: [UInt8], count: Int)?

    var entries: [AgendaEntry] = []
    var findings: [Diagnostic] = []
    var eventCount = 0
    private var blockCursor = 0
    /// Zones by TZID and by the component the event sits in (each calendar of a file has its own VTIMEZONEs).
    private var zoneCache: [ZoneName: ZoneRef?] = [:]
    /// The last TZID looked up and its zone: an agenda's times are nearly all in one zone, and comparing two
    /// short strings costs far less than hashing one (a third of the look-up's time at 5,000 agendas).
    private var lastZone: (name: ZoneName, zone: ZoneRef?)?

    private struct ZoneName: Hashable {
        var tzid: String
        var scope: AgendaTree.Scope
    }
    private var unknownZones: Set<String> = []
    /// The lines of the text and the blocks by UID, made only when libical rejected a line.
    private var splitLines: [Substring]?
    private var blocksByUID: [String: EventLines.Block]?
    /// Floating times and dates already placed in `reader.floatingZone` (all-day events share their days).
    private var floatingInstants: [Int64: Instant] = [:]

    init(
        reader: AgendaReader, file: String, person: String, lines: EventLines,
        zoneBlocks: (text: [UInt8], count: Int)?
    ) {
        self.reader = reader
        self.file = file
        self.person = person
        self.lines = lines
        self.zoneBlocks = zoneBlocks
    }

    private typealias Time = AgendaTree.Time
    private typealias Duration = AgendaTree.Duration
    private typealias ZoneRef = AgendaTree.ZoneRef

    // MARK: Walking the tree

    /// An event of the file, with the line of its `BEGIN:VEVENT`.
    struct Event {
        var properties: AgendaTree.Event
        var line: Int
        var uid: String? { properties.uid }
    }

    mutating func read(_ tree: borrowing AgendaTree) {
        var events: [Event] = []
        collect(tree.top, into: &events)
        if tree.hasRejectedLines {
            splitLines = lines.allLines()
            var byUID: [String: EventLines.Block] = [:]
            for block in lines.blocks { if let uid = block.uid, byUID[uid] == nil { byUID[uid] = block } }
            blocksByUID = byUID
            collectErrors(tree.top, enclosingLine: 1)
        }
        if events.isEmpty {
            findings.append(
                Diagnostic(
                    .icsSyntax,
                    Phrase(fr: "\(file) ne contient aucun évènement (VEVENT)", en: "\(file) holds no event (VEVENT)"),
                    at: SourceLocation(file: file, line: 1),
                    subjects: [person]))
            return
        }
        eventCount = events.count
        entries.reserveCapacity(events.count)
        // Overrides (RECURRENCE-ID) by UID, and the masters they belong to.
        var overrides: [String: [(rid: Instant, event: Event)]] = [:]
        var masters: [Event] = []
        for event in events {
            if let rid = event.properties.recurrenceID {
                guard let ridInstant = instant(of: rid, event: event) else { continue }
                overrides[event.uid ?? "", default: []].append((ridInstant, event))
            } else {
                masters.append(event)
            }
        }
        for master in masters {
            let replaced = Set((overrides[master.uid ?? ""] ?? []).map(\.rid))
            expand(master, replacedOccurrences: master.uid == nil ? [] : replaced)
        }
        // An override stands for itself (its master's occurrence was skipped above), orphan or not.
        for event in overrides.values.flatMap({ $0.map(\.event) }) {
            expand(event, replacedOccurrences: [], single: true)
        }
    }

    private mutating func collect(_ node: AgendaTree.Node, into events: inout [Event]) {
        if node.isEvent {
            let properties = node.event
            events.append(Event(properties: properties, line: line(forEventWith: properties.uid)))
            return
        }
        for child in node.children { collect(child, into: &events) }
    }

    /// The line of the next BEGIN:VEVENT in file order, checked against the UID.
    private mutating func line(forEventWith uid: String?) -> Int {
        let blocks = lines.blocks
        guard blockCursor < blocks.count else { return blocks.last?.line ?? 1 }
        if let uid, blocks[blockCursor].uid != uid,
            let found = blocks[blockCursor...].firstIndex(where: { $0.uid == uid })
        {
            blockCursor = found + 1
            return blocks[found].line
        }
        blockCursor += 1
        return blocks[blockCursor - 1].line
    }

    /// Every X-LIC-ERROR in the tree, as an `ics-syntax` warning placed as near as the text allows.
    private mutating func collectErrors(_ node: AgendaTree.Node, enclosingLine: Int) {
        var blockLine = enclosingLine
        var block: EventLines.Block?
        if node.isEvent {
            block = node.uid.flatMap { blocksByUID?[$0] }
            if let block { blockLine = block.line }
        }
        for message in node.rejectedLines {
            let line = locate(message, in: block) ?? blockLine
            findings.append(
                Diagnostic(
                    .icsSyntax,
                    Phrase(
                        fr: "libical a rejeté une ligne : \(clean(message))",
                        en: "libical rejected a line: \(clean(message))"),
                    at: SourceLocation(file: file, line: line), subjects: [person],
                    help: Phrase(
                        fr: "le reste de l'agenda est lu ; corriger ou retirer la ligne dans l'agenda source",
                        en: "the rest of the agenda is still read; fix or remove the line in the source calendar")))
        }
        for child in node.children { collectErrors(child, enclosingLine: blockLine) }
    }

    /// The line holding the text libical quotes at the end of its message, searched inside the event's
    /// block (or the whole file).
    private func locate(_ message: String, in block: EventLines.Block?) -> Int? {
        guard let colon = message.range(of: ": ", options: .backwards) else { return nil }
        let quoted = message[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard quoted.count >= 3 else { return nil }
        guard let all = splitLines else { return nil }
        let range = block.map { min($0.line - 1, all.count)..<min($0.lastLine, all.count) } ?? 0..<all.count
        for i in range where all[i].contains(quoted) { return i + 1 }
        return nil
    }

    private func clean(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200))
    }

    // MARK: Time

    /// The zone a TZID names: a Windows name through CLDR, the file's VTIMEZONE, then libical's built-ins.
    private mutating func zone(named tzid: String, event: Event) -> ZoneRef? {
        let name = ZoneName(tzid: tzid, scope: event.properties.scope)
        if let lastZone, lastZone.name == name { return lastZone.zone }
        if let cached = zoneCache[name] {
            lastZone = (name, cached)
            return cached
        }
        var found: ZoneRef?
        if let iana = WindowsZones.iana(for: tzid) {
            found = ZoneRef.builtin(iana)
        }
        if found == nil {
            // The same definition read from an earlier file: its transitions are already worked out.
            if let (zone, siblings) = event.properties.definedZone(tzid) {
                // The text of the file's VTIMEZONE blocks names the definition when they are all the
                // siblings it was found among (same blocks in the same order: libical finds the same one).
                if let zoneBlocks, zoneBlocks.count == siblings {
                    found = zone.shared(key: SharedZones.key(tzid: tzid, blocks: zoneBlocks.text))
                } else {
                    found = zone.shared(key: nil)
                }
            }
        }
        if found == nil { found = ZoneRef.builtin(tzid) }
        if found == nil { found = ZoneRef.builtin(tzid: tzid) }
        if found == nil {
            // Vendor prefixes such as "/mozilla.org/20050126_1/Europe/Paris": try the trailing IANA name.
            let parts = tzid.split(separator: "/").map(String.init)
            for n in [3, 2] where found == nil && parts.count > n {
                found = ZoneRef.builtin(parts.suffix(n).joined(separator: "/"))
            }
        }
        zoneCache[name] = found
        lastZone = (name, found)
        return found
    }

    /// The zone a time read from a property is in: nil for floating times and dates.
    private mutating func zone(for value: AgendaTree.PropertyTime, event: Event) -> ZoneRef? {
        let time = value.time
        if time.isDate { return nil }
        if time.isUTC { return ZoneRef.utc }
        if let tzid = value.tzid {
            if let z = zone(named: tzid, event: event) { return z }
            if !unknownZones.contains(tzid) {
                unknownZones.insert(tzid)
                findings.append(
                    Diagnostic(
                        .icsSyntax,
                        Phrase(
                            fr:
                                "fuseau horaire « \(clean(tzid)) » inconnu : ses heures sont lues en \(reader.floatingZone)",
                            en: "unknown time zone \"\(clean(tzid))\": its times are read in \(reader.floatingZone)"),
                        at: SourceLocation(file: file, line: event.line), subjects: [person],
                        help: Phrase(
                            fr: "ajouter le VTIMEZONE du fuseau au calendrier ou utiliser un nom IANA",
                            en: "add the zone's VTIMEZONE to the calendar or use an IANA name")))
            }
            return nil
        }
        return time.attachedZone
    }

    private mutating func instant(of time: Time, in zone: ZoneRef?) -> Instant? {
        guard !time.isNull, time.isValid else { return nil }
        if let zone { return time.instant(in: zone) }
        guard (1...12).contains(time.month), time.day >= 1,
            time.day <= LocalDate.daysIn(month: time.month, year: time.year)
        else { return nil }
        let date = LocalDate(year: time.year, month: time.month, day: time.day)
        let clock =
            time.isDate
            ? LocalTime(hour: 0, minute: 0)
            : LocalTime(hour: min(23, max(0, time.hour)), minute: min(59, max(0, time.minute)))
        let second = time.isDate ? 0 : min(59, max(0, time.second))
        let local = LocalDateTime(date: date, time: clock, second: second)
        if let known = floatingInstants[local.naiveSeconds] { return known }
        let resolved = reader.floatingZone.resolve(local).instant
        floatingInstants[local.naiveSeconds] = resolved
        return resolved
    }

    private mutating func instant(of value: AgendaTree.PropertyTime, event: Event) -> Instant? {
        instant(of: value.time, in: zone(for: value, event: event))
    }

    // MARK: Events and occurrences

    private enum Length {
        case exact(Int64)
        case nominal(Duration)
    }

    private mutating func expand(_ event: Event, replacedOccurrences: Set<Instant>, single: Bool = false) {
        let props = event.properties
        if props.isCancelled { return }
        let location = SourceLocation(file: file, line: event.line)
        // Read only for what is kept or reported: most events of an agenda fall outside the window.
        lazy var summary = props.summary
        guard let startValue = props.start else {
            if !props.hasRejectedLine {
                findings.append(
                    Diagnostic(
                        .icsSyntax,
                        Phrase(
                            fr: "l'évènement « \(clean(summary)) » n'a pas de DTSTART et est ignoré",
                            en: "event \"\(clean(summary))\" has no DTSTART and is ignored"), at: location,
                        subjects: [person]))
            }
            return
        }
        let start = startValue.time
        let startZone = zone(for: startValue, event: event)
        guard let startInstant = instant(of: start, in: startZone) else {
            findings.append(
                Diagnostic(
                    .icsSyntax,
                    Phrase(
                        fr: "l'évènement « \(clean(summary)) » a un DTSTART illisible",
                        en: "event \"\(clean(summary))\" has a DTSTART that cannot be read"), at: location,
                    subjects: [person]))
            return
        }
        let allDay = start.isDate
        let busy = allDay ? props.transparency == .opaque : props.transparency != .transparent

        // The length of each occurrence.
        var length = Length.exact(0)
        if let endValue = props.end {
            if let endInstant = instant(of: endValue, event: event), endInstant >= startInstant {
                length = .exact(endInstant.seconds - startInstant.seconds)
            } else {
                findings.append(
                    Diagnostic(
                        .icsSyntax,
                        Phrase(
                            fr: "l'évènement « \(clean(summary)) » finit avant de commencer ; lu comme un instant",
                            en: "event \"\(clean(summary))\" ends before it starts; read as a point in time"),
                        at: location, subjects: [person]))
            }
        } else if let d = props.duration {
            if !d.isNegative { length = .nominal(d) }
        } else if allDay {
            length = .nominal(.oneDay)
        }

        func end(of occurrence: Time, at instant: Instant, zone: ZoneRef?) -> Instant {
            switch length {
            case .exact(let s): return instant.adding(seconds: s)
            case .nominal(let d):
                return self.instant(of: occurrence.adding(d), in: zone) ?? instant.adding(seconds: d.seconds)
            }
        }

        var made = 0
        var seen: Set<Instant> = []
        func emit(_ occurrence: Time, _ at: Instant, _ zone: ZoneRef?, once: Bool = false) -> Bool {
            if !once {
                guard seen.insert(at).inserted else { return true }
            }
            if replacedOccurrences.contains(at) { return true }
            let stop = end(of: occurrence, at: at, zone: zone)
            let meets = at == stop ? (reader.from <= at && at < reader.to) : (at < reader.to && stop > reader.from)
            if meets {
                entries.append(
                    AgendaEntry(
                        person: person, start: at, end: stop, summary: summary, allDay: allDay, busy: busy,
                        location: location))
                made += 1
            }
            return made < reader.maxOccurrences
        }

        let rrules = single ? [] : props.rrules
        let rdates = single ? [] : props.rdates
        if rrules.isEmpty && rdates.isEmpty {
            _ = emit(start, startInstant, startZone, once: true)
            return
        }

        // Excluded dates and times.
        var excludedInstants: Set<Instant> = []
        var excludedDates: Set<LocalDate> = []
        for p in props.exdates {
            let t = p.time
            if t.isDate {
                excludedDates.insert(LocalDate(year: t.year, month: t.month, day: t.day))
            } else if let i = instant(of: p, event: event) {
                excludedInstants.insert(i)
            }
        }
        func excluded(_ t: Time, _ i: Instant) -> Bool {
            if excludedInstants.contains(i) { return true }
            return !excludedDates.isEmpty && excludedDates.contains(LocalDate(year: t.year, month: t.month, day: t.day))
        }

        var occurrences: [(Time, Instant, ZoneRef?)] = []
        if !excluded(start, startInstant) { occurrences.append((start, startInstant, startZone)) }
        for p in rdates {
            let z = zone(for: p, event: event)
            if let i = instant(of: p.time, in: z), !excluded(p.time, i) { occurrences.append((p.time, i, z)) }
        }
        for rule in rrules {
            // The iterator compares each occurrence with UNTIL (a UTC time when DTSTART has a zone) through
            // the occurrence's own zone: without it the local wall time is read as UTC, and an occurrence
            // falling exactly on UNTIL (inclusive, RFC 5545 §3.3.10) is dropped east of Greenwich.
            let zonedStart = startZone.map { start.isDate ? start : start.marked($0) } ?? start
            guard var iterator = rule.occurrences(from: zonedStart) else {
                findings.append(
                    Diagnostic(
                        .icsSyntax,
                        Phrase(
                            fr: "l'évènement « \(clean(summary)) » a une règle de récurrence que libical ne sait pas "
                                + "développer",
                            en: "event \"\(clean(summary))\" has a recurrence rule libical cannot expand"),
                        at: location, subjects: [person]))
                continue
            }
            var steps = 0
            var kept = 0
            while steps < reader.maxIterations, kept < reader.maxOccurrences {
                steps += 1
                guard let t = iterator.next() else { break }
                guard let i = instant(of: t, in: startZone) else { break }
                if i >= reader.to { break }
                if excluded(t, i) { continue }
                occurrences.append((t, i, startZone))
                if end(of: t, at: i, zone: startZone) > reader.from { kept += 1 }
            }
        }
        occurrences.sort { $0.1 < $1.1 }
        for (t, i, z) in occurrences {
            if i >= reader.to { break }
            if !emit(t, i, z) { break }
        }
    }
}
