import Foundation

/// The rank of each person at an item (*préséance*), by the list in force and the rules of docs/protocol.md §4.

/// Why a person has no rank at an item.
public enum UnrankedReason: Hashable, Sendable {
    /// The person has no `function`.
    case noFunction
    /// None of the person's functions is in the list in force.
    case notInList([String])
    /// A function that ranks only in the commune where the item takes place (the mayor, municipal councillors).
    case outsideHostCommune(function: String, commune: String?, hostCommune: String?)
    /// A function that ranks only in some territories (the Concordat in Alsace-Moselle).
    case outsideTerritories(function: String, territories: [String])
    /// `deputy-mayor`, `council-vice-president`, `personality`: no rank of their own (art. 13, 18).
    case noRankOfItsOwn(function: String)
    /// A representative whose office holder attends the item himself (art. 14 applies in his absence).
    case holderPresent(function: String, holder: String)
    /// No list is implemented for the territory.
    case listUnavailable(Phrase)

    /// The reason in plain words, in English.
    public var text: String { phrase.en }

    /// The reason in plain words.
    public var phrase: Phrase {
        switch self {
        case .noFunction:
            return Phrase(fr: "aucune `function` n'est indiquée", en: "no `function` is given")
        case .notInList(let codes):
            let list = "`\(codes.joined(separator: "`, `"))`"
            return Phrase(
                fr: "\(list) n'a pas de rang dans la liste en vigueur", en: "\(list) has no rank in the list in force")
        case .outsideHostCommune(let function, let commune, let host):
            return Phrase(
                fr: "`\(function)` n'a de rang que dans sa propre commune : celui-ci "
                    + (commune.map { "est de la commune \($0)" } ?? "n'a pas de `commune`") + ", "
                    + (host.map { "la séquence a lieu dans la commune \($0)" }
                        ?? "le lieu de la séquence n'a pas de commune"),
                en: "`\(function)` ranks only in his own commune: this one is "
                    + (commune.map { "of commune \($0)" } ?? "with no `commune`") + ", "
                    + (host.map { "the item is in commune \($0)" } ?? "the item's venue has no commune"))
        case .outsideTerritories(let function, let territories):
            let list = territories.joined(separator: ", ")
            return Phrase(fr: "`\(function)` n'a de rang qu'en \(list)", en: "`\(function)` ranks only in \(list)")
        case .noRankOfItsOwn(let function):
            switch function {
            case "personality":
                return Phrase(
                    fr: "une personnalité (art. 18) n'a pas de rang propre",
                    en: "a personality (art. 18) has no rank of its own")
            default:
                return Phrase(
                    fr: "`\(function)` n'a pas de rang propre, sauf s'il représente le titulaire (art. 14)",
                    en: "`\(function)` has no rank of its own unless it represents the office holder (art. 14)")
            }
        case .holderPresent(let function, let holder):
            return Phrase(
                fr: "`\(function)` représente \(holder), qui est présent lui-même (l'art. 14 s'applique en son "
                    + "absence)",
                en: "`\(function)` represents \(holder), who attends himself (art. 14 applies in his absence)")
        case .listUnavailable(let why):
            return why
        }
    }
}

/// One person placed at an item: the rank and the rule that gave it, or why there is none.
public struct PlacedPerson: Hashable, Sendable {
    public var id: String
    /// Nil for an unranked person (rule 8: after every ranked authority).
    public var rank: Rank?
    /// The function code that placed the person (for a representative, the office holder's).
    public var function: String?
    /// The rule in plain words: "mayor of the host commune", "minister on official visit".
    public var rule: Phrase
    /// Whose voice the person carries at a ceremony.
    public var voice: Voice
    /// The inviting authority of a local ceremony (art. 9).
    public var isHost: Bool
    /// Why the person has no rank (empty when ranked).
    public var unranked: [UnrankedReason]

    /// "7 — mayor of the host commune", or "unranked — …".
    public var explanation: String { "\(rank.map(\.description) ?? "unranked") — \(rule.en)" }
}

/// Two or more people of one rank that neither seniority nor the Government's order tells apart.
public struct PrecedenceTie: Hashable, Sendable {
    /// In the order chosen (the plan's order).
    public var people: [String]
    public var rank: Rank
    /// True when all of them have the same `first-elected` date; false when some have none.
    public var sameFirstElection: Bool
}

/// The order of precedence at one item.
public struct ItemPrecedence: Hashable, Sendable {
    public var itemID: String
    /// Ranked people in order, then unranked people in the plan's order.
    public var order: [PlacedPerson]
    /// Participants left out of precedence: staff (close protection, drivers, press officers, interpreters).
    public var staff: [String]
    public var ties: [PrecedenceTie]

    public var ids: [String] { order.map(\.id) }

    public func placed(_ id: String) -> PlacedPerson? { order.first { $0.id == id } }
}

/// What the rank of a person depends on at one item.
public struct PrecedenceContext: Hashable, Sendable {
    public var choice: PrecedenceTable.Choice
    public var territory: String
    /// The INSEE code of the commune where the item takes place.
    public var hostCommune: String?
    /// The arrondissement of that commune.
    public var arrondissement: String?
    /// The inviting authority when art. 9 applies (a local ceremony).
    public var host: String?
    /// A member of the Government is among the participants.
    public var governmentPresent: Bool
    /// The highest member of the Government among the participants, whom the préfet accompanies.
    public var accompanied: GovernmentMember?
    /// The préfet is among the participants.
    public var prefectPresent: Bool
    /// Outside any one commune (the motorcade): every mayor counts as the mayor of his commune.
    public var everyCommune = false
    /// Everyone at the item (a representative does not stand in for an office holder who attends).
    public var present: Set<String>

    public init(
        choice: PrecedenceTable.Choice, territory: String, hostCommune: String? = nil, arrondissement: String? = nil,
        host: String? = nil, governmentPresent: Bool = false, prefectPresent: Bool = false, present: Set<String> = [],
        accompanied: GovernmentMember? = nil
    ) {
        self.present = present
        self.accompanied = accompanied
        self.choice = choice
        self.territory = territory
        self.hostCommune = hostCommune
        self.arrondissement = arrondissement
        self.host = host
        self.governmentPresent = governmentPresent
        self.prefectPresent = prefectPresent
    }
}

/// Whom the representative of the State accompanies, worded for the person's actual function
/// (docs/protocol.md §4, rule 1 and art. 8).
public enum GovernmentMember: Hashable, Sendable {
    case presidentOfTheRepublic
    case primeMinister
    case minister
    case secretaryOfState

    /// The highest member of the Government among `people` (the President, the Prime Minister, then the ministers
    /// in the Government's order); a minister whose `title` begins with « secrétaire d'État » is one.
    public static func highest(among people: [Person]) -> GovernmentMember? {
        if people.contains(where: { $0.functions.contains(.presidentOfTheRepublic) }) { return .presidentOfTheRepublic }
        if people.contains(where: { $0.functions.contains(.primeMinister) }) { return .primeMinister }
        let ministers = people.filter { $0.functions.contains(.minister) }
            .sorted { ($0.governmentRank ?? 1000) < ($1.governmentRank ?? 1000) }
        guard let first = ministers.first else { return nil }
        return first.isSecretaryOfState ? .secretaryOfState : .minister
    }

    /// Art. 8: the President of the Republic or the Prime Minister presiding a ceremony outside Paris.
    public var presidesUnderArticle8: Bool { self == .presidentOfTheRepublic || self == .primeMinister }

    /// « the Prime Minister », as written after "accompanying".
    public var accompaniedPhrase: Phrase {
        switch self {
        case .presidentOfTheRepublic: Phrase(fr: "le Président de la République", en: "the President of the Republic")
        case .primeMinister: Phrase(fr: "le Premier ministre", en: "the Prime Minister")
        case .minister: Phrase(fr: "le ministre", en: "the minister")
        case .secretaryOfState: Phrase(fr: "le secrétaire d'État", en: "the secretary of state")
        }
    }
}

extension Person {
    /// A member of the Government whose `title` names him secrétaire d'État.
    public var isSecretaryOfState: Bool {
        guard functions.contains(.minister), let title else { return false }
        let plain = title.lowercased().folding(options: .diacriticInsensitive, locale: nil)
            .replacingOccurrences(of: "’", with: "'")
        return plain.hasPrefix("secretaire d'etat")
    }
}

extension Person {
    /// True when every function is a staff role (then the person is in no list of precedence).
    public var isStaff: Bool { !functions.isEmpty && functions.allSatisfy(\.isStaffRole) }

    /// True when the person is a member of the Government (or its head, or the head of State).
    public var isGovernment: Bool { functions.contains(where: \.isGovernment) }

    /// True when the person belongs to the prefectoral corps.
    public var isState: Bool { functions.contains(where: \.representsState) }
}

extension Plan {
    /// The list of precedence this plan reads: the one in force in its territory on the visit's date.
    public var precedenceChoice: PrecedenceTable.Choice {
        PrecedenceTable.inForce(territory: visit.territory, on: visit.date)
    }

    /// The commune where an item takes place: its venue's.
    public func commune(of item: Item) -> String? { venues[item.venue]?.commune }

    /// The people at an item: its participants, or the principal alone when it lists none.
    public func attendees(of item: Item) -> [String] {
        item.participants.isEmpty ? [visit.principal] : item.participants
    }

    /// What the ranks at `item` depend on.
    public func precedenceContext(for item: Item, choice: PrecedenceTable.Choice? = nil) -> PrecedenceContext {
        let choice = choice ?? precedenceChoice
        let commune = commune(of: item)
        let present = attendees(of: item).compactMap { people[$0] }
        return PrecedenceContext(
            choice: choice, territory: visit.territory, hostCommune: commune,
            arrondissement: commune.flatMap { communes[$0]?.arrondissement },
            host: visit.ceremony == .local ? item.host : nil,
            governmentPresent: present.contains { $0.isGovernment },
            prefectPresent: present.contains(where: \.isPrefect),
            present: Set(present.map(\.id)), accompanied: GovernmentMember.highest(among: present))
    }

    /// The index of each person in the plan's order (definition order), for ties and unranked people.
    func planOrderIndex() -> [String: Int] { personOrderIndex }
}

/// The precedence engine.
public enum Precedence {
    /// A rank candidate from one function or rule.
    struct Candidate {
        var rank: Rank
        var function: FunctionCode
        var rule: Phrase
        var voice: Voice
        var isHost = false
    }

    /// The rank `function` gives `person` in `context`, or why it gives none.
    static func candidate(
        _ function: FunctionCode, of person: Person, in context: PrecedenceContext, table: PrecedenceTable
    )
        -> Result<Candidate, ReasonBox>
    {
        let voice = function.voice
        if let entry = table.entry(for: function) {
            switch entry.scope {
            case .everywhere: break
            case .hostCommune:
                guard context.everyCommune || (context.hostCommune != nil && person.commune == context.hostCommune)
                else {
                    return .failure(
                        ReasonBox(
                            .outsideHostCommune(
                                function: function.rawValue, commune: person.commune,
                                hostCommune: context.hostCommune)))
                }
            case .territories(let codes):
                guard codes.contains(context.territory) else {
                    return .failure(ReasonBox(.outsideTerritories(function: function.rawValue, territories: codes)))
                }
            }
            var rank = entry.rank
            var rule = entry.labelPhrase
            if function == .minister {
                rank.within = person.governmentRank ?? 1000
                rule += Self.governmentRank(person)
            }
            if function == table.stateRepresentative, context.governmentPresent {
                // Rule 1 of docs/protocol.md §4; art. 8 when the President or the Prime Minister presides outside
                // Paris.
                let whom = context.accompanied ?? .minister
                rule += Phrase(fr: ", accompagnant ", en: ", accompanying ") + whom.accompaniedPhrase
                if whom.presidesUnderArticle8, table.list == .article3 { rule += Phrase(fr: " (art. 8)", en: " (art. 8)") }
            }
            if function == .subPrefect, let own = person.arrondissement, own == context.arrondissement {
                if !context.governmentPresent && !context.prefectPresent {
                    return .success(
                        Candidate(
                            rank: table.stateRank, function: function,
                            rule: Phrase(
                                fr: "sous-préfet dans son arrondissement, en l'absence du préfet (art. 11)",
                                en: "sous-préfet in his arrondissement, in the préfet's absence (art. 11)"),
                            voice: .state)
                    )
                }
                rule += Phrase(fr: " dans son arrondissement", en: " in his arrondissement")
            }
            return .success(Candidate(rank: rank, function: function, rule: rule, voice: voice))
        }
        switch function {
        case .presidentOfTheRepublic:
            return .success(
                Candidate(
                    rank: Rank(table.stateRank.number, step: -3), function: function,
                    rule: Phrase(
                        fr: "Président de la République présidant hors de Paris (art. 8)",
                        en: "President of the Republic presiding outside Paris (art. 8)"),
                    voice: .government))
        case .primeMinister:
            return .success(
                Candidate(
                    rank: Rank(table.stateRank.number, step: -2), function: function,
                    rule: Phrase(
                        fr: "Premier ministre présidant hors de Paris (art. 8)",
                        en: "Prime Minister presiding outside Paris (art. 8)"),
                    voice: .government))
        case .minister:
            let rule =
                (person.isSecretaryOfState
                    ? Phrase(fr: "secrétaire d'État en visite officielle", en: "secretary of state on official visit")
                    : Phrase(fr: "ministre en visite officielle", en: "minister on official visit"))
                + governmentRank(person)
            return .success(
                Candidate(
                    rank: Rank(table.stateRank.number, step: -1, within: person.governmentRank ?? 1000),
                    function: function, rule: rule, voice: .government))
        case .ambassador:
            return .success(
                Candidate(
                    rank: Rank(table.stateRank.number, step: 1), function: function,
                    rule: Phrase(
                        fr: "ambassadeur, juste après le représentant de l'État (art. 17)",
                        en: "ambassador, right after the representative of the State (art. 17)"), voice: .none))
        case .deputyMayor, .councilVicePresident, .personality:
            return .failure(ReasonBox(.noRankOfItsOwn(function: function.rawValue)))
        default:
            return .failure(ReasonBox(.notInList([function.rawValue])))
        }
    }

    /// ` (government rank 4)` for a member of the Government with a `government-rank`, else nothing.
    static func governmentRank(_ person: Person) -> Phrase {
        person.governmentRank.map {
            Phrase(fr: " (rang \($0) dans l'ordre du Gouvernement)", en: " (government rank \($0))")
        } ?? Phrase(verbatim: "")
    }

    /// `Result` needs an `Error`; the reason travels in this box.
    struct ReasonBox: Error { var reason: UnrankedReason; init(_ r: UnrankedReason) { reason = r } }

    /// The functions a representative may borrow from the office holder (art. 14).
    static let borrowable: [FunctionCode: Set<FunctionCode>] = [
        .deputyMayor: [.mayor, .mayorOfParis],
        .councilVicePresident: ["regional-president", "departmental-president"],
    ]

    /// Places one person at an item.
    public static func place(_ person: Person, in context: PrecedenceContext, people: [String: Person]) -> PlacedPerson
    {
        guard let table = context.choice.table else {
            let why: Phrase
            if case .unavailable(let text) = context.choice {
                why = text
            } else {
                why = Phrase(fr: "aucune liste de préséance", en: "no list of precedence")
            }
            return PlacedPerson(
                id: person.id, rank: nil, function: nil, rule: why, voice: .none, isHost: false,
                unranked: [.listUnavailable(why)])
        }
        var candidates: [Candidate] = []
        var reasons: [UnrankedReason] = []
        var unlisted: [String] = []
        for function in person.functions {
            switch candidate(function, of: person, in: context, table: table) {
            case .success(let c): candidates.append(c)
            case .failure(let box):
                if case .notInList(let codes) = box.reason { unlisted += codes } else { reasons.append(box.reason) }
            }
        }
        if !unlisted.isEmpty { reasons.append(.notInList(unlisted)) }
        if person.functions.isEmpty { reasons.append(.noFunction) }
        // Art. 13–14: precedence is not delegated, except a deputy mayor for the mayor and a vice-president for the
        // council president.
        if let heldID = person.represents, let held = people[heldID], heldID != person.id {
            for function in person.functions {
                guard let allowed = borrowable[function] else { continue }
                if context.present.contains(heldID) {
                    reasons = reasons.map { reason in
                        reason == .noRankOfItsOwn(function: function.rawValue)
                            ? .holderPresent(function: function.rawValue, holder: heldID) : reason
                    }
                    continue
                }
                for heldFunction in held.functions where allowed.contains(heldFunction) {
                    if case .success(var c) = candidate(heldFunction, of: held, in: context, table: table) {
                        let who =
                            function == .deputyMayor
                            ? Phrase(fr: "adjoint au maire", en: "deputy mayor")
                            : Phrase(fr: "vice-président", en: "vice-president")
                        c.rule = Phrase(
                            fr: "\(who.fr) représentant \(heldID), \(c.rule.fr) (art. 14)",
                            en: "\(who.en) representing \(heldID), \(c.rule.en) (art. 14)")
                        candidates.append(c)
                    }
                }
            }
        }
        // Art. 9: the inviting authority of a local ceremony ranks 2nd, right after the representative of the State.
        if context.host == person.id {
            candidates.append(
                Candidate(
                    rank: Rank(table.stateRank.number + 1, step: -1), function: person.functions.first ?? "host",
                    rule: Phrase(
                        fr: "autorité invitante d'une cérémonie locale (art. 9)",
                        en: "host of a local ceremony (art. 9)"),
                    voice: person.functions.map(\.voice).first { $0 != .none } ?? .none,
                    isHost: true))
        }
        guard var best = candidates.min(by: { $0.rank < $1.rank }) else {
            let rule = Phrase(
                fr: reasons.map(\.phrase.fr).joined(separator: " ; "),
                en: reasons.map(\.phrase.en).joined(separator: "; "))
            return PlacedPerson(
                id: person.id, rank: nil, function: nil, rule: rule, voice: .none, isHost: false, unranked: reasons)
        }
        let others = Set(candidates.map(\.function.rawValue)).subtracting([best.function.rawValue])
        if person.functions.count > 1, !others.isEmpty {
            let list = others.sorted().joined(separator: ", ")
            best.rule += Phrase(
                fr: " (aussi \(list) : le rang le plus élevé l'emporte)", en: " (also \(list): the highest rank counts)"
            )
        }
        return PlacedPerson(
            id: person.id, rank: best.rank, function: best.function.rawValue, rule: best.rule, voice: best.voice,
            isHost: best.isHost || context.host == person.id, unranked: [])
    }

    /// Orders `ids` (participants of one item) by precedence: ranks, then seniority (`first-elected`, the longest
    /// first), then the plan's order with a tie; unranked people last in the plan's order. Staff are set apart.
    public static func order(_ ids: [String], in context: PrecedenceContext, plan: Plan, itemID: String)
        -> ItemPrecedence
    {
        let planIndex = plan.planOrderIndex()
        var seen: Set<String> = []
        var people: [Person] = []
        var staff: [String] = []
        for id in ids where !seen.contains(id) {
            seen.insert(id)
            guard let person = plan.people[id] else { continue }
            if person.isStaff { staff.append(id) } else { people.append(person) }
        }
        let fallback = planIndex.count
        func index(_ id: String) -> Int { planIndex[id] ?? (fallback + (ids.firstIndex(of: id) ?? 0)) }

        let placed = people.map { place($0, in: context, people: plan.people) }
        var ranked: [Rank: [PlacedPerson]] = [:]
        var unranked: [PlacedPerson] = []
        for p in placed {
            if let rank = p.rank { ranked[rank, default: []].append(p) } else { unranked.append(p) }
        }
        var order: [PlacedPerson] = []
        var ties: [PrecedenceTie] = []
        for rank in ranked.keys.sorted() {
            let group = (ranked[rank] ?? []).sorted { index($0.id) < index($1.id) }
            guard group.count > 1 else {
                order += group
                continue
            }
            let dates = group.compactMap { plan.people[$0.id]?.firstElected }
            if dates.count == group.count {
                let byDate = group.sorted {
                    let (a, b) = (plan.people[$0.id]?.firstElected, plan.people[$1.id]?.firstElected)
                    if a != b, let a, let b { return a < b }
                    return index($0.id) < index($1.id)
                }
                order += byDate
                var run: [PlacedPerson] = []
                for p in byDate {
                    if let last = run.last, plan.people[last.id]?.firstElected != plan.people[p.id]?.firstElected {
                        if run.count > 1 {
                            ties.append(PrecedenceTie(people: run.map(\.id), rank: rank, sameFirstElection: true))
                        }
                        run = []
                    }
                    run.append(p)
                }
                if run.count > 1 {
                    ties.append(PrecedenceTie(people: run.map(\.id), rank: rank, sameFirstElection: true))
                }
            } else {
                order += group
                ties.append(PrecedenceTie(people: group.map(\.id), rank: rank, sameFirstElection: false))
            }
        }
        order += unranked.sorted { index($0.id) < index($1.id) }
        return ItemPrecedence(itemID: itemID, order: order, staff: staff, ties: ties)
    }

    /// The order of precedence at `item`, with the list in force for the plan (or `choice`).
    public static func at(_ item: Item, in plan: Plan, choice: PrecedenceTable.Choice? = nil) -> ItemPrecedence {
        let context = plan.precedenceContext(for: item, choice: choice)
        return order(plan.attendees(of: item), in: context, plan: plan, itemID: item.id)
    }
}
