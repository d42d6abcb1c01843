/// The seating plan of a meal (usage only, docs/protocol.md §5).
///
/// *À la française* the host and the co-host face each other at the middle of the long sides; *à l'anglaise* they
/// sit at the two ends. The guest of honour sits at the host's right, the second at the host's left, then the
/// co-host's right and left, alternating outwards. Without a co-host, the third guest takes the co-host's seat.
///
/// The plan is drawn from above: the host's side at the bottom (à la française) or the host at the west end
/// (à l'anglaise); rows read west to east, left to right.
public struct SeatingPlan: Hashable, Sendable {
    public var style: SeatingStyle
    public var host: String
    public var coHost: String?
    /// Host, co-host, then the guests from the guest of honour down: the order in which seats are given.
    public var order: [String]
    /// À la française: the host's long side, west to east, with the host in it (nil: empty seat).
    /// À l'anglaise: the south side (the host's right), west to east.
    public var nearSide: [String?]
    /// À la française: the co-host's long side, west to east. À l'anglaise: the north side, west to east.
    public var farSide: [String?]
    /// À l'anglaise: who sits at the west end (the host) and at the east end (the co-host, or the next guest).
    public var westEnd: String?
    public var eastEnd: String?

    /// Seats `people` (in order of precedence) around `host` and `coHost`.
    public init(style: SeatingStyle, host: String, coHost: String?, people: [String]) {
        self.style = style
        self.host = host
        self.coHost = coHost
        let guests = people.filter { $0 != host && $0 != coHost }
        self.order = [host] + (coHost.map { [$0] } ?? []) + guests
        switch style {
        case .aLaFrancaise:
            var near: [Int: String] = [0: host]
            var far: [Int: String] = [:]
            if let coHost { far[0] = coHost }
            var queue = guests[...]
            var k = 1
            while !queue.isEmpty {
                // The host faces north (his right is east, +), the co-host faces south (his right is west, −).
                var seats: [(Bool, Int)] = [(true, k), (true, -k)]
                if k == 1, coHost == nil { seats.append((false, 0)) }
                seats += [(false, -k), (false, k)]
                for (isNear, offset) in seats {
                    guard let guest = queue.popFirst() else { break }
                    if isNear { near[offset] = guest } else { far[offset] = guest }
                }
                k += 1
            }
            let span = (Array(near.keys) + Array(far.keys)).map(abs).max() ?? 0
            nearSide = (-span...span).map { near[$0] }
            farSide = (-span...span).map { far[$0] }
            westEnd = nil
            eastEnd = nil
        case .aLAnglaise:
            // Without a co-host the third guest takes the east end; the sides seat the others.
            let third = coHost == nil && guests.count > 2 ? guests[2] : nil
            (nearSide, farSide) = Self.anglaise(guests: guests.filter { $0 != third })
            westEnd = host
            eastEnd = coHost ?? third
        }
    }

    /// Seats along the sides from the west end: the host (west, facing east) has the south side on his right; the
    /// co-host (east, facing west) has the north side on his right.
    static func anglaise(guests: [String]) -> ([String?], [String?]) {
        let perSide = (guests.count + 1) / 2
        var south = [String?](repeating: nil, count: perSide)
        var north = [String?](repeating: nil, count: perSide)
        var queue = guests[...]
        var k = 0
        while !queue.isEmpty, k < perSide {
            let seats: [(Bool, Int)] = [(true, k), (false, k), (false, perSide - 1 - k), (true, perSide - 1 - k)]
            for (isSouth, index) in seats {
                if isSouth ? south[index] != nil : north[index] != nil { continue }
                guard let guest = queue.popFirst() else { break }
                if isSouth { south[index] = guest } else { north[index] = guest }
            }
            k += 1
        }
        return (south, north)
    }
}
