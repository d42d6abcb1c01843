/// Wording shared by the escort rules.
extension PlanContext {
    /// `the transfer from A to B (10:05-10:30, to item)`
    func legText(_ leg: EscortLeg) -> String {
        let t = leg.transfer
        return "the transfer from \(t.fromVenue) to \(t.toVenue) (\(time(t.start))-\(time(t.end)), to \(t.toItem))"
    }

    /// `unit (force)`
    func unitText(_ id: String) -> String {
        guard let u = plan.escortUnits[id] else { return id }
        return "\(id) (\(u.force.rawValue))"
    }
}
