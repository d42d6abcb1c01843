import CortegeCore

/// The cabinet's documents (docs/documents.md): what `cortege document KIND` writes, and who may read each.
public enum DocumentKind: String, Sendable, CaseIterable {
    /// One invited person's convocation: the items they attend, when and where to be in place.
    case convocation
    /// The contact sheet (*fiche contacts*): principal, préfet, staff, escort units, venues.
    case contacts
    /// The press advisory (*avis aux médias*).
    case pressAdvisory = "press-advisory"
    /// The ceremony run-sheet (*déroulé*), minute by minute.
    case runSheet = "run-sheet"

    /// The audience a document is written for when the command line names none.
    public func defaultAudience(person: String?) -> Audience? {
        switch self {
        case .convocation: person.map { .person($0) }
        case .contacts: .security
        case .pressAdvisory: .press
        case .runSheet: .staff
        }
    }

    /// Whether this document may be written for `audience` (docs/documents.md, "Qui reçoit quoi"): a convocation
    /// goes to one person, the contact sheet (phones of everyone, escort units) to the principal's office and to
    /// security only, the press advisory to the press, the run-sheet to those who run the ceremony.
    public func allows(_ audience: Audience) -> Bool {
        switch (self, audience) {
        case (.convocation, .person): true
        case (.contacts, .principal), (.contacts, .security): true
        case (.pressAdvisory, .press): true
        case (.runSheet, .principal), (.runSheet, .staff), (.runSheet, .security): true
        default: false
        }
    }

    /// The audiences `allows` accepts, as written on the command line.
    public var audienceNames: [String] {
        switch self {
        case .convocation: ["person:<id>"]
        case .contacts: ["principal", "security"]
        case .pressAdvisory: ["press"]
        case .runSheet: ["principal", "staff", "security"]
        }
    }
}
