import CortegeCore
import Foundation

/// The export history of one visit, kept beside its plan (docs/ical-export.md, "The export journal").
///
/// For every calendar ever exported (keyed `<file stem>.<language>`: `principal.fr`, `person-maire.en`), the
/// events as last written, cancelled ones included, each with its SEQUENCE and DTSTAMP: an export into any
/// folder starts from it, so a SEQUENCE never goes down and equal content gives equal bytes even when the
/// output folder was lost.
///
/// The file is iCalendar read and written through libical: one VCALENDAR per calendar, carrying
/// `X-CORTEGE-JOURNAL:1` (the format), `X-CORTEGE-VISIT`, `X-CORTEGE-CALENDAR` (the key),
/// `X-CORTEGE-STATE` (`active`, or `dropped` once a calendar nobody attends any more was written all cancelled
/// and then removed), `NAME`, what `cortege publish` put on each server (`ExportJournal+Servers.swift`), and its
/// VEVENTs as written (no VTIMEZONE: their TZID is the plain IANA name).
public struct ExportJournal: Sendable, Equatable {
    /// The format written in `X-CORTEGE-JOURNAL`.
    public static let format = "1"

    /// One calendar's history.
    public struct Calendar: Sendable, Equatable {
        /// The calendar's display name, to write it once more when its owner left the visit.
        public var name: String
        /// Written all cancelled, then removed from the output: nothing more is written for it.
        public var dropped: Bool
        /// Each event as last written (VEVENT text), by UID.
        public var events: [String: String]
        /// What `cortege publish` put on each CalDAV server, by server URL (``ServerRecord``).
        public var servers: [String: ServerRecord]

        public init(
            name: String, dropped: Bool = false, events: [String: String] = [:],
            servers: [String: ServerRecord] = [:]
        ) {
            self.name = name
            self.dropped = dropped
            self.events = events
            self.servers = servers
        }
    }

    public var visit: String
    /// By key (`principal.fr`).
    public var calendars: [String: Calendar]

    public init(visit: String, calendars: [String: Calendar] = [:]) {
        self.visit = visit
        self.calendars = calendars
    }

    /// The key of a calendar: its file stem and its language.
    public static func key(stem: String, language: Language) -> String { "\(stem).\(language.rawValue)" }

    /// A journal that cannot be read.
    public struct ReadError: Error, Equatable, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }

    /// Reads a journal's text (through libical).
    ///
    /// - Throws: ``ReadError`` when the text holds no journal calendar, a calendar has no key, or the format
    ///   is not ``format``.
    public static func read(_ text: String) throws(ReadError) -> ExportJournal {
        guard let root = ICalComponent.parse(text) else { throw ReadError(message: "not an export journal") }
        root.stripErrors()
        let parts = root.kind == .calendar ? [root] : root.children(.calendar)
        guard !parts.isEmpty else { throw ReadError(message: "not an export journal: no VCALENDAR") }
        var journal = ExportJournal(visit: "")
        for part in parts {
            guard let format = part.extendedValue("X-CORTEGE-JOURNAL") else {
                throw ReadError(message: "not an export journal: no X-CORTEGE-JOURNAL")
            }
            guard format == Self.format else {
                throw ReadError(message: "export journal format \(format), this version reads format \(Self.format)")
            }
            guard let key = part.extendedValue("X-CORTEGE-CALENDAR"), !key.isEmpty else {
                throw ReadError(message: "a calendar of the export journal has no X-CORTEGE-CALENDAR")
            }
            journal.visit = part.extendedValue("X-CORTEGE-VISIT") ?? journal.visit
            var events: [String: String] = [:]
            for event in part.children(.event) {
                guard let uid = event.uid else { continue }
                events[uid] = event.serialized()
            }
            journal.calendars[key] = Calendar(
                name: part.calendarName ?? key, dropped: part.extendedValue("X-CORTEGE-STATE") == "dropped",
                events: events,
                servers: servers(
                    collections: part.extendedValues(collectionProperty), objects: part.extendedValues(objectProperty)))
        }
        return journal
    }

    /// The journal's text: its calendars by key, their events by UID, every byte through libical.
    public func serialized(productID: String = "-//Prefecture//Cortege 1.0//FR") -> String {
        var text = ""
        for (key, calendar) in calendars.sorted(by: { $0.key < $1.key }) {
            let cal = ICalComponent(kind: .calendar)
            cal.add(.version)
            cal.add(.productID(productID))
            cal.add(.extended(name: "X-CORTEGE-JOURNAL", value: Self.format))
            cal.add(.extended(name: "X-CORTEGE-VISIT", value: visit))
            cal.add(.extended(name: "X-CORTEGE-CALENDAR", value: key))
            cal.add(.extended(name: "X-CORTEGE-STATE", value: calendar.dropped ? "dropped" : "active"))
            cal.add(.calendarName(calendar.name))
            for (name, value) in Self.serverLines(calendar.servers) { cal.add(.extended(name: name, value: value)) }
            for (_, event) in calendar.events.sorted(by: { $0.key < $1.key }) {
                guard let parsed = ICalComponent.parse(event) else { continue }
                parsed.stripErrors()
                let events = parsed.kind == .event ? [parsed] : parsed.children(.event).map { $0.clone() }
                for e in events { cal.add(e) }
            }
            text += cal.serialized()
        }
        return text
    }
}
