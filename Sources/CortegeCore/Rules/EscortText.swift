/// Wording shared by the escort rules.
extension PlanContext {
    /// `the transfer from A to B (10:05-10:30, to item)`
    func legText(_ leg: EscortLeg) -> Phrase {
        let t = leg.transfer
        return Phrase { v in
            v.pick(
                "le trajet de \(t.fromVenue) à \(t.toVenue) (\(time(t.start, v))-\(time(t.end, v)), vers \(t.toItem))",
                "the transfer from \(t.fromVenue) to \(t.toVenue) (\(time(t.start, v))-\(time(t.end, v)), to \(t.toItem))"
            )
        }
    }

    /// `unit (force)`
    func unitText(_ id: String) -> String {
        guard let u = plan.escortUnits[id] else { return id }
        return "\(id) (\(u.force.rawValue))"
    }

    /// A local clock time of the visit in the words of `v`: `10h05`, `10:05`.
    func time(_ instant: Instant, _ v: Vocabulary) -> String { v.clock(instant, in: plan.visit.zone) }
}
