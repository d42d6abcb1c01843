import CortegeCore

/// The words only the printed programme uses: its headings, the labels of its timeline and diagrams. The words it
/// shares with the calendars (dates, kinds, press access, transfers, audiences) are in CortegeCore's `Vocabulary`.
extension Vocabulary {
    var programme: String { pick("Programme", "Programme") }
    var draftMark: String { pick("PROJET", "DRAFT") }
    var timeline: String { pick("Chronologie de la journée", "The day at a glance") }
    var participants: String { pick("Participants", "Participants") }
    var welcome: String { pick("Accueil", "Welcome line") }
    var lineup: String { pick("Alignement (vu de face)", "Line-up (seen from the front)") }
    var speeches: String { pick("Prises de parole", "Speeches") }
    var wreaths: String { pick("Dépôts de gerbe", "Wreath laying") }
    var seating: String { pick("Plan de table", "Seating plan") }
    var notes: String { pick("Observations", "Notes") }
    var reservedSlot: String { pick("Séquence réservée", "Reserved slot") }
    var busyLane: String { pick("Réservé", "Reserved") }
    var pressLane: String { pick("Presse", "Press") }
    var conflictsLane: String { pick("Alertes", "Alerts") }
    var conflicts: String { pick("Conflits relevés", "Conflicts found") }
    var escort: String { pick("Escorte", "Escort") }
    var inPlace: String { pick("en place", "in place") }
    var handOver: String { pick("Relève", "Hand-over") }
    var route: String { pick("Itinéraire", "Route") }
    var riders: String { pick("À bord", "Riding") }
    var revision: String { pick("Révision du", "Revision of") }
    var noRevision: String { pick("Révision non datée", "Undated revision") }
    var generated: String { pick("édité le", "generated on") }
    var page: String { pick("Page", "Page") }
    var pressPositioning: String { pick("presse en place à", "press in place at") }
    var nothingToShow: String {
        pick("Aucune séquence à communiquer pour ce public.", "Nothing to show to this audience.")
    }
    var legendItem: String { pick("séquence", "item") }
    var legendTransfer: String { pick("transfert", "transfer") }
    var legendPress: String { pick("mise en place presse", "press positioning") }
    var legendConflict: String { pick("conflit", "conflict") }
    var legendLead: String { pick("mise en place escorte", "escort in place") }
    var organizer: String { pick("Organisation", "Organised by") }
    var timezone: String { pick("Heures locales", "Local times") }
    var motorcade: String { pick("Ordre du cortège", "Motorcade order") }
    var seatHost: String { pick("hôte", "host") }
    var aisle: String { pick("allée", "aisle") }
    var front: String { pick("public", "audience") }

    func motorcadeRole(_ role: String) -> String {
        switch role {
        case "lead-escort": pick("Escorte de tête", "Lead escort")
        case "principal": pick("Voiture de l'autorité", "Principal's car")
        case "close-protection": pick("Protection rapprochée", "Close protection")
        case "authorities": pick("Autorités", "Authorities")
        case "staff": pick("Collaborateurs", "Staff")
        case "press": pick("Presse", "Press")
        case "tail-escort": pick("Escorte de queue", "Tail escort")
        default: role
        }
    }
}
