import CortegeCore
import CortegePlan
import Foundation

/// `cortege new`: a complete plan in French, commented key by key, that loads and checks without error, for the
/// officer to adapt (README, "Your first plan").
///
/// The plan includes the territory's registry when one is found beside the new file (`registry/CODE.yaml` or
/// `../registry/CODE.yaml`) and takes the préfet, the mayor, the venues' commune and the escort units from it;
/// without one, it defines a small registry of its own (communes, people, venues, escort units). The comments
/// are the one-line summaries of ``PlanFormat``, the table the loader reads, written once for each key.
public enum NewPlan {
    /// The kinds of visit `cortege new` writes.
    public static let kinds: [VisitKind] = [.ministerial, .prefect, .elected]

    /// Writes the new plan to `output`, never over an existing file; the lines it prints are in `language` (the
    /// plan itself is French).
    public static func run(
        kind: String, territory: String, date: String?, principal: String?, output: String,
        language: Language = .fr
    ) -> CommandResult {
        guard let visitKind = VisitKind(rawValue: kind), kinds.contains(visitKind) else {
            let names = kinds.map(\.rawValue).joined(separator: ", ")
            let near = nearest(to: kind, in: kinds.map(\.rawValue))
            return .failure(
                Phrase(
                    fr: "type de visite inconnu « \(kind) »\(near.map { " (vouliez-vous dire \($0) ?)" } ?? "") ; "
                        + "types possibles : \(names)",
                    en: "unknown kind of visit \"\(kind)\"\(near.map { " (did you mean \($0)?)" } ?? ""); "
                        + "expected one of \(names)"), language, status: 2)
        }
        guard let place = Territory(code: territory) else {
            let near = nearest(to: territory, in: Territory.knownCodes)
            return .failure(
                Phrase(
                    fr: "territoire inconnu « \(territory) »\(near.map { " (vouliez-vous dire « \($0) » ?)" } ?? "") : "
                        + "donnez le code INSEE du département",
                    en: "unknown territory \"\(territory)\"\(near.map { " (did you mean \"\($0)\"?)" } ?? ""): "
                        + "give the INSEE code of the département"), language, status: 2)
        }
        guard let zone = place.zone else {
            return .failure(
                Phrase(
                    fr: "aucun fuseau horaire pour le territoire \(territory)",
                    en: "no time zone for territory \(territory)"), language, status: 2)
        }
        let day: LocalDate
        if let date {
            guard let parsed = LocalDate(iso: date) else {
                return .failure(
                    Phrase(
                        fr: "--date « \(date) » n’est pas une date ; écrivez AAAA-MM-JJ",
                        en: "--date \"\(date)\" is not a date; write YYYY-MM-DD"), language, status: 2)
            }
            day = parsed
        } else {
            day = zone.local(TimeOption.clock()).date
        }
        if let principal, !isIdentifier(principal) {
            return .failure(
                Phrase(
                    fr: "--principal « \(principal) » n’est pas un identifiant (minuscules, chiffres et -)",
                    en: "--principal \"\(principal)\" is not an identifier (lowercase letters, digits and -)"),
                language, status: 2)
        }
        if FileManager.default.fileExists(atPath: output) {
            return .failure(
                Phrase(
                    fr: "\(output) existe déjà ; cortege new n’écrase jamais un fichier : choisissez un autre nom",
                    en: "\(output) already exists; cortege new never overwrites a file: choose another name"),
                language, status: 2)
        }
        var registry: (path: String, relative: String, content: LoadedRegistry)?
        for relative in ["registry/\(territory).yaml", "../registry/\(territory).yaml"] {
            let path = Self.beside(output, relative)
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let content = PlanLoader().loadRegistry(path: path)
            if !content.findings.contains(where: { $0.severity == .error }) {
                registry = (path, relative, content)
                break
            }
        }
        let text = skeleton(
            kind: visitKind, territory: place, date: day, principal: principal,
            registry: registry.map { ($0.relative, $0.content) }, schema: schemaReference(for: output))
        var result = CommandResult()
        do {
            try AtomicFile.create(text, at: output)
        } catch {
            return .failure(error.phrase, language, status: 2)
        }
        let words = Vocabulary(language)
        result.printError(
            words.pick("plan de visite écrit : ", "plan written: ") + output
                + (registry.map { words.pick(" (registre inclus : \($0.path))", " (registry included: \($0.path))") }
                    ?? words.pick(" (avec un registre à compléter)", " (with a registry to complete)")))
        result.printError(
            words.pick("modifiez-le, puis vérifiez-le : ", "edit it, then check it: ") + "cortege check \(output)")
        return result
    }

    /// `relative` resolved from the folder of `file`.
    static func beside(_ file: String, _ relative: String) -> String {
        let folder = (file as NSString).deletingLastPathComponent
        return folder.isEmpty ? relative : (folder as NSString).appendingPathComponent(relative)
    }

    /// The schema for the first line: docs/cortege.schema.json (or cortege.schema.json) found in the new file's
    /// folder or above it, as a path relative to the file; else `cortege.schema.json` beside it.
    static func schemaReference(for output: String) -> String {
        let folder = URL(fileURLWithPath: output).standardizedFileURL.deletingLastPathComponent()
        var candidate = folder
        var ups = 0
        while ups < 12 {
            for name in ["docs/cortege.schema.json", "cortege.schema.json"] {
                if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(name).path) {
                    return String(repeating: "../", count: ups) + name
                }
            }
            let parent = candidate.deletingLastPathComponent()
            if parent.path == candidate.path { break }
            candidate = parent
            ups += 1
        }
        return "cortege.schema.json"
    }

    static func isIdentifier(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    // MARK: - The text

    /// The people, venues and units the skeleton uses: from the registry where it has them, else its own.
    struct Cast {
        var principal: String
        var prefect: String
        var mayor: String
        var commune: String
        var communeName: String
        /// Venue ids: arrival and departure, ceremony, meeting and press point, meal.
        var arrivalVenue = "lieu-arrivee"
        var ceremonyVenue = "monument-aux-morts"
        var officeVenue = "prefecture"
        var mealVenue = "lieu-dejeuner"
        /// People, venues, communes and units the plan must define itself, as YAML lines.
        var ownPeople: [[(PlanKey, String)]] = []
        var ownVenues: [[(PlanKey, String)]] = []
        var ownCommunes: [[(PlanKey, String)]] = []
        var ownUnits: [[(PlanKey, String)]] = []
    }

    static func skeleton(
        kind: VisitKind, territory: Territory, date: LocalDate, principal: String?,
        registry: (relative: String, content: LoadedRegistry)?, schema: String
    ) -> String {
        let cast = cast(kind: kind, territory: territory, principal: principal, registry: registry?.content)
        var out = Lines()
        let code = territory.code
        let place = territory.code.count == 3 ? territory.name : "le département \(code)"
        out.raw("# yaml-language-server: $schema=\(schema)")
        out.raw("# \(Vocabulary(.fr).visitKind(kind)) : plan écrit par `cortege new`, à compléter.")
        out.raw("# Remplacez les titres, les noms et les heures, ajoutez ou retirez des séquences, puis vérifiez le")
        out.raw("# plan avec `cortege check`. Chaque clé est décrite dans docs/plan-format.md.")
        if schema == "cortege.schema.json" {
            out.raw("# Pour que l'éditeur complète et vérifie ce plan : cortege schema > cortege.schema.json")
        }
        out.key(0, PlanFormat.plan, .cortege, "1")
        out.blank()
        out.key(0, PlanFormat.plan, .visit, nil)
        let visit = PlanFormat.visit
        out.key(2, visit, .id, "\(kind.rawValue)-\(code.lowercased())-\(date)")
        let title: String
        switch kind {
        case .ministerial: title = "Visite ministérielle en \(place == territory.name ? territory.name : place)"
        case .prefect: title = "Déplacement du préfet dans \(place)"
        default: title = "Agenda de l'élu dans \(place)"
        }
        out.key(2, visit, .title, title)
        out.key(2, visit, .kind, kind.rawValue)
        out.key(2, visit, .principal, cast.principal)
        out.key(2, visit, .territory, quoted(code))
        out.key(2, visit, .date, "\(date)")
        out.key(2, visit, .status, VisitStatus.draft.rawValue)
        out.key(2, visit, .announce, "\(date.adding(days: -1))T18:00")
        out.key(2, visit, .organizer, "{ name: Bureau du cabinet de la préfecture }")
        out.key(2, visit, .ceremony, kind == .ministerial ? "governmental" : "local")
        out.key(2, visit, .pressLead, "15m")
        out.blank()
        if let registry {
            out.key(0, PlanFormat.plan, .include, "[\(registry.relative)]")
            out.blank()
        } else {
            out.raw("# Sans registre du territoire à côté de ce fichier (registry/\(code).yaml), le plan définit")
            out.raw("# lui-même ses communes, ses personnes, ses lieux et ses unités d'escorte. Déplacez-les dans un")
            out.raw("# registre partagé pour les réutiliser d'une visite à l'autre.")
        }
        out.list(PlanFormat.plan, .communes, PlanFormat.commune, cast.ownCommunes)
        out.list(PlanFormat.plan, .venues, PlanFormat.venue, cast.ownVenues)
        out.list(PlanFormat.plan, .people, PlanFormat.person, cast.ownPeople)
        out.list(PlanFormat.plan, .escortUnits, PlanFormat.escortUnit, cast.ownUnits)
        programme(kind: kind, cast: cast, into: &out)
        // Written in the layout of `cortege fmt`, so that a new plan is already formatted.
        guard case .success(let formatted) = PlanFormatter.format(out.text, file: "new.yaml") else { return out.text }
        return formatted
    }

    static func programme(kind: VisitKind, cast: Cast, into out: inout Lines) {
        let item = PlanFormat.item
        let p = cast.principal
        let official = unique([p, cast.prefect])
        let withMayor = unique([p, cast.prefect, cast.mayor])
        out.key(0, PlanFormat.plan, .programme, nil)
        out.entry(
            item,
            [
                (.id, "arrivee"), (.kind, "arrival"), (.title, "Arrivée et accueil à \(cast.communeName)"),
                (.venue, cast.arrivalVenue), (.at, quoted("09:00")), (.duration, "20m"),
                (.participants, list(withMayor)), (.welcome, "auto"), (.press, "pool"),
            ])
        transfer(riders: official, into: &out)
        out.entry(
            item,
            [
                (.id, "ceremonie"), (.kind, "ceremony"), (.title, "Cérémonie et dépôt de gerbe au monument aux morts"),
                (.venue, cast.ceremonyVenue), (.at, quoted("10:00")), (.duration, "40m"),
                (.participants, list(withMayor)), (.speakers, "auto"), (.wreaths, "auto"), (.lineup, "auto"),
                (.press, "open"),
            ])
        transfer(riders: official, into: &out)
        out.entry(
            item,
            [
                (.id, "reunion"), (.kind, "meeting"), (.title, "Réunion de travail à huis clos"),
                (.venue, cast.officeVenue), (.duration, "45m"), (.participants, list(withMayor)),
                (.press, "closed"), (.notes, "Liste des participants à confirmer la veille."),
            ])
        out.entry(
            item,
            [
                (.id, "point-presse"), (.kind, "press-point"), (.title, "Point presse"), (.venue, cast.officeVenue),
                (.at, quoted("11:45")), (.duration, "20m"), (.participants, list(official)), (.press, "open"),
            ])
        transfer(riders: official, into: &out)
        out.entry(
            item,
            [
                (.id, "dejeuner"), (.kind, "meal"), (.title, "Déjeuner de travail"), (.venue, cast.mealVenue),
                (.at, quoted("12:30")), (.duration, "1h15"), (.participants, list(withMayor)),
                (.host, kind == .elected ? p : cast.prefect), (.seating, "a-la-francaise"), (.press, "closed"),
            ])
        transfer(riders: official, into: &out)
        out.entry(
            item,
            [
                (.id, "depart"), (.kind, "departure"), (.title, "Départ"), (.venue, cast.arrivalVenue),
                (.duration, "15m"), (.participants, list(official)), (.press, "closed"),
            ])
    }

    static func transfer(riders: [String], into out: inout Lines) {
        out.raw("")
        out.key(
            2, PlanFormat.plan, .transfer, nil, dash: true, comment: "trajet entre la séquence d'avant et la suivante")
        for (key, value) in [(PlanKey.mode, "car"), (.duration, "15m"), (.escort, "auto"), (.riders, list(riders))] {
            out.key(6, PlanFormat.transfer, key, value)
        }
    }

    static func cast(kind: VisitKind, territory: Territory, principal: String?, registry: LoadedRegistry?) -> Cast {
        let code = territory.code.lowercased()
        let people = registry?.people ?? []
        func person(_ function: FunctionCode) -> Person? { people.first { $0.functions.contains(function) } }
        let taken = Set(people.map(\.id) + (registry?.venues.map(\.id) ?? []))
        func fresh(_ id: String) -> String {
            var candidate = id
            var n = 2
            while taken.contains(candidate) {
                candidate = "\(id)-\(n)"
                n += 1
            }
            return candidate
        }
        // The commune of the visit: the préfecture's, else the first written.
        let venues = registry?.venues ?? []
        let prefecture = venues.first { $0.id == "prefecture-\(code)" && $0.commune != nil }
        let anchor = prefecture ?? venues.first { $0.commune != nil }
        let communes = registry?.communes ?? []
        let commune = anchor?.commune.flatMap { c in communes.first { $0.code == c } } ?? communes.first
        var cast = Cast(
            principal: "", prefect: "", mayor: "", commune: commune?.code ?? placeholderCommune(territory),
            communeName: commune?.name ?? "Chef-lieu")
        if commune == nil {
            cast.ownCommunes.append([
                (.code, quoted(cast.commune)), (.name, cast.communeName), (.securityZone, "police"),
            ])
        }
        // The préfet.
        if let prefect = person(.prefect) {
            cast.prefect = prefect.id
        } else {
            cast.prefect = fresh("prefet-\(code)")
            cast.ownPeople.append([
                (.id, cast.prefect), (.name, "Prénom Nom"), (.title, "Préfet"), (.function, "prefect"),
            ])
        }
        // The mayor of the commune of the visit.
        if let mayor = people.first(where: { $0.functions.contains(.mayor) && $0.commune == cast.commune }) {
            cast.mayor = mayor.id
        } else {
            cast.mayor = fresh("maire-\(cast.commune.lowercased())")
            cast.ownPeople.append([
                (.id, cast.mayor), (.name, "Prénom Nom"), (.title, "Maire"), (.function, "mayor"),
                (.commune, quoted(cast.commune)),
            ])
        }
        // The principal.
        let function: FunctionCode
        switch kind {
        case .ministerial: function = .minister
        case .prefect: function = .prefect
        default: function = "departmental-president"
        }
        let defaultID: String
        switch kind {
        case .ministerial: defaultID = "ministre"
        case .prefect: defaultID = cast.prefect
        default: defaultID = person("departmental-president")?.id ?? "president-cd\(code)"
        }
        cast.principal = principal ?? defaultID
        if cast.principal == cast.prefect && kind != .prefect {
            cast.principal = fresh(defaultID + "-visite")
        }
        let known =
            people.contains { $0.id == cast.principal } || cast.ownPeople.contains { $0.first?.1 == cast.principal }
        if !known {
            var entry: [(PlanKey, String)] = [(.id, cast.principal), (.name, "Prénom Nom")]
            switch kind {
            case .ministerial:
                entry += [
                    (.title, "Ministre"), (.function, "minister"), (.governmentRank, "1"), (.escort, "required"),
                ]
            case .prefect:
                entry += [(.title, "Préfet"), (.function, "prefect")]
            default:
                entry += [(.title, "Président du conseil départemental"), (.function, function.rawValue)]
            }
            cast.ownPeople.insert(entry, at: 0)
        }
        // The venues: the préfecture of the registry for the meeting and the press point, and the others here,
        // near it when it is placed.
        let near = prefecture?.geo ?? anchor?.geo
        func venue(_ id: String, _ name: String, north: Double, east: Double) -> [(PlanKey, String)] {
            var entry: [(PlanKey, String)] = [(.id, id), (.name, name), (.commune, quoted(cast.commune))]
            if let near {
                entry.append(
                    (
                        .geo,
                        String(format: "[%.4f, %.4f]", near.latitude + north, near.longitude + east)
                    ))
            }
            return entry
        }
        cast.arrivalVenue = fresh("lieu-arrivee")
        cast.ceremonyVenue = fresh("monument-aux-morts")
        cast.mealVenue = fresh("lieu-dejeuner")
        cast.ownVenues.append(
            venue(cast.arrivalVenue, "Lieu d'arrivée (aéroport, gare, hélistation)", north: 0.004, east: 0.003))
        var ceremony = venue(cast.ceremonyVenue, "Monument aux morts", north: -0.003, east: 0.002)
        ceremony.append((.shared, "true"))
        cast.ownVenues.append(ceremony)
        if let prefecture {
            cast.officeVenue = prefecture.id
        } else {
            cast.officeVenue = fresh("prefecture")
            cast.ownVenues.append(venue(cast.officeVenue, "Préfecture", north: 0, east: 0))
        }
        cast.ownVenues.append(venue(cast.mealVenue, "Lieu du déjeuner", north: 0.002, east: -0.003))
        // Escort units: one of each force, unless the registry has them.
        let units = registry?.escortUnits ?? []
        for force in SecurityZone.allCases where !units.contains(where: { $0.force == force }) {
            let id = fresh("escorte-\(force.rawValue)-\(code)")
            let name = force == .police ? "Motocyclistes de la police nationale" : "Escadron de sécurité routière"
            cast.ownUnits.append([(.id, id), (.name, name), (.force, force.rawValue), (.lead, "30m")])
        }
        return cast
    }

    /// A commune code of the territory for a plan without registry: the officer replaces it.
    static func placeholderCommune(_ territory: Territory) -> String {
        territory.code.count == 3 ? territory.code + "01" : territory.code + "001"
    }

    static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    static func list(_ ids: [String]) -> String { "[" + ids.joined(separator: ", ") + "]" }

    static func quoted(_ s: String) -> String { "\"" + s + "\"" }

    /// The lines of the new plan, each key commented the first time it is written in its section.
    struct Lines {
        var lines: [String] = []
        var commented: Set<String> = []
        static let commentColumn = 48

        var text: String { lines.joined(separator: "\n") + "\n" }

        mutating func raw(_ line: String) { lines.append(line) }
        mutating func blank() { lines.append("") }

        /// `key: value` at `indent`, as a list entry with `dash`, with the key's summary the first time.
        mutating func key(
            _ indent: Int, _ section: PlanSection, _ key: PlanKey, _ value: String?, dash: Bool = false,
            comment: String? = nil
        ) {
            var line = String(repeating: " ", count: indent) + (dash ? "- " : "") + key.rawValue + ":"
            if let value { line += " " + NewPlan.scalar(value) }
            let mark = "\(section.name.rawValue).\(key.rawValue)"
            if let summary = comment ?? section.definition(key)?.summary, commented.insert(mark).inserted {
                line += String(repeating: " ", count: max(2, Self.commentColumn - line.count)) + "# " + summary
            }
            lines.append(line)
        }

        /// One `- ` entry of a list of mappings, a blank line before it.
        mutating func entry(_ section: PlanSection, _ fields: [(PlanKey, String)], indent: Int = 2) {
            lines.append("")
            for (n, (key, value)) in fields.enumerated() {
                self.key(n == 0 ? indent : indent + 2, section, key, value, dash: n == 0)
            }
        }

        /// A section of the plan written as a list of mappings; nothing when it is empty.
        mutating func list(
            _ parent: PlanSection, _ key: PlanKey, _ section: PlanSection, _ entries: [[(PlanKey, String)]]
        ) {
            guard !entries.isEmpty else { return }
            self.key(0, parent, key, nil)
            for entry in entries {
                for (n, (field, value)) in entry.enumerated() {
                    self.key(n == 0 ? 2 : 4, section, field, value, dash: n == 0)
                }
            }
            blank()
        }
    }

    /// A plain scalar as written, or double-quoted when YAML would read it otherwise.
    static func scalar(_ value: String) -> String {
        if value.hasPrefix("\"") || value.hasPrefix("[") || value.hasPrefix("{") { return value }
        let special =
            value.contains(": ") || value.contains(" #") || value.hasSuffix(":")
            || value.first.map { "&*!|>'%@`-?,".contains($0) } == true
        return special ? quoted(value.replacingOccurrences(of: "\"", with: "\\\"")) : value
    }
}
