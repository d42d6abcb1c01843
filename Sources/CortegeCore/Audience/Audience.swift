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
    /// One escort unit: its own legs, posts, hand-overs, repositionings and duty span (docs/audiences.md §4).
    case unit(String)

    /// Reads `principal`, `staff`, `security`, `press`, `public` or `person:<id>`.
    public init?(text: String) {
        switch text {
        case "principal": self = .principal
        case "staff": self = .staff
        case "security": self = .security
        case "press": self = .press
        case "public": self = .public
        default:
            for (prefix, make) in [("person:", Audience.person), ("unit:", Audience.unit)] where text.hasPrefix(prefix)
            {
                let id = String(text.dropFirst(prefix.count))
                guard !id.isEmpty else { return nil }
                self = make(id)
                return
            }
            return nil
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
        case .unit(let id): "unit:\(id)"
        }
    }

    /// The audience names a command line accepts.
    public static let names = ["principal", "person:<id>", "staff", "security", "press", "public", "unit:<id>"]

    /// The press and the public learn of the visit at `announce`, not before (the embargo).
    public var isEmbargoed: Bool { self == .press || self == .public }

    /// Phone numbers reach only those who work the visit from the inside.
    var seesPhones: Bool {
        switch self {
        case .principal, .security, .person: true
        // A unit sees its own contact only (`AudienceView.build`), no other phone.
        case .staff, .press, .public, .unit: false
        }
    }

    /// Items' working notes.
    var seesNotes: Bool {
        if case .unit = self { return false }
        return !isEmbargoed
    }

    /// Units, routes, hand-overs, duty spans, zones (a unit: its own legs only).
    public var seesEscort: Bool {
        if case .unit = self { return true }
        return self == .security
    }

    /// Conflict findings and the motorcade order are printed for those who organise the visit: the principal's
    /// office, staff and security.
    public var seesConflicts: Bool {
        switch self {
        case .principal, .staff, .security: true
        case .person, .press, .public, .unit: false
        }
    }
}
