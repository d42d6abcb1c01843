import CortegeCore

/// The language of the printed programme: French by default, English on request (`--lang en`).
public enum ProgrammeLanguage: String, Sendable, CaseIterable {
    case fr, en
}

/// Every word the programme prints, in its language. Dates and times are formatted here by hand, so the output
/// does not depend on the locales installed on the machine.
struct ProgrammeText {
    let language: ProgrammeLanguage

    private func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    // MARK: Dates and times

    static let frenchMonths = [
        "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
        "novembre", "décembre",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    static let frenchWeekdays = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    static let englishWeekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// `vendredi 4 décembre 2026`, `Friday 4 December 2026`.
    func longDate(_ d: LocalDate) -> String {
        let weekday = (language == .fr ? Self.frenchWeekdays : Self.englishWeekdays)[d.isoWeekday - 1]
        let month = (language == .fr ? Self.frenchMonths : Self.englishMonths)[d.month - 1]
        let day = language == .fr && d.day == 1 ? "1er" : String(d.day)
        return "\(weekday) \(day) \(month) \(d.year)"
    }

    /// `04/12/2026`, `2026-12-04`.
    func shortDate(_ d: LocalDate) -> String {
        language == .fr
            ? "\(pad(d.day))/\(pad(d.month))/\(d.year)" : d.description
    }

    /// `09h10`, `09:10`.
    func time(_ t: LocalTime) -> String {
        language == .fr ? "\(pad(t.hour))h\(pad(t.minute))" : t.description
    }

    /// `04/12/2026 à 17h00`, `2026-12-04 at 17:00`.
    func dateTime(_ dt: LocalDateTime) -> String {
        "\(shortDate(dt.date)) \(pick("à", "at")) \(time(dt.time))"
    }

    /// `1 h 30`, `45 min`.
    func duration(_ minutes: Int) -> String {
        let m = max(0, minutes)
        if m < 60 { return "\(m) min" }
        return m % 60 == 0 ? "\(m / 60) h" : "\(m / 60) h \(pad(m % 60))"
    }

    private func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    // MARK: Words

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
    var busy: String { pick("Séquence réservée", "Reserved slot") }
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

    func days(_ n: Int) -> String {
        language == .fr ? (n > 1 ? "\(n) jours" : "1 jour") : (n > 1 ? "\(n) days" : "1 day")
    }

    func status(_ s: VisitStatus) -> String {
        switch s {
        case .draft: pick("Projet", "Draft")
        case .tentative: pick("Provisoire", "Tentative")
        case .confirmed: pick("Confirmé", "Confirmed")
        case .cancelled: pick("Annulé", "Cancelled")
        }
    }

    func kind(_ k: VisitKind) -> String {
        switch k {
        case .ministerial: pick("Visite ministérielle", "Ministerial visit")
        case .prefect: pick("Déplacement du préfet", "Prefect's trip")
        case .elected: pick("Déplacement d'élu", "Elected official's trip")
        case .other: pick("Déplacement", "Visit")
        }
    }

    func press(_ p: PressAccess) -> String {
        switch p {
        case .open: pick("Presse ouverte", "Open press")
        case .pool: pick("Pool presse", "Press pool")
        case .closed: pick("Huis clos", "Closed to press")
        }
    }

    func mode(_ m: TransferMode) -> String {
        switch m {
        case .car: pick("en voiture", "by car")
        case .foot: pick("à pied", "on foot")
        case .helicopter: pick("en hélicoptère", "by helicopter")
        case .plane: pick("en avion", "by plane")
        case .boat: pick("en bateau", "by boat")
        }
    }

    func transfer(_ m: TransferMode) -> String { pick("Transfert", "Transfer") + " " + mode(m) }

    func force(_ f: Force) -> String {
        switch f {
        case .police: pick("police", "police")
        case .gendarmerie: pick("gendarmerie", "gendarmerie")
        }
    }

    func seating(_ s: SeatingStyle) -> String {
        switch s {
        case .aLaFrancaise: pick("à la française", "French style")
        case .aLAnglaise: pick("à l'anglaise", "English style")
        }
    }

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

    /// The classification printed on every page, by audience.
    func classification(_ reader: ProgrammeReader) -> String {
        switch reader {
        case .security: pick("Diffusion restreinte — sécurité", "Restricted — security")
        case .principal: pick("Confidentiel — cabinet", "Confidential — principal's office")
        case .person(let name): pick("Personnel — \(name)", "Personal — \(name)")
        case .staff: pick("Usage interne — services", "Internal — staff")
        case .press: pick("Presse — diffusable", "Press — for release")
        case .public: pick("Public — diffusable", "Public — for release")
        }
    }

    /// The readers' name in the header.
    func audience(_ reader: ProgrammeReader) -> String {
        switch reader {
        case .security: pick("Version sécurité", "Security version")
        case .principal: pick("Version de l'autorité", "Principal's version")
        case .person(let name): pick("Version de \(name)", "Version for \(name)")
        case .staff: pick("Version services", "Staff version")
        case .press: pick("Version presse", "Press version")
        case .public: pick("Version publique", "Public version")
        }
    }
}
