/// The words of an exported calendar (docs/ical-export.md).
extension Vocabulary {
    /// The summary of a confidential item shown as a busy block.
    public var busy: String { pick("Occupé", "Busy") }

    /// How the press is admitted, as a line of an event's description: `Presse : ouverte`, `Press: open`.
    public func pressLine(_ access: PressAccess) -> String {
        switch access {
        case .open: pick("Presse : ouverte", "Press: open")
        case .pool: pick("Presse : pool", "Press: pool")
        case .closed: pick("Presse : huis clos", "Press: closed")
        }
    }

    /// When journalists must be in place: `Mise en place de la presse à 08:45`.
    public func pressPositioning(_ time: LocalTime) -> String {
        pick("Mise en place de la presse à \(time)", "Press in place by \(time)")
    }

    /// The name of a calendar: the visit's title and its audience's label.
    public func calendarName(visit: String, audience: String) -> String { "\(visit) — \(audience)" }

    /// The description of an alarm.
    public var reminder: String { pick("Rappel", "Reminder") }
}
