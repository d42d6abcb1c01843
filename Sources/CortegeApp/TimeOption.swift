import CortegeCore
import Foundation

/// A date-time given on the command line (`--now`, `--dtstamp`) that is not ISO 8601.
public struct TimeOptionError: Error, Equatable, CustomStringConvertible {
    /// The option, e.g. `--now`.
    public var option: String
    /// The text given.
    public var text: String

    public init(option: String, text: String) {
        self.option = option
        self.text = text
    }

    /// What is wrong, in French and in English.
    public var phrase: Phrase {
        Phrase(
            fr: "\(option) « \(text) » n’est pas une date et heure ISO 8601 (par exemple 2026-12-03T18:30)",
            en: "\(option) \"\(text)\" is not an ISO 8601 date-time (e.g. 2026-12-03T18:30)")
    }

    public var description: String { CommandResult.errorLine(phrase, .en) }

    /// The message on standard error in `language`, and exit status 2.
    public func result(_ language: Language) -> CommandResult { .failure(phrase, language, status: 2) }
}

/// Reading the times a command is given.
public enum TimeOption {
    /// An ISO 8601 date-time, local to the visit when it has no offset; nil when the option was not given.
    public static func read(_ text: String?, option: String, zone: Zone) -> Result<Instant?, TimeOptionError> {
        guard let text else { return .success(nil) }
        guard let parsed = Instant(iso: text, zone: zone) else {
            return .failure(TimeOptionError(option: option, text: text))
        }
        return .success(parsed)
    }

    /// `--now` as given, else the clock.
    public static func now(_ text: String?, zone: Zone) -> Result<Instant, TimeOptionError> {
        read(text, option: "--now", zone: zone).map { $0 ?? clock() }
    }

    /// `--now` read in the zone of `plan`, else the clock; a text that is not a date-time stops the command with
    /// an error line in `language`.
    public static func now(_ text: String?, of plan: Plan, language: Language) throws(CommandStop) -> Instant {
        try now(text, zone: plan.visit.zone).mapError { CommandStop($0.result(language)) }.get()
    }

    /// `--dtstamp` read in the zone of `plan`; a text that is not a date-time stops the command with an error line
    /// in `language`.
    public static func dtstamp(_ text: String?, of plan: Plan, language: Language) throws(CommandStop) -> Instant? {
        try read(text, option: "--dtstamp", zone: plan.visit.zone).mapError { CommandStop($0.result(language)) }.get()
    }

    /// The clock, to the second.
    public static func clock() -> Instant { Instant(seconds: Int64(Date().timeIntervalSince1970.rounded(.down))) }
}
