/// Articles for French running text: « Trajet vers le monument aux morts », « Déplacement de la sous-préfète »
/// (docs/plan-format.md §7, venue names).
extension Vocabulary {
    /// The common nouns a venue's name may begin with, by gender (`m`, `f`) or number (`p`, plural); a name that
    /// begins with anything else (a proper name: « Brest Arena ») takes no article.
    static let venueNouns: [String: Character] = [
        "aéroport": "m", "aérodrome": "m", "atelier": "m", "auditorium": "m", "base": "f", "bibliothèque": "f",
        "brigade": "f", "bâtiment": "m", "campus": "m", "camp": "m", "caserne": "f", "cathédrale": "f",
        "centre": "m", "chambre": "f", "chapelle": "f", "château": "m", "cimetière": "m", "cité": "f",
        "collège": "m", "commissariat": "m", "conseil": "m", "crèche": "f", "domaine": "m", "école": "f",
        "église": "f", "entreprise": "f", "esplanade": "f", "espace": "m", "exploitation": "f", "ferme": "f",
        "foyer": "m", "gare": "f", "gendarmerie": "f", "groupement": "m", "gymnase": "m", "halle": "f",
        "halles": "p", "hippodrome": "m", "hôpital": "m", "hôtel": "m", "institut": "m",
        "jardin": "m", "lycée": "m", "mairie": "f", "maison": "f", "marché": "m", "mémorial": "m",
        "médiathèque": "f", "monument": "m", "moulin": "m", "musée": "m", "palais": "m", "parc": "m",
        "parvis": "m", "place": "f", "plateforme": "f", "pont": "m", "port": "m", "préfecture": "f", "pôle": "m",
        "quai": "m", "résidence": "f", "restaurant": "m", "salle": "f", "siège": "m", "site": "m", "stade": "m",
        "station": "f", "sous-préfecture": "f", "théâtre": "m", "tribunal": "m", "université": "f", "usine": "f",
        "zone": "f",
    ]

    /// `place` after a preposition that takes an article: « le monument aux morts », « l'hôtel de ville »,
    /// « la mairie de Brest »; unchanged when it already begins with an article or with a proper name.
    public static func withArticle(_ place: String) -> String {
        let lower = place.lowercased()
        for article in ["le ", "la ", "les ", "l'", "l’", "au ", "aux "] where lower.hasPrefix(article) {
            return place
        }
        let firstWord = String(lower.prefix { $0 != " " && $0 != "," })
        guard let gender = venueNouns[firstWord] else { return place }
        let common = lower.prefix(1) + place.dropFirst()
        let mute = ["hôtel", "hôpital", "hippodrome"].contains(firstWord)
        if let first = firstWord.first, "aàâeéèêëiîïoôuùûy".contains(first) || mute, gender != "p" {
            return "l'" + common
        }
        switch gender {
        case "m": return "le " + common
        case "f": return "la " + common
        default: return "les " + common
        }
    }

    /// A transfer by where it goes: `Trajet vers le monument aux morts`, `Transfer to Monument aux morts`.
    public func transfer(to place: String) -> String {
        pick("Trajet vers \(Self.withArticle(place))", "Transfer to \(place)")
    }
}
