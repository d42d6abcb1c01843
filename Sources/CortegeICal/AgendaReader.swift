import CLibical
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

    public init(from: Instant, to: Instant, floatingZone: Zone, maxOccurrences: Int = 10_000,
        maxIterations: Int = 500_000)
    {
        self.from = from
        self.to = to
        self.floatingZone = floatingZone
        self.maxOccurrences = maxOccurrences
        self.maxIterations = maxIterations
    }

    /// Reads the file at `path` as the agenda of `person`. The file name in locations is `path` as given.
    public func read(path: String, person: String) -> AgendaImport {
        guard let data = FileManager.default.contents(atPath: path) else {
            return AgendaImport(findings: [
                Diagnostic(.icsSyntax, "cannot read agenda file \(path)", at: SourceLocation(file: path, line: 1),
                    subjects: [person])
            ])
        }
        return read(text: String(decoding: data, as: UTF8.self), file: path, person: person)
    }

    /// Reads iCalendar `text` as the agenda of `person`; `file` names it in locations.
    public func read(text: String, file: String, person: String) -> AgendaImport {
        let lines = EventLines(text: text)
        guard let root = ICalComponent.parse(text) else {
            return AgendaImport(findings: [
                Diagnostic(.icsSyntax, "\(file) is not an iCalendar file (no calendar could be read)",
                    at: SourceLocation(file: file, line: 1), subjects: [person],
                    help: "export the agenda again as .ics (BEGIN:VCALENDAR … END:VCALENDAR)")
            ])
        }
        return LibICal.locked {
            var session = ReadSession(reader: self, file: file, person: person, lines: lines)
            session.read(root: root.pointer)
            withExtendedLifetime(root) {}
            return session.result()
        }
    }
}

/// The BEGIN:VEVENT lines of a file, with the UID written in each block: the only reading of the text
/// itself, to give entries a line (libical does not keep them).
struct EventLines {
    struct Block {
        var line: Int
        var uid: String?
        var lastLine: Int
    }

    var blocks: [Block] = []
    var lines: [Substring] = []

    init(text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        var current: Block?
        var index = 0
        while index < lines.count {
            let raw = lines[index]
            let upper = raw.uppercased()
            if upper == "BEGIN:VEVENT" {
                if let open = current { blocks.append(open) }
                current = Block(line: index + 1, uid: nil, lastLine: index + 1)
            } else if upper == "END:VEVENT", var open = current {
                open.lastLine = index + 1
                blocks.append(open)
                current = nil
            } else if current != nil, current?.uid == nil, upper.hasPrefix("UID:") || upper.hasPrefix("UID;") {
                var value = raw.drop(while: { $0 != ":" }).dropFirst()
                var next = index + 1
                var unfolded = String(value)
                while next < lines.count, let first = lines[next].first, first == " " || first == "\t" {
                    unfolded += lines[next].dropFirst()
                    next += 1
                }
                value = Substring(unfolded)
                current?.uid = String(value)
            }
            index += 1
        }
        if let open = current { blocks.append(open) }
    }
}

/// One pass over a parsed tree. Lives only while the libical lock is held.
private struct ReadSession {
    let reader: AgendaReader
    let file: String
    let person: String
    let lines: EventLines

    var entries: [AgendaEntry] = []
    var findings: [Diagnostic] = []
    var eventCount = 0
    private var blockCursor = 0
    private var zoneCache: [String: OpaquePointer?] = [:]
    private var unknownZones: Set<String> = []

    init(reader: AgendaReader, file: String, person: String, lines: EventLines) {
        self.reader = reader
        self.file = file
        self.person = person
        self.lines = lines
    }

    func result() -> AgendaImport {
        let sorted = entries.sorted { ($0.start, $0.end, $0.location) < ($1.start, $1.end, $1.location) }
        return AgendaImport(entries: sorted, findings: Diagnostic.sorted(findings), eventCount: eventCount)
    }

    // MARK: Walking the tree

    /// An event component with what the reading needs.
    struct Event {
        var component: OpaquePointer
        var line: Int
        var uid: String?
    }

    mutating func read(root: OpaquePointer) {
        var events: [Event] = []
        collect(root, into: &events)
        collectErrors(root, enclosingLine: 1)
        if events.isEmpty {
            findings.append(
                Diagnostic(.icsSyntax, "\(file) holds no event (VEVENT)", at: SourceLocation(file: file, line: 1),
                    subjects: [person]))
            return
        }
        eventCount = events.count
        // Overrides (RECURRENCE-ID) by UID, and the masters they belong to.
        var overrides: [String: [(rid: Instant, event: Event)]] = [:]
        var masters: [Event] = []
        for event in events {
            if let rid = icalcomponent_get_first_property(event.component, ICAL_RECURRENCEID_PROPERTY) {
                guard let ridInstant = instant(of: icalproperty_get_recurrenceid(rid), property: rid, event: event)
                else { continue }
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

    private mutating func collect(_ component: OpaquePointer, into events: inout [Event]) {
        let kind = icalcomponent_isa(component)
        if kind == ICAL_VEVENT_COMPONENT {
            let uid = icalcomponent_get_uid(component).map { String(cString: $0) }
            events.append(Event(component: component, line: line(forEventWith: uid), uid: uid))
            return
        }
        var children: [OpaquePointer] = []
        var c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let child = c {
            children.append(child)
            c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        for child in children { collect(child, into: &events) }
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
    private mutating func collectErrors(_ component: OpaquePointer, enclosingLine: Int) {
        var blockLine = enclosingLine
        var block: EventLines.Block?
        if icalcomponent_isa(component) == ICAL_VEVENT_COMPONENT {
            let uid = icalcomponent_get_uid(component).map { String(cString: $0) }
            block = lines.blocks.first(where: { uid != nil && $0.uid == uid }) ?? nil
            if let block { blockLine = block.line }
        }
        var p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY)
        var messages: [String] = []
        while let prop = p {
            messages.append(icalproperty_get_xlicerror(prop).map { String(cString: $0) } ?? "rejected line")
            p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY)
        }
        for message in messages {
            let line = locate(message, in: block) ?? blockLine
            findings.append(
                Diagnostic(.icsSyntax, "libical rejected a line: \(clean(message))",
                    at: SourceLocation(file: file, line: line), subjects: [person],
                    help: "the rest of the agenda is still read; fix or remove the line in the source calendar"))
        }
        var children: [OpaquePointer] = []
        var c = icalcomponent_get_first_component(component, ICAL_ANY_COMPONENT)
        while let child = c {
            children.append(child)
            c = icalcomponent_get_next_component(component, ICAL_ANY_COMPONENT)
        }
        for child in children { collectErrors(child, enclosingLine: blockLine) }
    }

    /// The line holding the text libical quotes at the end of its message, searched inside the event's
    /// block (or the whole file).
    private func locate(_ message: String, in block: EventLines.Block?) -> Int? {
        guard let colon = message.range(of: ": ", options: .backwards) else { return nil }
        let quoted = message[colon.upperBound...].trimmingCharacters(in: .whitespaces)
        guard quoted.count >= 3 else { return nil }
        let range = block.map { ($0.line - 1)..<min($0.lastLine, lines.lines.count) } ?? 0..<lines.lines.count
        for i in range where lines.lines[i].contains(quoted) { return i + 1 }
        return nil
    }

    private func clean(_ s: String) -> String {
        String(s.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(200))
    }

    // MARK: Time

    /// The zone a TZID names: a Windows name through CLDR, the file's VTIMEZONE, then libical's built-ins.
    private mutating func zone(named tzid: String, event: Event) -> OpaquePointer? {
        if let cached = zoneCache[tzid] { return cached }
        var found: OpaquePointer?
        if let iana = WindowsZones.iana(for: tzid) {
            found = builtin(iana)
        }
        if found == nil {
            var c: OpaquePointer? = event.component
            while let comp = c, found == nil {
                found = tzid.withCString { icalcomponent_get_timezone(comp, $0) }
                c = icalcomponent_get_parent(comp)
            }
        }
        if found == nil { found = builtin(tzid) }
        if found == nil {
            found = tzid.withCString { icaltimezone_get_builtin_timezone_from_tzid($0) }
        }
        if found == nil {
            // Vendor prefixes such as "/mozilla.org/20050126_1/Europe/Paris": try the trailing IANA name.
            let parts = tzid.split(separator: "/").map(String.init)
            for n in [3, 2] where found == nil && parts.count > n {
                found = builtin(parts.suffix(n).joined(separator: "/"))
            }
        }
        zoneCache[tzid] = found
        return found
    }

    private func builtin(_ location: String) -> OpaquePointer? {
        guard !location.isEmpty, location.utf8.count < 200 else { return nil }
        if location == "UTC" || location == "Etc/UTC" || location == "GMT" { return icaltimezone_get_utc_timezone() }
        return location.withCString { icaltimezone_get_builtin_timezone($0) }
    }

    private func tzid(of property: OpaquePointer) -> String? {
        guard let param = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER),
            let text = icalparameter_get_tzid(param)
        else { return nil }
        return String(cString: text)
    }

    /// The zone a time of `property` is in: nil for floating times and dates.
    private mutating func zone(for time: icaltimetype, property: OpaquePointer, event: Event) -> OpaquePointer? {
        if time.is_date != 0 { return nil }
        if icaltime_is_utc(time) != 0 { return icaltimezone_get_utc_timezone() }
        if let tzid = tzid(of: property) {
            if let z = zone(named: tzid, event: event) { return z }
            if !unknownZones.contains(tzid) {
                unknownZones.insert(tzid)
                findings.append(
                    Diagnostic(.icsSyntax,
                        "unknown time zone \"\(clean(tzid))\": its times are read in \(reader.floatingZone)",
                        at: SourceLocation(file: file, line: event.line), subjects: [person],
                        help: "add the zone's VTIMEZONE to the calendar or use an IANA name"))
            }
            return nil
        }
        return time.zone
    }

    private func instant(of time: icaltimetype, in zone: OpaquePointer?) -> Instant? {
        guard icaltime_is_null_time(time) == 0, icaltime_is_valid_time(time) != 0 else { return nil }
        if let zone {
            var t = time
            t.zone = zone
            return Instant(seconds: Int64(icaltime_as_timet_with_zone(t, zone)))
        }
        guard (1...12).contains(Int(time.month)), time.day >= 1,
            Int(time.day) <= LocalDate.daysIn(month: Int(time.month), year: Int(time.year))
        else { return nil }
        let date = LocalDate(year: Int(time.year), month: Int(time.month), day: Int(time.day))
        let clock =
            time.is_date != 0
            ? LocalTime(hour: 0, minute: 0)
            : LocalTime(hour: min(23, max(0, Int(time.hour))), minute: min(59, max(0, Int(time.minute))))
        let second = time.is_date != 0 ? 0 : min(59, max(0, Int(time.second)))
        return reader.floatingZone.resolve(LocalDateTime(date: date, time: clock, second: second)).instant
    }

    private mutating func instant(of time: icaltimetype, property: OpaquePointer, event: Event) -> Instant? {
        instant(of: time, in: zone(for: time, property: property, event: event))
    }

    // MARK: Events and occurrences

    private enum Length {
        case exact(Int64)
        case nominal(icaldurationtype)
    }

    private mutating func expand(_ event: Event, replacedOccurrences: Set<Instant>, single: Bool = false) {
        let c = event.component
        let location = SourceLocation(file: file, line: event.line)
        let summary = icalcomponent_get_summary(c).map { String(cString: $0) } ?? ""
        if let status = icalcomponent_get_first_property(c, ICAL_STATUS_PROPERTY),
            icalproperty_get_status(status) == ICAL_STATUS_CANCELLED
        {
            return
        }
        let transp = icalcomponent_get_first_property(c, ICAL_TRANSP_PROPERTY).map { icalproperty_get_transp($0) }
        guard let startProp = icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY) else {
            if icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY) == nil {
                findings.append(
                    Diagnostic(.icsSyntax, "event \"\(clean(summary))\" has no DTSTART and is ignored", at: location,
                        subjects: [person]))
            }
            return
        }
        let start = icalproperty_get_dtstart(startProp)
        let startZone = zone(for: start, property: startProp, event: event)
        guard let startInstant = instant(of: start, in: startZone) else {
            findings.append(
                Diagnostic(.icsSyntax, "event \"\(clean(summary))\" has a DTSTART that cannot be read", at: location,
                    subjects: [person]))
            return
        }
        let allDay = start.is_date != 0
        let busy = allDay ? transp == ICAL_TRANSP_OPAQUE : transp != ICAL_TRANSP_TRANSPARENT

        // The length of each occurrence.
        var length = Length.exact(0)
        if let endProp = icalcomponent_get_first_property(c, ICAL_DTEND_PROPERTY) {
            let end = icalproperty_get_dtend(endProp)
            if let endInstant = instant(of: end, property: endProp, event: event), endInstant >= startInstant {
                length = .exact(endInstant.seconds - startInstant.seconds)
            } else {
                findings.append(
                    Diagnostic(.icsSyntax, "event \"\(clean(summary))\" ends before it starts; read as a point in time",
                        at: location, subjects: [person]))
            }
        } else if let durProp = icalcomponent_get_first_property(c, ICAL_DURATION_PROPERTY) {
            let d = icalproperty_get_duration(durProp)
            if d.is_neg == 0 { length = .nominal(d) }
        } else if allDay {
            var oneDay = icaldurationtype_null_duration()
            oneDay.days = 1
            length = .nominal(oneDay)
        }

        func end(of occurrence: icaltimetype, at instant: Instant, zone: OpaquePointer?) -> Instant {
            switch length {
            case .exact(let s): return instant.adding(seconds: s)
            case .nominal(let d):
                let later = icaltime_add(occurrence, d)
                return self.instant(of: later, in: zone) ?? instant.adding(seconds: Int64(icaldurationtype_as_int(d)))
            }
        }

        var made = 0
        var seen: Set<Instant> = []
        func emit(_ occurrence: icaltimetype, _ at: Instant, _ zone: OpaquePointer?) -> Bool {
            guard !seen.contains(at) else { return true }
            seen.insert(at)
            if replacedOccurrences.contains(at) { return true }
            let stop = end(of: occurrence, at: at, zone: zone)
            let meets = at == stop ? (reader.from <= at && at < reader.to) : (at < reader.to && stop > reader.from)
            if meets {
                entries.append(
                    AgendaEntry(person: person, start: at, end: stop, summary: summary, allDay: allDay, busy: busy,
                        location: location))
                made += 1
            }
            return made < reader.maxOccurrences
        }

        let rrules = single ? [] : properties(c, ICAL_RRULE_PROPERTY)
        let rdates = single ? [] : properties(c, ICAL_RDATE_PROPERTY)
        if rrules.isEmpty && rdates.isEmpty {
            _ = emit(start, startInstant, startZone)
            return
        }

        // Excluded dates and times.
        var excludedInstants: Set<Instant> = []
        var excludedDates: Set<LocalDate> = []
        for p in properties(c, ICAL_EXDATE_PROPERTY) {
            let t = icalproperty_get_exdate(p)
            if t.is_date != 0 {
                excludedDates.insert(LocalDate(year: Int(t.year), month: Int(t.month), day: Int(t.day)))
            } else if let i = instant(of: t, property: p, event: event) {
                excludedInstants.insert(i)
            }
        }
        func excluded(_ t: icaltimetype, _ i: Instant) -> Bool {
            if excludedInstants.contains(i) { return true }
            return !excludedDates.isEmpty
                && excludedDates.contains(LocalDate(year: Int(t.year), month: Int(t.month), day: Int(t.day)))
        }

        var occurrences: [(icaltimetype, Instant, OpaquePointer?)] = []
        if !excluded(start, startInstant) { occurrences.append((start, startInstant, startZone)) }
        for p in rdates {
            let r = icalproperty_get_rdate(p)
            let t = icaltime_is_null_time(r.time) == 0 ? r.time : r.period.start
            let z = zone(for: t, property: p, event: event)
            if let i = instant(of: t, in: z), !excluded(t, i) { occurrences.append((t, i, z)) }
        }
        for p in rrules {
            let rule = icalproperty_get_rrule(p)
            guard rule.freq != ICAL_NO_RECURRENCE, let iterator = icalrecur_iterator_new(rule, start) else {
                findings.append(
                    Diagnostic(.icsSyntax, "event \"\(clean(summary))\" has a recurrence rule libical cannot expand",
                        at: location, subjects: [person]))
                continue
            }
            defer { icalrecur_iterator_free(iterator) }
            var steps = 0
            var kept = 0
            while steps < reader.maxIterations, kept < reader.maxOccurrences {
                steps += 1
                let t = icalrecur_iterator_next(iterator)
                if icaltime_is_null_time(t) != 0 { break }
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

    private func properties(_ c: OpaquePointer, _ kind: icalproperty_kind) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var p = icalcomponent_get_first_property(c, kind)
        while let prop = p {
            result.append(prop)
            p = icalcomponent_get_next_property(c, kind)
        }
        return result
    }
}
