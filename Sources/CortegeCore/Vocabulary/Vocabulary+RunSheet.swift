/// The words of the ceremony run-sheet and of the press advisory (docs/documents.md).
extension Vocabulary {
    /// What happens at one line of a run-sheet: `Dépôt de gerbe`, `Wreath laying`.
    public func moment(_ moment: RunSheetEntry.Moment) -> String {
        switch moment {
        case .arrival: pick("Arrivée", "Arrival")
        case .honours: pick("Honneurs militaires et revue des troupes", "Military honours and review of the troops")
        case .wreath: pick("Dépôt de gerbe", "Wreath laying")
        case .lastPost: pick("Sonnerie aux morts", "Last Post (sonnerie aux morts)")
        case .silence: pick("Minute de silence", "Minute of silence")
        case .anthem: pick("La Marseillaise", "La Marseillaise (national anthem)")
        case .speech: pick("Allocution", "Speech")
        case .standards: pick("Salut aux porte-drapeaux", "Salute to the standard-bearers")
        case .exchanges: pick("Échanges avec les autorités et le public", "Time with the authorities and the public")
        case .departure: pick("Départ", "Departure")
        }
    }

    /// How much a run-sheet overruns its item: `Le déroulé demande 44 min pour une séquence de 40 min : il déborde
    /// de 4 min.`
    public func runSheetOverrun(needed: Int, item: Int) -> String {
        let over = needed - item
        return pick(
            "Le déroulé demande \(duration(needed)) pour une séquence de \(duration(item)) : il déborde de "
                + "\(duration(over)).",
            "The run-sheet needs \(duration(needed)) in an item of \(duration(item)): it overruns by \(duration(over))."
        )
    }

    /// Headings of a run-sheet's table.
    public var runSheetTime: String { pick("Heure", "Time") }
    public var runSheetDuration: String { pick("Durée", "Length") }
    public var runSheetMoment: String { pick("Moment", "Moment") }
    public var runSheetWho: String { pick("Qui", "Who") }
    /// Said of the arrivals before the item and the departures after the farewell.
    public var runSheetBefore: String { pick("avant la séquence", "before the item") }
    public var runSheetAfter: String { pick("après la séquence", "after the item") }
    public var runSheetNone: String {
        pick("Aucune cérémonie dans ce programme.", "No ceremony in this programme.")
    }
    public var runSheetPrinciple: String {
        pick(
            "Les autorités arrivent dans l'ordre inverse de la préséance, la plus haute autorité en dernier ; elles "
                + "repartent dans l'ordre de la préséance, la plus haute autorité en premier.",
            "The authorities arrive in reverse order of precedence, the highest authority last; they leave in order "
                + "of precedence, the highest authority first.")
    }

    /// Headings and sentences of the press advisory.
    public var advisoryItems: String { pick("Séquences ouvertes à la presse", "Items open to the press") }
    public var advisoryNone: String {
        pick("Aucune séquence n'est ouverte à la presse.", "No item is open to the press.")
    }
    public var advisoryInPlace: String { pick("Mise en place presse", "Press in place") }
    public var advisoryWith: String { pick("En présence de", "With") }
    public var advisoryAccess: String { pick("Accès", "Access") }
    public var advisoryVenue: String { pick("Lieu", "Venue") }
    public var advisoryPoolRules: String { pick("Règles du pool", "Pool rules") }
    public var advisoryPoolText: [String] {
        [
            pick(
                "Les séquences en pool ne sont ouvertes qu'aux journalistes du pool, désignés par le contact presse "
                    + "ci-dessous parmi les rédactions accréditées.",
                "Pool items are open only to the pool's journalists, chosen by the press contact below among the "
                    + "accredited newsrooms."),
            pick(
                "Le pool se déplace avec le cortège ; il partage ses images, sons et notes avec l'ensemble des "
                    + "rédactions accréditées.",
                "The pool travels with the motorcade; it shares its pictures, sound and notes with every accredited "
                    + "newsroom."),
        ]
    }
    public var advisoryAccreditation: String { pick("Accréditation", "Accreditation") }

    /// `Les journalistes doivent être en place 15 min avant chaque séquence…`
    public func advisoryLead(_ minutes: Int) -> String {
        pick(
            "Les journalistes doivent être en place \(duration(minutes)) avant chaque séquence, munis de leur carte de "
                + "presse et d'une pièce d'identité.",
            "Journalists must be in place \(duration(minutes)) before each item, with their press card and an "
                + "identity document.")
    }

    /// `Accréditation obligatoire avant le 03/12/2026 à 20h00, auprès du contact presse.`
    public func advisoryDeadline(_ deadline: LocalDateTime) -> String {
        pick(
            "Accréditation obligatoire avant le \(dateTime(deadline)), auprès du contact presse.",
            "Accreditation is required before \(dateTime(deadline)), from the press contact.")
    }

    public var advisoryNoDeadline: String {
        pick("Accréditation auprès du contact presse.", "Accreditation from the press contact.")
    }
    public var advisoryContact: String { pick("Contact presse", "Press contact") }
}
