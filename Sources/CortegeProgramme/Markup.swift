/// Escaping for markup written outside the programme (the feeds' dashboard, CalDAV request bodies): the same rules
/// as the programme's attribute values, so every page and XML body Cortège writes escapes alike.
public enum Markup {
    /// `&`, `<`, `>`, both quotes and line breaks escaped; characters XML 1.0 forbids replaced.
    public static func escaped(_ text: String) -> String { HTMLWriter.escapeAttribute(text) }
}
