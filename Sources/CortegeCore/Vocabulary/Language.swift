/// The languages Cortège writes in: French by default, English on request (`--lang en`). One value serves the
/// calendars (docs/ical-export.md) and the printed programme; its words are in `Vocabulary`.
public enum Language: String, Hashable, Sendable, CaseIterable {
    case fr, en
}
