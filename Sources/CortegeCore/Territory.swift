/// A French territory by its INSEE code: its time zone and which precedence list applies.
public struct Territory: Hashable, Sendable {
    public let code: String
    public let name: String
    public let zoneIdentifier: String

    public var zone: Zone? { Zone(zoneIdentifier) }

    /// Overseas territories by INSEE code (docs/protocol.md §6); every other département is in metropolitan France.
    static let overseas: [String: (String, String)] = [
        "971": ("Guadeloupe", "America/Guadeloupe"),
        "972": ("Martinique", "America/Martinique"),
        "973": ("Guyane", "America/Cayenne"),
        "974": ("La Réunion", "Indian/Reunion"),
        "975": ("Saint-Pierre-et-Miquelon", "America/Miquelon"),
        "976": ("Mayotte", "Indian/Mayotte"),
        "977": ("Saint-Barthélemy", "America/St_Barthelemy"),
        "978": ("Saint-Martin", "America/Marigot"),
        "986": ("Wallis-et-Futuna", "Pacific/Wallis"),
        "987": ("Polynésie française", "Pacific/Tahiti"),
        "988": ("Nouvelle-Calédonie", "Pacific/Noumea"),
    ]

    /// Nil when the code is neither a metropolitan département (01–95, 2A, 2B) nor a known overseas territory.
    public init?(code: String) {
        self.code = code
        if let (name, zone) = Self.overseas[code] {
            self.name = name
            self.zoneIdentifier = zone
            return
        }
        let metropolitan =
            code == "2A" || code == "2B"
            || (code.count == 2 && Int(code).map { (1...95).contains($0) && $0 != 20 } == true)
        guard metropolitan, let name = Self.metropolitan[code] else { return nil }
        self.name = name
        self.zoneIdentifier = "Europe/Paris"
    }

    /// The name followed by the code, as a protocol office writes it: « Finistère (29) », « Guadeloupe (971) ».
    public var nameAndCode: String { "\(name) (\(code))" }

    /// Every overseas code known, for suggestions.
    public static var knownCodes: [String] {
        Array(overseas.keys).sorted() + (1...95).filter { $0 != 20 }.map { String(format: "%02d", $0) } + ["2A", "2B"]
    }
}
