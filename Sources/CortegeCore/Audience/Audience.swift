/// Who reads an export (docs/audiences.md §4), and what each may see.
public enum Audience: Hashable, Sendable, CustomStringConvertible {
    /// The visit as the principal lives it.
    case principal
    /// The items one person attends and the transfers they ride.
    case person(String)
    /// The whole programme; confidential items as busy blocks; no escort.
    case staff
    /// Everything, escort plan included.
    case security
    /// Open and pool items after `announce`.
    case press
    /// What the press advisory (*avis aux médias*) announces: open items after `announce`.
    case `public`

    /// Reads `principal`, `staff`, `security`, `press`, `public` or `person:<id>`.
    public init?(text: String) {
        switch text {
        case "principal": self = .principal
        case "staff": self = .staff
        case "security": self = .security
        case "press": self = .press
        case "public": self = .public
        default:
            guard text.hasPrefix("person:") else { return nil }
            let id = String(text.dropFirst("person:".count))
            guard !id.isEmpty else { return nil }
            self = .person(id)
        }
    }

    public var description: String {
        switch self {
        case .principal: "principal"
        case .person(let id): "person:\(id)"
        case .staff: "staff"
        case .security: "security"
        case .press: "press"
        case .public: "public"
        }
    }

    /// The audience names a command line accepts.
    public static let names = ["principal", "person:<id>", "staff", "security", "press", "public"]

    /// The press and the public learn of the visit at `announce`, not before (the embargo).
    public var isEmbargoed: Bool { self == .press || self == .public }

    /// Phone numbers reach only those who work the visit from the inside.
    var seesPhones: Bool {
        switch self {
        case .principal, .security, .person: true
        case .staff, .press, .public: false
        }
    }

    /// Items' working notes.
    var seesNotes: Bool { !isEmbargoed }

    /// Units, routes, hand-overs, duty spans, zones.
    public var seesEscort: Bool { self == .security }

    /// Conflict findings and the motorcade order are printed for those who organise the visit: the principal's
    /// office, staff and security.
    public var seesConflicts: Bool {
        switch self {
        case .principal, .staff, .security: true
        case .person, .press, .public: false
        }
    }
}
