/// The press plan (docs/audiences.md §3): who among the press may attend each item, the press slots, and when
/// journalists
/// must be in place.

extension ItemKind {
    /// Press access when an item says nothing (docs/plan-format.md §11.1): public moments are open; working
    /// sessions, meals, private moments and the rest closed (*huis clos*) unless the plan says `press:`.
    public var defaultPressAccess: PressAccess {
        switch self {
        case .pressPoint, .photoOp, .interview, .speech, .ceremony, .wreath, .arrival: .open
        case .departure, .welcome, .visit, .meeting, .meal, .private: .closed
        }
    }
}

extension Item {
    /// The press access in force: a confidential item is always closed; else the written one, else the kind's.
    public var pressAccess: PressAccess {
        if confidential { return .closed }
        return press ?? kind.defaultPressAccess
    }

    /// The people an item is about: its participants, or the principal when none is listed.
    func people(principal: String) -> [String] { participants.isEmpty ? [principal] : participants }
}

/// An item the press may attend (open or pool), and when journalists must be in place.
public struct PressSlot: Hashable, Sendable {
    public var item: String
    public var access: PressAccess
    public var venue: String
    public var start: Instant
    public var end: Instant
    /// `press-lead` before the start.
    public var positioning: Instant
}

public struct PressPlan: Hashable, Sendable {
    /// How long before an open item journalists must be in place.
    public var leadMinutes: Int
    /// The access of every item, by id.
    public var access: [String: PressAccess]
    /// Open and pool items, in itinerary order.
    public var slots: [PressSlot]

    public init(leadMinutes: Int = 15, access: [String: PressAccess] = [:], slots: [PressSlot] = []) {
        self.leadMinutes = leadMinutes
        self.access = access
        self.slots = slots
    }

    public func slot(_ itemID: String) -> PressSlot? { slots.first { $0.item == itemID } }
}

public enum PressPlanner {
    public static func build(plan: Plan, itinerary: Itinerary) -> PressPlan {
        let lead = plan.visit.pressLeadMinutes
        var access: [String: PressAccess] = [:]
        var slots: [PressSlot] = []
        for s in itinerary.items {
            let a = s.item.pressAccess
            access[s.id] = a
            guard a != .closed else { continue }
            slots.append(
                PressSlot(
                    item: s.id, access: a, venue: s.item.venue, start: s.start, end: s.end,
                    positioning: s.start.adding(minutes: -lead)))
        }
        return PressPlan(leadMinutes: lead, access: access, slots: slots)
    }
}
