/// The words of a visit and its programme (docs/plan-format.md): kinds, status, press access, transfers, forces.
extension Vocabulary {
    /// What a visit is.
    public func visitKind(_ k: VisitKind) -> String {
        switch k {
        case .ministerial: pick("Visite ministérielle", "Ministerial visit")
        case .prefect: pick("Déplacement du préfet", "Prefect's trip")
        case .elected: pick("Déplacement d'élu", "Elected official's trip")
        case .other: pick("Déplacement", "Visit")
        }
    }

    /// Where the preparation of a visit stands.
    public func status(_ s: VisitStatus) -> String {
        switch s {
        case .draft: pick("Projet", "Draft")
        case .tentative: pick("Provisoire", "Tentative")
        case .confirmed: pick("Confirmé", "Confirmed")
        case .cancelled: pick("Annulé", "Cancelled")
        }
    }

    /// What an item is (a calendar event's category).
    public func itemKind(_ kind: ItemKind) -> String {
        switch kind {
        case .arrival: pick("Arrivée", "Arrival")
        case .departure: pick("Départ", "Departure")
        case .welcome: pick("Accueil", "Welcome")
        case .visit: pick("Visite", "Visit")
        case .meeting: pick("Réunion", "Meeting")
        case .speech: pick("Prise de parole", "Speech")
        case .ceremony: pick("Cérémonie", "Ceremony")
        case .wreath: pick("Dépôt de gerbe", "Wreath laying")
        case .meal: pick("Repas", "Meal")
        case .pressPoint: pick("Point presse", "Press point")
        case .photoOp: pick("Photo", "Photo opportunity")
        case .interview: pick("Entretien", "Interview")
        case .private: pick("Privé", "Private")
        }
    }

    /// How the press is admitted to an item, as a label: `Presse ouverte`, `Press pool`.
    public func pressAccess(_ p: PressAccess) -> String {
        switch p {
        case .open: pick("Presse ouverte", "Open press")
        case .pool: pick("Pool presse", "Press pool")
        case .closed: pick("Huis clos", "Closed to press")
        }
    }

    /// How a transfer travels: `en voiture`, `by car`.
    public func mode(_ m: TransferMode) -> String {
        switch m {
        case .car: pick("en voiture", "by car")
        case .foot: pick("à pied", "on foot")
        case .helicopter: pick("en hélicoptère", "by helicopter")
        case .plane: pick("en avion", "by plane")
        case .boat: pick("en bateau", "by boat")
        }
    }

    /// A transfer by its mode: `Transfert en voiture`, `Transfer by car`.
    public func transfer(_ m: TransferMode) -> String { pick("Transfert", "Transfer") + " " + mode(m) }

    /// The force that escorts in a zone.
    public func force(_ f: Force) -> String {
        switch f {
        case .police: pick("police", "police")
        case .gendarmerie: pick("gendarmerie", "gendarmerie")
        }
    }

    /// How a table is laid out (docs/protocol.md).
    public func seating(_ s: SeatingStyle) -> String {
        switch s {
        case .aLaFrancaise: pick("à la française", "French style")
        case .aLAnglaise: pick("à l'anglaise", "English style")
        }
    }
}
