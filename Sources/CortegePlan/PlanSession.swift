import CortegeCore
import Foundation
import Yams

/// One reading of a plan and its includes: collects entities, findings and the references to check.
struct Session {
    var reader: YAMLReader
    var collected = PlanLoader.Collected()
    var references: [PlanLoader.Reference] = []
    /// Files being read, for include cycles.
    var stack: [String] = []
    /// Files already read (an include reached twice is read once).
    var seen: Set<String> = []
    var nextGroup = 1

    init(reader: YAMLReader) { self.reader = reader }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Runs `body` with the reader pointed at another file, keeping the findings.
    mutating func inFile<T>(_ path: String, _ body: (inout Session) -> T) -> T {
        let saved = reader
        reader = YAMLReader(file: path)
        reader.findings = saved.findings
        let result = body(&self)
        let findings = reader.findings
        reader = saved
        reader.findings = findings
        return result
    }

    // MARK: - Plan

    mutating func readPlan(root: Node, path: String) -> Plan? {
        stack = [Self.canonical(path)]
        seen = [Self.canonical(path)]
        guard
            let f = reader.fields(root, PlanFormat.plan)
        else { return nil }
        if let version = reader.integer(
            f[.cortege], What(fr: "`cortege` (la version du format)", en: "`cortege` (the format version)"),
            range: 0...1000), version != 1
        {
            reader.report(
                .planSchema,
                Phrase(
                    fr: "ce plan est au format version \(version) ; ce Cortège lit la version 1",
                    en: "this plan is format version \(version); this Cortège reads version 1"),
                at: f.location(of: .cortege), help: Phrase(fr: "écrire `cortege: 1`", en: "write `cortege: 1`"))
        }
        // Includes first, so that the plan's own definitions come after the registries' in plan order.
        readIncludes(f, base: path)
        readSections(f)
        var agendas: String?
        if let folder = reader.string(f[.agendas], What(fr: "`agendas` (un dossier)", en: "`agendas` (a folder)")) {
            agendas = Self.resolve(folder, relativeTo: path)
        }
        let visit = f[.visit].flatMap { readVisit($0) }
        let items = f[.programme].map { readProgramme($0) } ?? []
        guard let visit else { return nil }
        if items.isEmpty, Self.listsNothing(f[.programme]) {
            reader.report(
                .planSchema, Phrase(fr: "le programme n'a aucune séquence", en: "the programme has no item"),
                at: f.location(of: .programme),
                help: Phrase(
                    fr: "lister les séquences de la visite sous `programme:`",
                    en: "list the items of the visit under `programme:`"))
        }
        var plan = Plan(
            file: path, visit: visit, people: collected.people, venues: collected.venues, escortUnits: collected.units,
            communes: collected.communes, reservePeriods: collected.reserve, programme: items, agendasFolder: agendas,
            personOrder: collected.personOrder)
        plan.handOverPoints = collected.handOverPoints
        return plan
    }

    /// Whether `programme:` is written and lists nothing (an empty list or no value): not when its items were
    /// all refused, which have their own findings.
    static func listsNothing(_ node: Node?) -> Bool {
        switch node {
        case .sequence(let items)?: items.isEmpty
        case .scalar(let s)?: ["", "~", "null"].contains(s.string)
        default: false
        }
    }

    /// A path written in a file, relative to that file's folder, with `.` and `..` folded away so that
    /// messages show `calendars/x.ics` rather than `samples/../calendars/x.ics`.
    static func resolve(_ relative: String, relativeTo file: String) -> String {
        if relative.hasPrefix("/") { return relative }
        let dir = (file as NSString).deletingLastPathComponent
        let joined = dir.isEmpty ? relative : (dir as NSString).appendingPathComponent(relative)
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let folded = (joined.hasPrefix("/") ? "/" : "") + parts.joined(separator: "/")
        return folded.isEmpty ? "." : folded
    }

    mutating func readIncludes(_ f: Fields, base: String) {
        guard let node = f[.include] else { return }
        let entries: [(String, SourceLocation)]
        if case .scalar = node, let one = reader.string(node, "`include`") {
            entries = [(one, reader.location(node))]
        } else {
            entries = reader.strings(node, "`include`") ?? []
        }
        for (relative, site) in entries {
            guard !relative.trimmingCharacters(in: .whitespaces).isEmpty else {
                reader.report(
                    .planSchema, Phrase(fr: "un chemin d'`include` est vide", en: "an include path is empty"), at: site,
                    help: Phrase(
                        fr: "écrire le chemin d'un fichier de répertoire, relatif à ce fichier",
                        en: "write the path of a registry file, relative to this file"))
                continue
            }
            let target = Self.resolve(relative, relativeTo: base)
            let canonical = Self.canonical(target)
            if stack.contains(canonical) {
                reader.report(
                    .planSchema,
                    Phrase(
                        fr: "cycle d'`include` : \(relative) inclut, directement ou non, le fichier qui l'inclut",
                        en: "include cycle: \(relative) includes, directly or not, the file that includes it"),
                    at: site,
                    help: Phrase(
                        fr: "retirer l'un des `include` du cycle", en: "remove one of the includes of the cycle"))
                continue
            }
            if seen.contains(canonical) { continue }
            seen.insert(canonical)
            guard let root = PlanLoader.readYAML(path: target, reader: &reader, at: site) else { continue }
            stack.append(canonical)
            inFile(target) { session in
                if let rf = session.reader.fields(root, PlanFormat.registry) {
                    session.readIncludes(rf, base: target)
                    session.readSections(rf)
                }
            }
            stack.removeLast()
        }
    }

    mutating func readSections(_ f: Fields) {
        for node in reader.list(f[.communes], "`communes`") ?? [] { readCommune(node) }
        for node in reader.list(f[.people], "`people`") ?? [] { readPerson(node) }
        for node in reader.list(f[.venues], "`venues`") ?? [] { readVenue(node) }
        for node in reader.list(f[.escortUnits], "`escort-units`") ?? [] { readUnit(node) }
        for node in reader.list(f[.reservePeriods], "`reserve-periods`") ?? [] { readReserve(node) }
        for node in reader.list(f[.handoverPoints], "`handover-points`") ?? [] { readHandOverPoint(node) }
    }

    /// Registers an id; reports `duplicate-id` and returns false when it is already defined.
    mutating func define(_ kind: What, _ id: String, at location: SourceLocation) -> Bool {
        let key = "\(kind.en):\(id)"
        if let first = collected.defined[key] {
            reader.report(
                .duplicateID,
                Phrase(fr: "\(kind.fr) `\(id)` est défini deux fois", en: "\(kind.en) `\(id)` is defined twice"),
                at: location, subjects: [id],
                notes: [
                    DiagnosticNote(Phrase(fr: "défini une première fois ici", en: "first defined here"), at: first)
                ],
                help: Phrase(
                    fr: "donner un autre id à l'un d'eux, ou retirer la seconde définition",
                    en: "give one of them another id, or remove the second definition"))
            return false
        }
        collected.defined[key] = location
        return true
    }

    mutating func refer(_ kind: PlanLoader.Reference.Kind, _ id: String?, at location: SourceLocation, _ what: What) {
        guard let id else { return }
        references.append(PlanLoader.Reference(kind: kind, id: id, location: location, what: what))
    }

    // MARK: - Registries

    /// A `handover-points` entry: id, name, the two sides it joins (commune codes or zones), coordinates.
    mutating func readHandOverPoint(_ node: Node) {
        guard
            let f = reader.fields(node, PlanFormat.handOverPoint),
            let id = reader.identifier(f[.id], What(fr: "l'`id` d'un point de relève", en: "a hand-over point's `id`")),
            let name = reader.text(f[.name], "`name`"),
            let joins = reader.strings(f[.joins], "`joins`"), let geo = reader.geo(f[.geo], "`geo`")
        else { return }
        guard joins.count == 2, joins[0].0 != joins[1].0 else {
            reader.report(
                .planSchema,
                Phrase(
                    fr: "`joins` du point de relève \(id) doit nommer deux côtés différents",
                    en: "`joins` of hand-over point \(id) must name two different sides"),
                at: f.location(of: .joins),
                subjects: [id],
                help: Phrase(
                    fr:
                        "écrire les deux communes (codes) ou zones qu'il relie, par exemple `joins: [\"77288\", gendarmerie]`",
                    en: "write the two communes (codes) or zones it joins, e.g. `joins: [\"77288\", gendarmerie]`"))
            return
        }
        for (side, loc) in joins where SecurityZone(rawValue: side) == nil {
            refer(
                .commune, side, at: loc,
                What(fr: "un côté du point de relève \(id)", en: "a side of hand-over point \(id)"))
        }
        guard define(What(fr: "point de relève", en: "hand-over point"), id, at: f.location(of: .id)) else { return }
        collected.handOverPoints[id] = HandOverPoint(
            id: id, name: name, joins: joins.map(\.0), geo: geo, location: f.location, keyLocations: f.keyLocations)
    }

    mutating func readCommune(_ node: Node) {
        guard let f = reader.fields(node, PlanFormat.commune),
            let code = reader.communeCode(f[.code], "`code`")
        else { return }
        let commune = Commune(
            code: code, name: reader.text(f[.name], "`name`"),
            securityZone: reader.choice(f[.securityZone], "`security-zone`", SecurityZone.self),
            arrondissement: reader.string(f[.arrondissement], "`arrondissement`"),
            location: f.location, keyLocations: f.keyLocations)
        guard define(What(fr: "commune", en: "commune"), code, at: f.location(of: .code)) else { return }
        collected.communes[code] = commune
    }

    mutating func readPerson(_ node: Node) {
        guard let f = reader.fields(node, PlanFormat.person),
            let id = reader.identifier(f[.id], What(fr: "l'`id` d'une personne", en: "a person's `id`"))
        else { return }
        var functions: [String] = []
        if let one = reader.string(f[.function], "`function`") { functions.append(one) }
        functions += (reader.strings(f[.functions], "`functions`") ?? []).map(\.0)
        for (code, key) in functions.map({ ($0, f.has(.function) ? PlanKey.function : .functions) })
        where !FunctionCode(code).isKnown {
            reader.report(
                .planSchema,
                Phrase(fr: "fonction `\(code)` inconnue pour \(id)", en: "unknown function `\(code)` for \(id)"),
                at: f.location(of: key), subjects: [id],
                help: nearest(to: code, in: FunctionCode.all.map(\.rawValue)).map { Phrase.didYouMean($0) }
                    ?? Phrase(
                        fr: "voir docs/plan-format.md §6 pour les codes de fonction",
                        en: "see docs/plan-format.md §6 for the function codes"))
        }
        var escortRequired: Bool?
        if let e = reader.string(f[.escort], "`escort`") {
            switch e {
            case "required": escortRequired = true
            case "none", "no": escortRequired = false
            default:
                reader.report(
                    .planSchema,
                    Phrase(
                        fr: "`escort` doit valoir `required` ou `none`, pas « \(e) »",
                        en: "`escort` must be `required` or `none`, not \"\(e)\""),
                    at: f.location(of: .escort))
            }
        }
        let commune = reader.communeCode(f[.commune], "`commune`")
        refer(
            .commune, commune, at: f.location(of: .commune), What(fr: "la commune de \(id)", en: "the commune of \(id)")
        )
        let represents = reader.identifier(f[.represents], "`represents`")
        refer(
            .person, represents, at: f.location(of: .represents),
            What(fr: "la personne que \(id) représente", en: "the person \(id) represents"))
        let person = Person(
            id: id, name: reader.text(f[.name], "`name`"), title: reader.text(f[.title], "`title`"),
            functions: functions.map { FunctionCode($0) },
            governmentRank: reader.integer(f[.governmentRank], "`government-rank`", range: 1...100),
            commune: commune, arrondissement: reader.string(f[.arrondissement], "`arrondissement`"),
            firstElected: reader.date(f[.firstElected], "`first-elected`"), escortRequired: escortRequired,
            phone: reader.text(f[.phone], "`phone`"), email: reader.email(f[.email], "`email`"),
            agenda: reader.string(f[.agenda], "`agenda`").map { Self.resolve($0, relativeTo: reader.file) },
            represents: represents, civility: reader.choice(f[.civility], "`civility`", Civility.self),
            location: f.location, keyLocations: f.keyLocations)
        guard define(What(fr: "personne", en: "person"), id, at: f.location(of: .id)) else { return }
        collected.people[id] = person
        collected.personOrder.append(id)
    }

    /// A `contact` (docs/plan-format.md §3): `name`, then `phone` and `email` if given; nil without a readable
    /// name. `fr` and `en` name whose contact it is in the findings (« le `phone` du contact presse »).
    mutating func readContact(_ node: Node?, fr: String, en: String) -> Contact? {
        guard let node, let f = reader.fields(node, PlanFormat.contact),
            let name = reader.text(f[.name], What(fr: "le `name` \(fr)", en: "\(en) `name`"))
        else { return nil }
        return Contact(
            name: name, phone: reader.text(f[.phone], What(fr: "le `phone` \(fr)", en: "\(en) `phone`")),
            email: reader.email(f[.email], What(fr: "l'`email` \(fr)", en: "\(en) `email`")))
    }

    mutating func readVenue(_ node: Node) {
        guard let f = reader.fields(node, PlanFormat.venue),
            let id = reader.identifier(f[.id], What(fr: "l'`id` d'un lieu", en: "a venue's `id`"))
        else { return }
        let commune = reader.communeCode(f[.commune], "`commune`")
        refer(
            .commune, commune, at: f.location(of: .commune),
            What(fr: "la commune du lieu \(id)", en: "the commune of venue \(id)"))
        let venue = Venue(
            id: id, name: reader.text(f[.name], "`name`"), address: reader.text(f[.address], "`address`"),
            commune: commune, geo: reader.geo(f[.geo], "`geo`"),
            securityZone: reader.choice(f[.securityZone], "`security-zone`", SecurityZone.self),
            hours: reader.hours(f[.hours], "`hours`"), shared: reader.bool(f[.shared], "`shared`") ?? false,
            location: f.location, keyLocations: f.keyLocations)
        var withPhone = venue
        withPhone.phone = reader.text(f[.phone], "`phone`")
        withPhone.access = reader.text(f[.access], "`access`")
        guard define(What(fr: "lieu", en: "venue"), id, at: f.location(of: .id)) else { return }
        collected.venues[id] = withPhone
    }

    mutating func readUnit(_ node: Node) {
        guard let f = reader.fields(node, PlanFormat.escortUnit),
            let id = reader.identifier(f[.id], What(fr: "l'`id` d'une unité d'escorte", en: "an escort unit's `id`"))
        else { return }
        guard let force = reader.choice(f[.force], "`force`", Force.self) else { return }
        let unit = EscortUnit(
            id: id, name: reader.text(f[.name], "`name`"), force: force,
            available: reader.hours(f[.available], "`available`"),
            maxDutyMinutes: reader.duration(f[.maxDuty], "`max-duty`"),
            leadMinutes: reader.duration(f[.lead], "`lead`") ?? 30, phone: reader.text(f[.phone], "`phone`"),
            location: f.location, keyLocations: f.keyLocations, email: reader.email(f[.email], "`email`"))
        guard define(What(fr: "unité d'escorte", en: "escort unit"), id, at: f.location(of: .id)) else { return }
        collected.units[id] = unit
    }

    mutating func readReserve(_ node: Node) {
        guard
            let f = reader.fields(node, PlanFormat.reservePeriod),
            let label = reader.text(f[.label], "`label`"),
            let start = reader.date(f[.start], "`start`"), let end = reader.date(f[.end], "`end`")
        else { return }
        if end < start {
            reader.report(
                .badTime,
                Phrase(
                    fr: "la période de réserve « \(label) » finit (\(Vocabulary.fr.day(end))) avant de commencer "
                        + "(\(Vocabulary.fr.day(start)))",
                    en: "reserve period \"\(label)\" ends (\(end)) before it starts (\(start))"),
                at: f.location(of: .end))
            return
        }
        collected.reserve.append(
            ReservePeriod(label: label, start: start, end: end, location: f.location, keyLocations: f.keyLocations))
    }

    // MARK: - Visit

    mutating func readVisit(_ node: Node) -> Visit? {
        guard
            let f = reader.fields(node, PlanFormat.visit)
        else { return nil }
        let id = reader.identifier(f[.id], What(fr: "l'`id` de la visite", en: "the visit's `id`"))
        let title = reader.text(f[.title], What(fr: "le `title` de la visite", en: "the visit's `title`"))
        let kind = reader.choice(f[.kind], What(fr: "le `kind` de la visite", en: "the visit's `kind`"), VisitKind.self)
        let principal = reader.identifier(f[.principal], "`principal`")
        refer(
            .person, principal, at: f.location(of: .principal), What(fr: "l'autorité principale", en: "the principal"))
        let territoryCode = reader.string(f[.territory], "`territory`")
        let territory = territoryCode.flatMap { Territory(code: $0) }
        if let territoryCode, territory == nil {
            reader.report(
                .planSchema,
                Phrase(
                    fr: "territoire « \(territoryCode) » inconnu : donner le code INSEE du département",
                    en: "unknown territory \"\(territoryCode)\": give the INSEE code of the département"),
                at: f.location(of: .territory),
                help: nearest(to: territoryCode, in: Territory.knownCodes).map {
                    Phrase(fr: "vouliez-vous dire « \($0) » ?", en: "did you mean \"\($0)\"?")
                })
        }
        let date = reader.date(f[.date], What(fr: "la `date` de la visite", en: "the visit's `date`"))
        var zone = territory?.zone
        if let tz = reader.string(f[.timezone], "`timezone`") {
            if let z = Zone(tz) {
                zone = z
            } else {
                reader.report(
                    .badTime,
                    Phrase(fr: "le fuseau horaire « \(tz) » n'existe pas", en: "time zone \"\(tz)\" does not exist"),
                    at: f[.timezone].map { reader.location($0) } ?? f.location(of: .timezone),
                    help: territory.map {
                        Phrase(
                            fr:
                                "le fuseau du territoire est \($0.zoneIdentifier) ; retirer `timezone:` pour l'utiliser",
                            en: "the territory's zone is \($0.zoneIdentifier); remove `timezone:` to use it")
                    }
                        ?? Phrase(
                            fr: "écrire un nom IANA comme Europe/Paris ou America/Guadeloupe",
                            en: "write an IANA name such as Europe/Paris or America/Guadeloupe"))
            }
        }
        let status = reader.choice(f[.status], "`status`", VisitStatus.self) ?? .draft
        let announce = reader.dateTime(f[.announce], "`announce`")
        let revision = reader.dateTime(f[.revision], "`revision`")
        let ceremony = reader.choice(f[.ceremony], "`ceremony`", CeremonyKind.self) ?? .governmental
        let pressLead = reader.duration(f[.pressLead], "`press-lead`") ?? 15
        var freeOrder = false
        if let order = reader.string(f[.order], "`order`") {
            if order == "free" {
                freeOrder = true
            } else if order != "written" && order != "fixed" {
                reader.report(
                    .planSchema, Phrase.orderValue(order),
                    at: f.location(of: .order))
            }
        }
        var organizer: Organizer?
        if let node = f[.organizer],
            let of = reader.fields(node, PlanFormat.organizer),
            let name = reader.text(of[.name], What(fr: "le `name` de l'organisateur", en: "the organizer's `name`"))
        {
            organizer = Organizer(
                name: name,
                email: reader.string(
                    of[.email], What(fr: "l'`email` de l'organisateur", en: "the organizer's `email`")))
        }
        let motorcade = reader.strings(f[.motorcade], "`motorcade`")?.map(\.0)
        let ceremonyTimings = readCeremonyTimings(f[.ceremonyTimings])
        let pressContact = readContact(f[.pressContact], fr: "du contact presse", en: "the press contact's")
        let accreditationDeadline = reader.dateTime(f[.accreditationDeadline], "`accreditation-deadline`")
        guard let id, let title, let kind, let principal, let date, let zone, let territoryCode else { return nil }
        var visit = Visit(
            id: id, title: title, kind: kind, principal: principal, territory: territoryCode, date: date, zone: zone,
            status: status, announce: nil, organizer: organizer, ceremony: ceremony, revision: revision,
            pressLeadMinutes: pressLead, freeOrder: freeOrder, motorcade: motorcade, location: f.location,
            keyLocations: f.keyLocations)
        visit.cabinetContact = readContact(
            f[.cabinetContact], fr: "du contact du cabinet", en: "the cabinet contact's")
        visit.ceremonyTimings = ceremonyTimings
        visit.pressContact = pressContact
        if let accreditationDeadline {
            visit.accreditationDeadline = checkLocal(
                accreditationDeadline, zone: zone, at: f.location(of: .accreditationDeadline),
                what: "`accreditation-deadline`")
        }
        if let announce {
            visit.announce = checkLocal(announce, zone: zone, at: f.location(of: .announce), what: "`announce`")
        }
        if let revision { _ = checkLocal(revision, zone: zone, at: f.location(of: .revision), what: "`revision`") }
        return visit
    }

    /// Reports a local date-time the clock skips or repeats.
    mutating func checkLocal(_ local: LocalDateTime, zone: Zone, at location: SourceLocation, what: What)
        -> LocalDateTime
    {
        switch zone.resolve(local) {
        case .unique: break
        case .skipped:
            reader.report(
                .nonexistentLocalTime,
                Phrase(
                    fr: "\(what.fr) \(local) n'existe pas dans \(zone) (les horloges la sautent)",
                    en: "\(what.en) \(local) does not exist in \(zone) (the clocks skip it)"),
                at: location,
                help: Phrase(
                    fr: "choisir une heure hors de l'heure sautée", en: "choose a time outside the skipped hour"))
        case .repeated:
            reader.report(
                .ambiguousLocalTime,
                Phrase(
                    fr: "\(what.fr) \(local) se produit deux fois dans \(zone) ; la première est retenue",
                    en: "\(what.en) \(local) occurs twice in \(zone); the first is used"),
                at: location,
                help: Phrase(
                    fr: "écrire une heure hors de l'heure répétée", en: "write a time outside the repeated hour"))
        }
        return local
    }

    // MARK: - Programme

    mutating func readProgramme(_ node: Node) -> [Item] {
        guard let entries = reader.list(node, "`programme`") else { return [] }
        var items: [Item] = []
        var pending: TransferSpec?
        readEntries(entries, group: nil, into: &items, pending: &pending)
        if let pending {
            reader.report(
                .planSchema,
                Phrase(
                    fr: "un trajet termine le programme : il ne mène nulle part",
                    en: "a transfer ends the programme: it leads nowhere"), at: pending.location,
                help: Phrase(
                    fr: "le retirer, ou ajouter la séquence à laquelle il mène",
                    en: "remove it, or add the item it leads to"))
        }
        return items
    }

    mutating func readEntries(_ entries: [Node], group: Int?, into items: inout [Item], pending: inout TransferSpec?) {
        for entry in entries {
            if case .mapping(let m) = entry, m.count == 1, let key = m.keys.first?.string,
                key == PlanKey.transfer.rawValue || key == PlanKey.group.rawValue, let value = m.values.first
            {
                if key == PlanKey.transfer.rawValue {
                    if pending != nil {
                        reader.report(
                            .planSchema,
                            Phrase(fr: "deux trajets se suivent", en: "two transfers follow each other"),
                            at: reader.location(entry),
                            help: Phrase(
                                fr: "les fusionner, ou placer une séquence entre eux",
                                en: "merge them into one, or put an item between them"))
                    }
                    pending = readTransfer(value)
                } else {
                    if group != nil {
                        reader.report(
                            .planSchema,
                            Phrase(
                                fr: "un groupe ne peut pas contenir un autre groupe",
                                en: "a group cannot hold another group"),
                            at: reader.location(entry))
                        continue
                    }
                    guard let gf = reader.fields(value, PlanFormat.group)
                    else { continue }
                    var number: Int?
                    if let order = reader.string(gf[.order], What(fr: "l'`order` du groupe", en: "the group's `order`"))
                    {
                        if order == "free" {
                            number = nextGroup
                            nextGroup += 1
                        } else if order != "written" && order != "fixed" {
                            reader.report(
                                .planSchema, Phrase.orderValue(order),
                                at: gf.location(of: .order))
                        }
                    }
                    readEntries(
                        reader.list(gf[.items], What(fr: "les `items` du groupe", en: "the group's `items`")) ?? [],
                        group: number, into: &items,
                        pending: &pending)
                }
                continue
            }
            if var item = readItem(entry, group: group) {
                item.transferBefore = pending
                pending = nil
                items.append(item)
            }
        }
    }

    mutating func readTransfer(_ node: Node) -> TransferSpec? {
        guard let f = reader.fields(node, PlanFormat.transfer) else { return nil }
        let mode =
            reader.choice(f[.mode], What(fr: "le `mode` du trajet", en: "the transfer's `mode`"), TransferMode.self)
            ?? .car
        var escort = EscortRequest.auto
        if let node = f[.escort] {
            if case .scalar(let s) = node {
                switch s.string {
                case "auto": escort = .auto
                case "none": escort = .none
                default:
                    reader.report(
                        .planSchema,
                        Phrase(
                            fr: "`escort` doit valoir `auto`, `none` ou une liste d'ids d'unités, pas « \(s.string) »",
                            en: "`escort` must be `auto`, `none` or a list of unit ids, not \"\(s.string)\""),
                        at: reader.location(node))
                }
            } else if let ids = reader.identifiers(node, "`escort`") {
                escort = .units(ids.map(\.0))
                for (id, loc) in ids {
                    refer(.unit, id, at: loc, What(fr: "une unité d'escorte", en: "an escort unit"))
                }
            }
        }
        let riders = reader.identifiers(f[.riders], "`riders`")
        for (id, loc) in riders ?? [] { refer(.person, id, at: loc, What(fr: "un passager", en: "a rider")) }
        let route = reader.strings(f[.route], "`route`") ?? []
        for (code, loc) in route {
            refer(.commune, code, at: loc, What(fr: "une commune de l'itinéraire", en: "a commune of the route"))
        }
        var duration = reader.duration(
            f[.duration], What(fr: "la `duration` du trajet", en: "the transfer's `duration`"))
        if duration == 0 { duration = nil }
        return TransferSpec(
            mode: mode, durationMinutes: duration, escort: escort, riders: riders?.map(\.0), route: route.map(\.0),
            location: reader.location(node), keyLocations: f.keyLocations)
    }

    mutating func readItem(_ node: Node, group: Int?) -> Item? {
        guard
            let f = reader.fields(node, PlanFormat.item)
        else { return nil }
        let id = reader.identifier(f[.id], What(fr: "l'`id` d'une séquence", en: "an item's `id`"))
        let kind = reader.choice(f[.kind], What(fr: "le `kind` de la séquence", en: "the item's `kind`"), ItemKind.self)
        let venue = reader.identifier(f[.venue], What(fr: "le `venue` de la séquence", en: "the item's `venue`"))
        refer(.venue, venue, at: f.location(of: .venue), What(fr: "un lieu", en: "a venue"))
        var duration = reader.duration(
            f[.duration], What(fr: "la `duration` de la séquence", en: "the item's `duration`"))
        if duration == 0, let node = f[.duration] {
            // A zero duration is for transfers only (docs/plan-format.md).
            reader.report(
                .badTime,
                Phrase(
                    fr: "une séquence dure au moins une minute ; `duration: 0m` est réservé aux trajets",
                    en: "an item lasts at least one minute; `duration: 0m` is for transfers only"),
                at: reader.location(node),
                help: Phrase(
                    fr: "donner à la séquence sa durée réelle, par exemple `duration: 15m`",
                    en: "give the item its real duration, e.g. `duration: 15m`"))
            duration = nil
        }
        let at = reader.timeSpec(f[.at], "`at`")
        let notBefore = reader.timeSpec(f[.notBefore], "`not-before`")
        let notAfter = reader.timeSpec(f[.notAfter], "`not-after`")
        let participants = reader.identifiers(f[.participants], "`participants`") ?? []
        for (p, loc) in participants { refer(.person, p, at: loc, What(fr: "un participant", en: "a participant")) }
        var lists: [PlanKey: PeopleList] = [:]
        for key in [PlanKey.welcome, .speakers, .wreaths, .lineup] {
            if let (list, ids) = reader.peopleList(f[key], What(key: key.rawValue)) {
                lists[key] = list
                for (p, loc) in ids {
                    refer(.person, p, at: loc, What(fr: "une personne de `\(key)`", en: "a person of `\(key)`"))
                }
            }
        }
        let host = reader.identifier(f[.host], "`host`")
        refer(.person, host, at: f.location(of: .host), What(fr: "l'hôte", en: "the host"))
        let coHost = reader.identifier(f[.coHost], "`co-host`")
        refer(.person, coHost, at: f.location(of: .coHost), What(fr: "le co-hôte", en: "the co-host"))
        let honours = reader.text(f[.honours], "`honours`")
        let ceremonyTimings = readCeremonyTimings(f[.ceremonyTimings])
        guard let id, let kind, let venue, let duration else { return nil }
        guard define(What(fr: "séquence", en: "item"), id, at: f.location(of: .id)) else { return nil }
        var item = Item(
            id: id, kind: kind, title: reader.text(f[.title], "`title`"), venue: venue, at: at,
            durationMinutes: duration, notBefore: notBefore, notAfter: notAfter, participants: participants.map(\.0),
            welcome: lists[.welcome], speakers: lists[.speakers], wreaths: lists[.wreaths], lineup: lists[.lineup],
            aisle: reader.bool(f[.aisle], "`aisle`") ?? false,
            seating: reader.choice(f[.seating], "`seating`", SeatingStyle.self),
            host: host, coHost: coHost, press: reader.choice(f[.press], "`press`", PressAccess.self),
            confidential: reader.bool(f[.confidential], "`confidential`") ?? false,
            notes: reader.text(f[.notes], "`notes`"), freeGroup: group, location: f.location,
            keyLocations: f.keyLocations)
        item.dress = reader.text(f[.dress], "`dress`")
        item.inPlaceMinutes = reader.duration(f[.inPlace], "`in-place`")
        item.honours = honours
        item.ceremonyTimings = ceremonyTimings
        return item
    }

    /// `ceremony-timings:` of the visit or of an item (docs/plan-format.md): a duration per moment of the run-sheet.
    mutating func readCeremonyTimings(_ node: Node?) -> CeremonyTimings? {
        guard let node, let f = reader.fields(node, PlanFormat.ceremonyTimings) else { return nil }
        var minutes: [CeremonyStep: Int] = [:]
        for step in CeremonyStep.allCases {
            guard let key = PlanKey(rawValue: step.rawValue) else { continue }
            if let m = reader.duration(f[key], What(key: "ceremony-timings.\(key)")) { minutes[step] = m }
        }
        return CeremonyTimings(minutes)
    }

    // MARK: - References

    /// Every reference to a person, venue, escort unit or commune the plan does not define, in reading order.
    ///
    /// Each reference is one dictionary lookup (O(1)), so checking grows with the number of references, not
    /// with the number of people; only a reference that misses is compared with every key of its kind, for
    /// the "did you mean" help.
    func checkReferences(plan: Plan) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        for ref in references {
            let isDefined: Bool
            switch ref.kind {
            case .person: isDefined = plan.people[ref.id] != nil
            case .venue: isDefined = plan.venues[ref.id] != nil
            case .unit: isDefined = plan.escortUnits[ref.id] != nil
            case .commune: isDefined = plan.communes[ref.id] != nil
            }
            if isDefined { continue }
            let kindName: What
            let suggestion: String?
            switch ref.kind {
            case .person:
                kindName = What(fr: "aucune personne définie", en: "person")
                suggestion = nearest(to: ref.id, in: plan.people.keys)
            case .venue:
                kindName = What(fr: "aucun lieu défini", en: "venue")
                suggestion = nearest(to: ref.id, in: plan.venues.keys)
            case .unit:
                kindName = What(fr: "aucune unité d'escorte définie", en: "escort unit")
                suggestion = nearest(to: ref.id, in: plan.escortUnits.keys)
            case .commune:
                kindName = What(fr: "aucune commune définie", en: "commune")
                suggestion = nearest(to: ref.id, in: plan.communes.keys)
            }
            findings.append(
                Diagnostic(
                    .unknownRef,
                    Phrase(
                        fr: "\(ref.what.fr) `\(ref.id)` ne désigne \(kindName.fr) dans le plan ni dans ses répertoires",
                        en: "\(ref.what.en) `\(ref.id)` is no \(kindName.en) defined in the plan or its registries"),
                    at: ref.location, subjects: [ref.id],
                    help: suggestion.map { Phrase.didYouMean($0) }
                        ?? Phrase(
                            fr: "le définir dans sa section", en: "define the \(kindName.en) under its section")))
        }
        return findings
    }
}

extension Phrase {
    /// `` `order` must be `free` or `fixed`, not "x" ``
    static func orderValue(_ order: String) -> Phrase {
        Phrase(
            fr: "`order` doit valoir `free` ou `fixed`, pas « \(order) »",
            en: "`order` must be `free` or `fixed`, not \"\(order)\"")
    }
}
