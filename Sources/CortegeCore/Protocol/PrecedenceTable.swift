/// Lists of precedence (*ordre des préséances*) as data, versioned by date of entry into force.
///
/// Each list of décret n° 89-655 lives in its own file (`PrecedenceTable+Article3.swift`, …) as a Swift literal;
/// the list in force on a visit's date is chosen by `PrecedenceTable.inForce(territory:on:)`.

/// A place in a list of precedence. Lower sorts first (1 is the highest authority).
///
/// `number` is the rank printed; `step` orders people printed with one number (negative: placed just before the
/// list's own holders of that rank, as the host of a local ceremony; positive: right after them, as the EPCI
/// president after the host mayor); `within` is an order inside the rank set elsewhere (the Government's order).
public struct Rank: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var number: Int
    public var step: Int
    public var within: Int

    public init(_ number: Int, step: Int = 0, within: Int = 0) {
        self.number = number
        self.step = step
        self.within = within
    }

    public static func < (lhs: Rank, rhs: Rank) -> Bool {
        (lhs.number, lhs.step, lhs.within) < (rhs.number, rhs.step, rhs.within)
    }

    /// `7`, or `7½` for a place right after the holders of rank 7.
    public var description: String { step > 0 ? "\(number)½" : "\(number)" }
}

/// For whom a function speaks at a ceremony (art. 19: one voice for the State).
public enum Voice: String, Hashable, Sendable {
    /// The President of the Republic, the Prime Minister, the ministers.
    case government
    /// The préfet and the prefectoral corps: the representative of the State.
    case state
    /// An elected official who speaks for his assembly or commune.
    case elected
    /// Does not speak by default (magistrates, officers, services, municipal councillors, personalities).
    case none
}

/// One line of a list: a rank, the function codes that hold it, and its wording.
public struct PrecedenceEntry: Hashable, Sendable {
    /// Where a rank holds.
    public enum Scope: Hashable, Sendable {
        case everywhere
        /// Only for the holders of the commune where the item takes place (the host mayor, its councillors).
        case hostCommune
        /// Only in these territories (INSEE codes), e.g. the Concordat in Alsace-Moselle.
        case territories([String])
    }

    public var rank: Rank
    public var codes: [FunctionCode]
    /// The authority, in plain words, in French and English, as printed after the rank (« maire de la commune
    /// d'accueil », "mayor of the host commune"): written with the line, so that no line lacks its French.
    public var labelPhrase: Phrase
    public var scope: Scope

    /// The authority in English.
    public var label: String { labelPhrase.en }

    public init(_ number: Int, step: Int = 0, _ codes: [FunctionCode], _ label: Phrase, scope: Scope = .everywhere) {
        self.rank = Rank(number, step: step)
        self.codes = codes
        self.labelPhrase = label
        self.scope = scope
    }
}

/// One list of precedence of décret n° 89-655, as worded from a date.
public struct PrecedenceTable: Hashable, Sendable, Identifiable {
    /// Which list of the décret this is; versions of one list share it.
    public enum List: String, Hashable, Sendable {
        /// Art. 3: every département except Paris, Saint-Pierre-et-Miquelon, Mayotte.
        case article3 = "art. 3"
        /// Art. 2: Paris.
        case paris = "art. 2"
    }

    public var id: String
    public var list: List
    /// The list and its wording, in French and English (the date it applies from is `inForce`).
    public var titlePhrase: Phrase
    /// The title in English.
    public var title: String { titlePhrase.en }
    /// First day this wording applies.
    public var inForce: LocalDate
    /// The code of the representative of the State in this list (rank of art. 11, 9 and 17).
    public var stateRepresentative: FunctionCode
    public var entries: [PrecedenceEntry]

    public init(
        id: String, list: List, title: Phrase, inForce: LocalDate, stateRepresentative: FunctionCode,
        entries: [PrecedenceEntry]
    ) {
        self.id = id
        self.list = list
        self.titlePhrase = title
        self.inForce = inForce
        self.stateRepresentative = stateRepresentative
        self.entries = entries
    }

    /// The entry holding `code`, if the list ranks it.
    public func entry(for code: FunctionCode) -> PrecedenceEntry? { entries.first { $0.codes.contains(code) } }

    /// Every function code this list ranks.
    public var codes: [FunctionCode] { entries.flatMap(\.codes) }

    /// The rank of the representative of the State.
    public var stateRank: Rank { entry(for: stateRepresentative)?.rank ?? Rank(1) }

    /// Every version of every list, oldest first within a list.
    public static let all: [PrecedenceTable] = [.article3Pre2010, .article3From2010, .article3, .paris]

    /// What applies in a territory on a date.
    public enum Choice: Hashable, Sendable {
        case table(PrecedenceTable)
        /// No list is implemented there; the text says which list would apply.
        case unavailable(Phrase)

        public var table: PrecedenceTable? {
            if case .table(let t) = self { return t }
            return nil
        }
    }

    /// Territories with a list of their own that Cortège does not implement (art. 4–6).
    public static let unimplemented: [String: Phrase] = [
        "986": Phrase(
            fr: "Wallis-et-Futuna a sa propre liste de préséance (décret 89-655 art. 6), non mise en œuvre",
            en: "Wallis-et-Futuna has its own list of precedence (décret 89-655 art. 6), not implemented"),
        "987": Phrase(
            fr: "la Polynésie française a sa propre liste de préséance (décret 89-655 art. 5), non mise en œuvre",
            en: "Polynésie française has its own list of precedence (décret 89-655 art. 5), not implemented"),
        "988": Phrase(
            fr: "la Nouvelle-Calédonie a sa propre liste de préséance (décret 89-655 art. 4), non mise en œuvre",
            en: "Nouvelle-Calédonie has its own list of precedence (décret 89-655 art. 4), not implemented"),
    ]

    /// The list in force in `territory` (INSEE code) on `date`: Paris (75) art. 2; elsewhere art. 3 in the wording
    /// of that date; the collectivités of the Pacific are not implemented.
    public static func inForce(territory: String, on date: LocalDate) -> Choice {
        if let reason = unimplemented[territory] { return .unavailable(reason) }
        let list: List = territory == "75" ? .paris : .article3
        let versions = all.filter { $0.list == list }.sorted { $0.inForce < $1.inForce }
        guard let first = versions.first else {
            return .unavailable(
                Phrase(
                    fr: "aucune liste de préséance pour \(territory)", en: "no list of precedence for \(territory)"))
        }
        // Before the oldest version known, the oldest is the best available reading.
        return .table(versions.last { $0.inForce <= date } ?? first)
    }
}
