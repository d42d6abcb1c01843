/// The orders derived from precedence at one item (docs/protocol.md §5): welcome line, line placement, speeches,
/// wreaths.

/// Line placement of art. 16: rank 1 in the centre, then alternately to its right and to its left, outwards;
/// with a central aisle, rank 1 at the inner end of the right-hand block, rank 2 at the inner end of the left-hand
/// block, alternating.
///
/// "Right" and "left" are the authorities' own; the line is drawn as seen from the front (by the public), so the
/// right of rank 1 is to the left of the picture: `6 4 2 1 3 5`.
public struct Lineup: Hashable, Sendable {
    /// The people in order of precedence at this item (1st at the place of honour).
    public var ranked: [String]
    public var aisle: Bool
    /// Left to right as seen from the front.
    public var leftToRight: [String]
    /// With an aisle: how many stand to its left, as seen from the front.
    public var aisleAfter: Int?

    public init(ranked: [String], aisle: Bool) {
        self.ranked = ranked
        self.aisle = aisle
        let positions = Self.positions(count: ranked.count, aisle: aisle)
        self.leftToRight = positions.order.map { ranked[$0] }
        self.aisleAfter = positions.aisleAfter
    }

    /// Indices into the order of precedence, left to right as seen from the front.
    static func positions(count: Int, aisle: Bool) -> (order: [Int], aisleAfter: Int?) {
        guard count > 0 else { return ([], aisle ? 0 : nil) }
        if aisle {
            // Right-hand block (left of the picture): 0, 2, 4… with 0 at the inner end; left-hand block: 1, 3, 5…
            let right = stride(from: 0, to: count, by: 2).reversed()
            let left = stride(from: 1, to: count, by: 2)
            return (Array(right) + Array(left), (count + 1) / 2)
        }
        // Odd indices (2nd, 4th… in precedence) to the right of rank 1, i.e. left of the picture.
        let right = stride(from: 1, to: count, by: 2).reversed()
        let left = stride(from: 2, to: count, by: 2)
        return (Array(right) + [0] + Array(left), nil)
    }

    /// The one-line picture of positions in precedence: `4 2 1 3 5`, or `5 3 1 | 2 4` with an aisle.
    public var picture: String {
        let numbers = leftToRight.compactMap { id in ranked.firstIndex(of: id).map { String($0 + 1) } }
        guard let split = aisleAfter else { return numbers.joined(separator: " ") }
        let leftBlock = numbers.prefix(split).joined(separator: " ")
        let rightBlock = numbers.dropFirst(split).joined(separator: " ")
        return [leftBlock, "|", rightBlock].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// The derived orders, each a pure function of the precedence at an item.
public enum Orders {
    /// The welcome line (*accueil*, arts. 21–24 of the 1989 text, usage): where the principal arrives in a commune
    /// he is received by the préfet (or, without him, the sous-préfet of the arrondissement), the mayor of the
    /// commune and his deputies, or whoever stands in for them with `represents:`; in order of precedence. Nobody
    /// who arrives with the principal (`arriving`, the riders of the transfer into the item) waits in the line.
    public static func welcome(
        _ precedence: ItemPrecedence, plan: Plan, item: Item? = nil, arriving: Set<String> = []
    ) -> [String] {
        let commune = item.flatMap { plan.commune(of: $0) }
        let arrondissement = commune.flatMap { plan.communes[$0]?.arrondissement }
        func isMayoral(_ person: Person) -> Bool {
            if person.functions.contains(.mayorOfParis) { return plan.visit.territory == "75" }
            guard person.functions.contains(.mayor) || person.functions.contains(.deputyMayor) else { return false }
            return commune == nil || person.commune == commune
        }
        func isSubPrefectHere(_ person: Person) -> Bool {
            guard person.functions.contains(.subPrefect) else { return false }
            return arrondissement == nil || person.arrondissement == nil || person.arrondissement == arrondissement
        }
        func welcomes(_ person: Person, _ test: (Person) -> Bool) -> Bool {
            test(person) || person.represents.flatMap { plan.people[$0] }.map(test) == true
        }
        let waiting = precedence.order.compactMap { placed -> Person? in
            guard placed.id != plan.visit.principal, !arriving.contains(placed.id),
                let person = plan.people[placed.id], !person.isGovernment
            else { return nil }
            return person
        }
        let prefect = waiting.contains { welcomes($0, \.isPrefect) }
        return waiting.filter { person in
            welcomes(person, \.isPrefect) || welcomes(person, isMayoral)
                || (!prefect && welcomes(person, isSubPrefectHere))
        }.map(\.id)
    }

    /// Who speaks for the State at an item: every member of the Government present, else the highest-ranking
    /// member of the prefectoral corps (one voice for the State, art. 19 and usage).
    static func stateVoices(_ candidates: [PlacedPerson]) -> [PlacedPerson] {
        let government = candidates.filter { $0.voice == .government }
        if !government.isEmpty { return government }
        return candidates.first { $0.voice == .state }.map { [$0] } ?? []
    }

    /// The people who speak or lay a wreath by default: ranked elected officials, the host of a local ceremony,
    /// and one voice for the State; in order of precedence.
    static func voices(_ precedence: ItemPrecedence) -> [PlacedPerson] {
        let candidates = precedence.order.filter { $0.rank != nil && ($0.voice != .none || $0.isHost) }
        let state = Set(stateVoices(candidates).map(\.id))
        return candidates.filter { placed in
            switch placed.voice {
            case .government, .state: return state.contains(placed.id)
            case .elected, .none: return true
            }
        }
    }

    /// The speech order (art. 19): reverse precedence, the host mayor usually first, the highest authority last;
    /// with a minister present the préfet does not speak. Every voice of the item: the order of an explicit list
    /// checked against precedence, and of the wreaths.
    public static func speeches(_ precedence: ItemPrecedence) -> [String] {
        voices(precedence).reversed().map(\.id)
    }

    /// The default speakers of an item (`speakers: auto`): the mayor of the host commune, the one voice of the
    /// State (the member of the Government, else the préfet or the sous-préfet) and the principal; in the order of
    /// art. 19. Anyone else speaks only when listed (docs/protocol.md §5).
    public static func defaultSpeakers(_ precedence: ItemPrecedence, plan: Plan, item: Item) -> [String] {
        let commune = plan.commune(of: item)
        let voices = voices(precedence)
        let state = Set(stateVoices(voices).map(\.id))
        let speaking = precedence.order.filter { placed in
            if state.contains(placed.id) { return true }
            // The principal speaks, unless another voice speaks for the State (one voice for the State).
            if placed.id == plan.visit.principal { return placed.voice != .state && placed.voice != .government }
            guard voices.contains(where: { $0.id == placed.id }), let person = plan.people[placed.id] else {
                return false
            }
            return placed.function == FunctionCode.mayor.rawValue && person.commune == commune
                || placed.function == FunctionCode.mayorOfParis.rawValue
                || (placed.function == FunctionCode.mayor.rawValue && person.represents != nil)
        }
        return speaking.reversed().map(\.id)
    }

    /// The wreath order (usage, veterans' office guide 2022): reverse precedence, the highest representative of the
    /// State always last, even where a list ranks elected officials above him (Paris).
    public static func wreaths(_ precedence: ItemPrecedence) -> [String] {
        let layers = voices(precedence)
        var order = Array(layers.reversed().map(\.id))
        if let state = stateVoices(layers).first, let i = order.firstIndex(of: state.id) {
            order.remove(at: i)
            order.append(state.id)
        }
        return order
    }

    /// The line of art. 16 for people in order of precedence.
    public static func lineup(_ ranked: [String], aisle: Bool) -> Lineup { Lineup(ranked: ranked, aisle: aisle) }
}
