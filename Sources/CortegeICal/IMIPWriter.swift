import CortegeCore

/// The iCalendar parts of the messages of `cortege notify` (RFC 6047 iMIP, RFC 5546 iTIP; docs/diff-notify.md),
/// written through libical like every export.
///
/// The events are those of the person's calendar (`ExportCalendar(view:)` of their `person:<id>` view), so they carry
/// the UIDs of the exports and feeds. Their SEQUENCE comes from the export update rule of ``CalendarWriter``: the
/// new calendar is rendered against `previousExport`, the text of the export the person holds, and each event the
/// writer finds added, changed or gone is sent: added and changed ones in a `METHOD:REQUEST` part (SEQUENCE of the
/// previous export + 1 for a changed one), gone ones and those of a cancelled visit in a `METHOD:CANCEL` part
/// (`STATUS:CANCELLED`, SEQUENCE + 1).
/// The visit's parent event is not sent. ORGANIZER is the cabinet; ATTENDEE is the person alone; alarms are dropped.
public struct IMIPParts: Sendable, Equatable {
    /// `METHOD:REQUEST` text, nil when nothing was added or changed.
    public var request: String?
    /// `METHOD:CANCEL` text, nil when nothing was removed.
    public var cancel: String?
    /// The UIDs sent, with their SEQUENCE.
    public var sequences: [String: Int]
}

extension CalendarWriter {
    /// The iMIP parts updating `previousExport` to `calendar` for one attendee; nil parts when there is no
    /// organizer (iTIP requires one).
    public func imip(
        _ calendar: ExportCalendar, previousExport: String, organizer: ExportEvent.Attendee?,
        attendee: ExportEvent.Attendee, parentUID: String
    ) throws -> IMIPParts {
        var parts = IMIPParts(request: nil, cancel: nil, sequences: [:])
        guard let organizer else { return parts }
        let (text, changes) = try render(calendar, previous: previousExport)
        guard let root = ICalComponent.parse(text) else { return parts }
        root.stripErrors()
        let cal = root.kind == .calendar ? root : (root.children(.calendar).first ?? root)
        let zone = cal.children(.timezone).first
        var requested: [ICalComponent] = []
        var cancelled: [ICalComponent] = []
        let sent = Set(changes.added + changes.changed)
        let gone = Set(changes.cancelled)
        for event in cal.children(.event) {
            guard let uid = event.uid, uid != parentUID else { continue }
            guard sent.contains(uid) || gone.contains(uid) else { continue }
            let copy = event.clone()
            for alarm in copy.children(.alarm) { copy.remove(alarm) }
            copy.removeAll(like: .attendee(uri: "", name: nil, role: .required))
            copy.removeAll(like: .organizer(uri: "", name: nil))
            copy.add(.organizer(uri: organizer.uri, name: organizer.name))
            copy.add(.attendee(uri: attendee.uri, name: attendee.name, role: attendee.role))
            parts.sequences[uid] = copy.sequence
            // An event gone, or cancelled with its visit (STATUS:CANCELLED), is cancelled (RFC 5546 §3.2.5).
            if gone.contains(uid) || copy.isCancelled { cancelled.append(copy) } else { requested.append(copy) }
        }
        func part(_ events: [ICalComponent], method: ICalProperty) -> String? {
            guard !events.isEmpty else { return nil }
            let out = ICalComponent(kind: .calendar)
            out.add(.version)
            out.add(.productID(productID))
            out.add(.calendarScale)
            out.add(method)
            if let zone { out.add(zone.clone()) }
            for e in events { out.add(e) }
            return out.serialized()
        }
        parts.request = part(requested, method: .methodRequest)
        parts.cancel = part(cancelled, method: .methodCancel)
        return parts
    }
}
