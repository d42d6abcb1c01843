/// A `function` code of plan files (docs/protocol.md): the office a person holds, and what the rules ask of it,
/// answered here once (is it a préfet, does it speak for the State, is it an elected mandate, a staff role…).
///
/// The known codes are listed in ``article3`` and ``others``; the loader rejects any other code with a
/// `plan-schema` finding. A code is a value (not a closed enum) so that a plan read with such a finding still
/// keeps what was written.
public struct FunctionCode: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    /// The code as written in plan files.
    public var description: String { rawValue }

    public static func < (lhs: FunctionCode, rhs: FunctionCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

// MARK: - Codes the rules name

extension FunctionCode {
    public static let prefect: FunctionCode = "prefect"
    /// The préfet of the region; in Paris (art. 2), the préfet de la région Île-de-France, préfet de Paris.
    public static let regionalPrefect: FunctionCode = "regional-prefect"
    public static let subPrefect: FunctionCode = "sub-prefect"
    public static let presidentOfTheRepublic: FunctionCode = "president-of-the-republic"
    public static let primeMinister: FunctionCode = "prime-minister"
    public static let minister: FunctionCode = "minister"
    public static let ambassador: FunctionCode = "ambassador"
    public static let mayor: FunctionCode = "mayor"
    public static let mayorOfParis: FunctionCode = "mayor-of-paris"
    public static let deputyMayor: FunctionCode = "deputy-mayor"
    public static let councilVicePresident: FunctionCode = "council-vice-president"
    public static let personality: FunctionCode = "personality"
    public static let closeProtection: FunctionCode = "close-protection"
}

// MARK: - The vocabulary

extension FunctionCode {
    /// Codes that have a rank in the art. 3 list (départements).
    public static let article3: [FunctionCode] = [
        "prefect", "deputy", "senator", "mep", "regional-president", "departmental-president", "mayor",
        "epci-president", "regional-commander", "appeal-court-head", "forces-commander", "order-dignitary",
        "ceser-president", "tribunal-head", "regional-councillor", "departmental-councillor", "ceser-member", "rector",
        "concordat-religious-head", "security-prefect", "sub-prefect", "secretary-general", "cabinet-director",
        "general-officer", "state-service-head", "gendarmerie-commander", "university-head", "region-dgs",
        "department-dgs", "municipal-councillor", "municipal-secretary-general", "commercial-court-president",
        "labour-court-president", "rural-lease-court-president", "chamber-president", "bar-president", "town-clerk",
    ]

    /// Codes outside the art. 3 table.
    public static let others: [FunctionCode] = [
        "president-of-the-republic", "prime-minister", "minister", "ambassador", "deputy-mayor",
        "council-vice-president", "personality",
        // Paris (art. 2)
        "senate-president", "assembly-president", "former-president-of-the-republic", "former-prime-minister",
        "constitutional-council-president", "conseil-etat-vice-president", "cese-president", "defenseur-des-droits",
        "cassation-head", "cour-des-comptes-head", "legion-honneur-grand-chancellor", "liberation-chancellor",
        "chief-of-defence-staff", "regional-prefect", "police-prefect", "mayor-of-paris",
        // staff roles that a plan may name (unranked)
        "staff", "close-protection", "driver", "press-officer", "interpreter",
    ]

    /// Every code a plan may write.
    public static let all: Set<FunctionCode> = Set(article3 + others)

    /// Members of the Government and the heads of the executive (rule 1 of docs/protocol.md §3).
    static let government: Set<FunctionCode> = [.presidentOfTheRepublic, .primeMinister, .minister]

    /// The prefectoral corps: who may speak for the State.
    static let state: Set<FunctionCode> = [
        "prefect", "sub-prefect", "security-prefect", "secretary-general", "cabinet-director", "regional-prefect",
        "police-prefect",
    ]

    /// Elected officials who speak for their assembly or commune.
    static let speakingElected: Set<FunctionCode> = [
        "deputy", "senator", "mep", "regional-president", "departmental-president", "mayor", "epci-president",
        "regional-councillor", "departmental-councillor", "senate-president", "assembly-president", "mayor-of-paris",
    ]

    /// Elected mandates: seniority (`first-elected`) breaks ties between them (rule 7).
    static let elected: Set<FunctionCode> = speakingElected.union([
        "municipal-councillor", "deputy-mayor", "council-vice-president",
    ])

    /// Staff of a visit: in the motorcade, never in a list of precedence.
    static let staffRoles: Set<FunctionCode> = ["staff", "close-protection", "driver", "press-officer", "interpreter"]

    /// Staff roles that ride in the staff car (drivers drive; close protection has its own car).
    static let staffCar: Set<FunctionCode> = ["staff", "press-officer", "interpreter"]
}

// MARK: - What the rules ask of a code

extension FunctionCode {
    /// Whether plan files may write this code.
    public var isKnown: Bool { Self.all.contains(self) }

    /// The préfet: of the département (`prefect`) or of the region (`regional-prefect`, who in Paris is the
    /// préfet de Paris). He welcomes a minister, rides with him, and keeps out of public view in a reserve
    /// period.
    public var isPrefect: Bool { self == .prefect || self == .regionalPrefect }

    /// A member of the Government, or its head, or the head of State.
    public var isGovernment: Bool { Self.government.contains(self) }

    /// A member of the prefectoral corps: a voice of the State.
    public var representsState: Bool { Self.state.contains(self) }

    /// An elected mandate (seniority breaks ties between holders).
    public var isElected: Bool { Self.elected.contains(self) }

    /// A staff role: in the motorcade, in no list of precedence.
    public var isStaffRole: Bool { Self.staffRoles.contains(self) }

    /// A staff role that rides in the staff car.
    public var ridesInStaffCar: Bool { Self.staffCar.contains(self) }

    /// Whose voice the code carries at a ceremony (art. 19).
    public var voice: Voice {
        if isGovernment { return .government }
        if representsState { return .state }
        if Self.speakingElected.contains(self) { return .elected }
        return .none
    }
}

extension Person {
    /// True when one of the person's functions is a préfet's (``FunctionCode/isPrefect``).
    public var isPrefect: Bool { functions.contains { $0.isPrefect } }
}
