import CortegeCore

/// The keys of plan and registry files (docs/plan-format.md): for each mapping of the format, which keys it
/// accepts, in their canonical order, which are required, what value each takes, and one line of French saying
/// what it means.
///
/// This one table is read by the loader (the unknown-key and required-key checks of every mapping), by the JSON
/// Schema of `cortege schema` (docs/cortege.schema.json) and by the comments of `cortege new`, so that the three
/// cannot drift apart.
public enum PlanFormat {
    /// The top level of a plan.
    public static let plan = PlanSection(
        .plan, What(fr: "le plan", en: "the plan"),
        [
            .init(.cortege, .version, required: true, "version du format : toujours 1"),
            .init(.visit, .mapping(.visit), required: true, "ce qu'est la visite"),
            .init(.include, .paths, "registres partagés à lire d'abord, chemins relatifs à ce fichier"),
            .init(.agendas, .path, "dossier des agendas existants, un <id-personne>.ics par personne"),
            .init(.communes, .list(.mapping(.commune)), "communes : zone police ou gendarmerie, arrondissement"),
            .init(.venues, .list(.mapping(.venue)), "lieux définis dans ce plan"),
            .init(.people, .list(.mapping(.person)), "personnes définies dans ce plan, en plus des registres"),
            .init(.escortUnits, .list(.mapping(.escortUnit)), "unités d'escorte (motards police, gendarmerie)"),
            .init(.reservePeriods, .list(.mapping(.reservePeriod)), "périodes de réserve électorale"),
            .init(
                .handoverPoints, .list(.mapping(.handOverPoint)),
                "points de passage de relais entre zone police et zone gendarmerie"),
            .init(.programme, .programme, required: true, "les séquences, transferts et groupes, dans l'ordre"),
        ])

    /// A registry: a file that a plan includes, with no visit and no programme.
    public static let registry = PlanSection(
        .registry, What(fr: "un fichier de répertoire", en: "a registry file"),
        [
            .init(.include, .paths, "autres registres à lire d'abord, chemins relatifs à ce fichier"),
            .init(.communes, .list(.mapping(.commune)), "communes"),
            .init(.venues, .list(.mapping(.venue)), "lieux"),
            .init(.people, .list(.mapping(.person)), "personnes"),
            .init(.escortUnits, .list(.mapping(.escortUnit)), "unités d'escorte"),
            .init(.reservePeriods, .list(.mapping(.reservePeriod)), "périodes de réserve électorale"),
            .init(
                .handoverPoints, .list(.mapping(.handOverPoint)),
                "points de passage de relais entre zone police et zone gendarmerie"),
        ])

    public static let visit = PlanSection(
        .visit, "`visit`",
        [
            .init(
                .id, .identifier, required: true, "identifiant stable de la visite, ne plus le changer une fois publié"),
            .init(.title, .text, required: true, "titre de la visite, imprimé sur le programme"),
            .init(
                .kind, .choice(VisitKind.allCases.map { Choice($0.rawValue, vocabulary.visitKind($0)) }),
                required: true, "nature : ministerial, prefect, elected ou other"),
            .init(.principal, .identifier, required: true, "id de la personne pour qui la visite est organisée"),
            .init(.territory, .territory, required: true, "code INSEE du département, entre guillemets"),
            .init(.date, .date, required: true, "premier jour de la visite (AAAA-MM-JJ)"),
            .init(.timezone, .zoneName, "fuseau IANA, seulement pour remplacer celui du territoire"),
            .init(
                .status, .choice(VisitStatus.allCases.map { Choice($0.rawValue, vocabulary.status($0)) }),
                "état : draft, tentative, confirmed ou cancelled"),
            .init(.announce, .dateTime, "embargo : rien ne va à la presse avant (AAAA-MM-JJTHH:MM)"),
            .init(.revision, .dateTime, "date de la dernière révision du plan (AAAA-MM-JJTHH:MM)"),
            .init(.organizer, .mapping(.organizer), "qui publie la visite : { name: …, email: … }"),
            .init(
                .cabinetContact, .mapping(.contact),
                "qui les invités appellent, sur les convocations : { name: …, phone: …, email: … }"),
            .init(
                .ceremony, .choice(CeremonyKind.allCases.map { Choice($0.rawValue, nil) }),
                "governmental (ordonnée par le Gouvernement) ou local"),
            .init(.pressLead, .duration, "avance des journalistes avant une séquence ouverte (15m par défaut)"),
            .init(.order, .choice(orderChoices), "free : Cortège choisit l'ordre de toutes les séquences"),
            .init(.motorcade, .list(.identifier), "ordre des voitures du cortège : rôles ou ids de personnes"),
            .init(
                .ceremonyTimings, .mapping(.ceremonyTimings),
                "durées du déroulé des cérémonies de la visite (arrival, wreath, speech…)"),
            .init(
                .pressContact, .mapping(.contact), "contact presse de l'avis aux médias : { name, phone, email }"),
            .init(.accreditationDeadline, .dateTime, "date limite d'accréditation des journalistes (AAAA-MM-JJTHH:MM)"),
        ])

    public static let ceremonyTimings = PlanSection(
        .ceremonyTimings, "`ceremony-timings`",
        [
            .init(.arrival, .duration, "écart entre deux arrivées ; arrivée et salut de la plus haute autorité (2m)"),
            .init(.honours, .duration, "honneurs militaires et revue des troupes (5m)"),
            .init(.wreath, .duration, "un dépôt de gerbe (2m)"),
            .init(.lastPost, .duration, "sonnerie aux morts (1m)"),
            .init(.silence, .duration, "minute de silence (1m)"),
            .init(.anthem, .duration, "La Marseillaise (2m)"),
            .init(.speech, .duration, "une allocution (5m)"),
            .init(.standards, .duration, "salut aux porte-drapeaux (3m)"),
            .init(.departure, .duration, "écart entre deux départs ; départ de la plus haute autorité (2m)"),
        ])

    public static let organizer = PlanSection(
        .organizer, "`organizer`",
        [
            .init(.name, .text, required: true, "nom du service qui publie la visite"),
            .init(.email, .text, "adresse électronique du service"),
        ])

    /// A contact printed on the cabinet's documents (docs/documents.md).
    public static let contact = PlanSection(
        .contact, "a contact",
        [
            .init(.name, .text, required: true, "nom (ou service) tel qu'il est imprimé"),
            .init(.phone, .text, "téléphone"),
            .init(.email, .email, "adresse électronique"),
        ])

    public static let person = PlanSection(
        .person, What(fr: "une personne", en: "a person"),
        [
            .init(.id, .identifier, required: true, "identifiant : minuscules, chiffres et tirets"),
            .init(.name, .text, "nom complet, tel qu'il est imprimé"),
            .init(.function, .functionCode, "fonction, pour la préséance (codes de docs/plan-format.md §6)"),
            .init(.functions, .list(.functionCode), "plusieurs fonctions : la plus haute donne le rang"),
            .init(.title, .text, "titre tel qu'il est imprimé sur le programme"),
            .init(
                .civility, .choice([Choice("M.", "Monsieur"), Choice("Mme", "Madame")]),
                "civilité : accorde les titres imprimés (la préfète, la sous-préfète)"),
            .init(.governmentRank, .integer(1...100), "pour un ministre : rang dans l'ordre du Gouvernement"),
            .init(
                .escort,
                .choice([
                    Choice("required", "escorte obligatoire"), Choice("none", "sans escorte"),
                    Choice("no", "sans escorte, comme none"),
                ]),
                "required : chaque transfert de cette personne est escorté ; none : non"),
            .init(.commune, .communeCode, "commune du mandat (maire, adjoint, conseiller municipal)"),
            .init(.arrondissement, .text, "arrondissement d'un sous-préfet"),
            .init(.firstElected, .date, "début des mandats en cours, départage les élus de même rang"),
            .init(.phone, .text, "téléphone : jamais montré à la presse ni au public"),
            .init(.email, .email, "adresse électronique, pour les invitations des agendas"),
            .init(.agenda, .path, "agenda iCalendar de cette personne, chemin relatif à ce fichier"),
            .init(.represents, .identifier, "id de la personne que celle-ci représente"),
        ])

    public static let venue = PlanSection(
        .venue, What(fr: "un lieu", en: "a venue"),
        [
            .init(.id, .identifier, required: true, "identifiant du lieu"),
            .init(.name, .text, "nom du lieu tel qu'il est imprimé"),
            .init(.address, .text, "adresse postale"),
            .init(.commune, .communeCode, "code INSEE de la commune, entre guillemets"),
            .init(.geo, .geo, "[latitude, longitude] en degrés décimaux, pour estimer les transferts"),
            .init(.securityZone, .choice(zoneChoices), "police ou gendarmerie, si elle diffère de la commune"),
            .init(.hours, .hours, "heures d'ouverture \"HH:MM-HH:MM\""),
            .init(.shared, .boolean, "true : plusieurs visites peuvent s'y tenir en même temps"),
            .init(.phone, .text, "téléphone du contact sur place : jamais montré à la presse ni au public"),
            .init(.access, .text, "accès pour les invités (entrée, stationnement), sur les convocations"),
        ])

    public static let escortUnit = PlanSection(
        .escortUnit, What(fr: "une unité d'escorte", en: "an escort unit"),
        [
            .init(.id, .identifier, required: true, "identifiant de l'unité"),
            .init(.name, .text, "nom de l'unité tel qu'il est imprimé"),
            .init(
                .force, .choice(zoneChoices), required: true, "police ou gendarmerie : la zone où elle peut escorter"),
            .init(.available, .hours, "créneau quotidien de disponibilité \"HH:MM-HH:MM\""),
            .init(.maxDuty, .duration, "durée de service maximale dans la journée"),
            .init(.lead, .duration, "mise en place avant chaque trajet (30m par défaut)"),
            .init(.phone, .text, "téléphone de l'unité : calendrier de sécurité et de l'unité seulement"),
            .init(.email, .email, "adresse électronique de l'unité, pour les avis de changement"),
        ])

    public static let handOverPoint = PlanSection(
        .handOverPoint, What(fr: "un point de relève", en: "a hand-over point"),
        [
            .init(.id, .identifier, required: true, "identifiant du point de relais"),
            .init(.name, .text, required: true, "nom du point, tel qu'il est imprimé dans le plan d'escorte"),
            .init(
                .joins, .sides, required: true,
                "les deux côtés qu'il relie : codes INSEE de communes ou zones (police, gendarmerie)"),
            .init(.geo, .geo, required: true, "[latitude, longitude] du point, pour estimer l'heure de passage"),
        ])

    public static let commune = PlanSection(
        .commune, What(fr: "une commune", en: "a commune"),
        [
            .init(.code, .communeCode, required: true, "code INSEE de la commune, entre guillemets"),
            .init(.name, .text, "nom de la commune"),
            .init(.securityZone, .choice(zoneChoices), "zone police ou zone gendarmerie"),
            .init(.arrondissement, .text, "code de l'arrondissement, entre guillemets"),
        ])

    public static let reservePeriod = PlanSection(
        .reservePeriod, What(fr: "une période de réserve", en: "a reserve period"),
        [
            .init(.label, .text, required: true, "nom de la période, par exemple Élections municipales 2026"),
            .init(.start, .date, required: true, "premier jour de la période de réserve"),
            .init(.end, .date, required: true, "dernier jour, inclus"),
        ])

    public static let item = PlanSection(
        .item, What(fr: "une séquence", en: "an item"),
        [
            .init(.id, .identifier, required: true, "identifiant stable de la séquence"),
            .init(
                .kind, .choice(ItemKind.allCases.map { Choice($0.rawValue, vocabulary.itemKind($0)) }),
                required: true, "nature de la séquence (arrival, ceremony, meeting, meal, press-point…)"),
            .init(.title, .text, "titre imprimé sur le programme"),
            .init(.venue, .identifier, required: true, "id du lieu"),
            .init(.at, .timeSpec, "heure fixe de début \"HH:MM\", ou AAAA-MM-JJTHH:MM un autre jour"),
            .init(.duration, .duration, required: true, "durée : 45m, 1h, 1h30"),
            .init(.notBefore, .timeSpec, "début au plus tôt \"HH:MM\""),
            .init(.notAfter, .timeSpec, "début au plus tard \"HH:MM\""),
            .init(.participants, .list(.identifier), "ids des personnes présentes, l'autorité principale comprise"),
            .init(.welcome, .peopleList, "ligne d'accueil : auto (selon la préséance) ou liste d'ids"),
            .init(.speakers, .peopleList, "prises de parole : auto (ordre protocolaire inverse) ou liste d'ids"),
            .init(.wreaths, .peopleList, "dépôts de gerbe : auto (l'autorité la plus haute en dernier) ou liste d'ids"),
            .init(.lineup, .peopleList, "alignement des autorités : auto ou liste d'ids"),
            .init(.host, .identifier, "id de l'autorité invitante (repas, cérémonie locale)"),
            .init(.coHost, .identifier, "id du co-invitant, placé face à l'hôte"),
            .init(.aisle, .boolean, "true : l'alignement est coupé par une allée centrale"),
            .init(
                .seating, .choice(SeatingStyle.allCases.map { Choice($0.rawValue, vocabulary.seating($0)) }),
                "plan de table : a-la-francaise ou a-l-anglaise"),
            .init(
                .press, .choice(PressAccess.allCases.map { Choice($0.rawValue, vocabulary.pressAccess($0)) }),
                "accès de la presse : open, pool ou closed (huis clos)"),
            .init(.confidential, .boolean, "true : jamais montrée à la presse ni au public"),
            .init(.notes, .text, "notes pratiques pour l'équipe (tenue, matériel, stationnement)"),
            .init(.dress, .text, "tenue des invités, imprimée sur leur convocation"),
            .init(.inPlace, .duration, "mise en place des invités avant la séquence (15m par défaut)"),
            .init(.honours, .text, "cérémonie : qui rend les honneurs militaires (détachement), pour le déroulé"),
            .init(
                .ceremonyTimings, .mapping(.ceremonyTimings),
                "cérémonie : durées de son déroulé, sur celles de la visite"),
        ])

    public static let transfer = PlanSection(
        .transfer, What(fr: "un `transfer`", en: "a `transfer`"),
        [
            .init(
                .mode, .choice(TransferMode.allCases.map { Choice($0.rawValue, vocabulary.mode($0)) }),
                "car, foot, helicopter, plane ou boat (car par défaut)"),
            .init(.duration, .duration, "durée reconnue du trajet ; sans elle, Cortège l'estime"),
            .init(.escort, .escortRequest, "auto, none, ou liste d'ids d'unités d'escorte"),
            .init(.riders, .list(.identifier), "ids des personnes du cortège"),
            .init(.route, .list(.communeCode), "codes INSEE des communes traversées, dans l'ordre"),
        ])

    public static let group = PlanSection(
        .group, What(fr: "un `group`", en: "a `group`"),
        [
            .init(.order, .choice(orderChoices), "free : Cortège choisit l'ordre des séquences du groupe"),
            .init(.items, .groupItems, required: true, "les séquences du groupe"),
        ])

    /// Every mapping of the format.
    public static let sections: [PlanSection] = [
        plan, registry, visit, organizer, contact, ceremonyTimings, person, venue, escortUnit, commune,
        reservePeriod, handOverPoint, item,
        transfer, group,
    ]

    /// The section of a name.
    public static func section(_ name: PlanSection.Name) -> PlanSection {
        switch name {
        case .plan: plan
        case .registry: registry
        case .visit: visit
        case .organizer: organizer
        case .contact: contact
        case .ceremonyTimings: ceremonyTimings
        case .person: person
        case .venue: venue
        case .escortUnit: escortUnit
        case .commune: commune
        case .reservePeriod: reservePeriod
        case .handOverPoint: handOverPoint
        case .item: item
        case .transfer: transfer
        case .group: group
        }
    }

    /// `order:` of a visit or a group. `fixed` is the word of docs/plan-format.md; `written` says the same.
    static let orderChoices = [
        Choice("fixed", "l'ordre écrit"), Choice("written", "l'ordre écrit"),
        Choice("free", "Cortège choisit l'ordre"),
    ]
    static let zoneChoices = SecurityZone.allCases.map { Choice($0.rawValue, vocabulary.force($0)) }
    static let vocabulary = Vocabulary(.fr)
}

/// One mapping of the format: its keys, in canonical order.
public struct PlanSection: Sendable {
    public enum Name: String, Sendable, CaseIterable {
        case plan, registry, visit, organizer, contact, person, venue
        case ceremonyTimings = "ceremony-timings"
        case escortUnit = "escort-unit"
        case commune
        case reservePeriod = "reserve-period"
        case handOverPoint = "handover-point"
        case item, transfer, group
    }

    public let name: Name
    /// How the loader's findings name a mapping of this section (`a person`, `` `visit` ``).
    public let what: What
    public let keys: [PlanKeyDefinition]

    init(_ name: Name, _ what: What, _ keys: [PlanKeyDefinition]) {
        self.name = name
        self.what = what
        self.keys = keys
    }

    /// The keys a mapping of this section may write.
    public var allowed: [PlanKey] { keys.map(\.key) }

    /// The keys a mapping of this section must write.
    public var required: [PlanKey] { keys.filter(\.required).map(\.key) }

    /// The definition of `key`, nil when the section does not accept it.
    public func definition(_ key: PlanKey) -> PlanKeyDefinition? { keys.first { $0.key == key } }
}

/// One key of a section.
public struct PlanKeyDefinition: Sendable {
    public let key: PlanKey
    public let value: PlanValue
    public let required: Bool
    /// What the key means and which values it takes, in one line of French.
    public let summary: String

    init(_ key: PlanKey, _ value: PlanValue, required: Bool = false, _ summary: String) {
        self.key = key
        self.value = value
        self.required = required
        self.summary = summary
    }
}

/// A named value of a closed list, with its French label when it has one.
public struct Choice: Sendable, Hashable {
    public let value: String
    public let label: String?

    public init(_ value: String, _ label: String?) {
        self.value = value
        self.label = label
    }
}

/// What a key's value is (docs/plan-format.md §1).
public indirect enum PlanValue: Sendable {
    /// `cortege:`, the format version: 1.
    case version
    case integer(ClosedRange<Int>)
    /// Any single value, read as written.
    case text
    /// Lowercase letters, digits and `-`.
    case identifier
    /// A 5-character INSEE commune code, quoted.
    case communeCode
    /// The INSEE code of a département or overseas territory, quoted.
    case territory
    /// An IANA time-zone name.
    case zoneName
    /// A function code (docs/plan-format.md §6).
    case functionCode
    case date
    /// `YYYY-MM-DDTHH:MM`, local.
    case dateTime
    /// `"HH:MM"` or `YYYY-MM-DDTHH:MM`.
    case timeSpec
    case duration
    /// `"HH:MM-HH:MM"`.
    case hours
    case email
    case boolean
    /// A path, relative to the file that writes it.
    case path
    /// One path or a list of paths.
    case paths
    /// `[latitude, longitude]`.
    case geo
    /// The two sides a hand-over point joins: commune codes or zones (`police`, `gendarmerie`).
    case sides
    case choice([Choice])
    case list(PlanValue)
    /// `auto` or a list of person ids.
    case peopleList
    /// `auto`, `none` or a list of escort-unit ids.
    case escortRequest
    case mapping(PlanSection.Name)
    /// The programme: items, `transfer:` entries and `group:` entries.
    case programme
    /// The items of a group: items and `transfer:` entries.
    case groupItems
}
