extension Rules {
    /// `venue-overlap`: one venue booked by two visits at once. A venue declared `shared: true` in either plan
    /// may host both; two items of one plan never double-book a venue.
    public struct VenueOverlap: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.venueOverlap] }

        public func findings(in context: ConflictContext) -> [Diagnostic] {
            let busy = context.busy
            var venues: [String: Int32] = [:]
            var sweep = IntervalSweep()
            for (ref, block) in busy.blocks.enumerated() {
                guard case .item(let itemIndex) = block.kind else { continue }
                let plan = busy.plans[block.plan].plan
                let venueID = busy.plans[block.plan].itinerary.items[itemIndex].item.venue
                if plan.venues[venueID]?.shared == true { continue }
                let k = venues[venueID] ?? Int32(venues.count)
                venues[venueID] = k
                sweep.add(
                    key: k, start: block.start.seconds, end: block.end.seconds, ref: Int32(ref), background: false)
            }
            var findings: [Diagnostic] = []
            sweep.overlaps { first, second in
                let a = busy.blocks[Int(first.ref)]
                let b = busy.blocks[Int(second.ref)]
                guard a.plan != b.plan else { return }
                // Shared in the other plan's registry is enough.
                let venueID = busy.item(of: a)?.item.venue ?? ""
                if busy.plans[b.plan].plan.venues[venueID]?.shared == true { return }
                findings.append(BusyTime.Block.venueClash(a, b, venue: venueID, busy))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/VenueOverlap``.
    public static let venueOverlap = DiagnosticCode("venue-overlap", family: .conflict, severity: .error)
}
