/// How long each moment of a ceremony lasts in its run-sheet (docs/documents.md, « Déroulé »): defaults, overridden
/// by the visit's `ceremony-timings:`, then by the item's.

/// One moment of a ceremony whose duration the plan may set, by its key under `ceremony-timings:`.
public enum CeremonyStep: String, Sendable, CaseIterable {
    /// The interval between two arrivals; the highest authority's arrival and greeting.
    case arrival
    /// Military honours and the review of the troops (only where the item has `honours:`).
    case honours
    /// One wreath laid.
    case wreath
    /// The *sonnerie aux morts*.
    case lastPost = "last-post"
    /// The minute of silence.
    case silence
    /// *La Marseillaise*.
    case anthem
    /// One speech.
    case speech
    /// The salute to the standard-bearers (*porte-drapeaux*).
    case standards
    /// The interval between two departures; the highest authority's farewell.
    case departure

    /// Minutes when nothing is written (docs/documents.md).
    public var defaultMinutes: Int {
        switch self {
        case .arrival: 2
        case .honours: 5
        case .wreath: 2
        case .lastPost: 1
        case .silence: 1
        case .anthem: 2
        case .speech: 5
        case .standards: 3
        case .departure: 2
        }
    }
}

/// Minutes per step as written (`ceremony-timings:`); a step not written takes the level below.
public struct CeremonyTimings: Hashable, Sendable {
    public var minutes: [CeremonyStep: Int]

    public init(_ minutes: [CeremonyStep: Int] = [:]) { self.minutes = minutes }

    /// These timings, completed by `below` where they say nothing.
    public func over(_ below: CeremonyTimings?) -> CeremonyTimings {
        CeremonyTimings((below?.minutes ?? [:]).merging(minutes) { _, mine in mine })
    }

    /// The minutes of `step`: as written, else its default.
    public func minutes(_ step: CeremonyStep) -> Int { minutes[step] ?? step.defaultMinutes }

    /// The timings in force at `item`: the item's, over the visit's, over the defaults.
    public static func inForce(at item: Item, visit: Visit) -> CeremonyTimings {
        (item.ceremonyTimings ?? CeremonyTimings()).over(visit.ceremonyTimings)
    }
}
