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
    /// The welcome line (*accueil*, arts. 21–24 of the 1989 text, usage): everyone at the item but the arriving
    /// party (the principal and the members of the Government), in order of precedence.
    public static func welcome(_ precedence: ItemPrecedence, plan: Plan) -> [String] {
        precedence.order.filter { placed in
            placed.id != plan.visit.principal && plan.people[placed.id]?.isGovernment != true
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
    /// with a minister present the préfet does not speak.
    public static func speeches(_ precedence: ItemPrecedence) -> [String] {
        voices(precedence).reversed().map(\.id)
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
