import CortegeCore
import CortegeProgramme

extension DocumentContext {
    /// The extras of the cabinet's documents, read from the analysed plan (docs/documents.md).
    public var extras: DocumentExtras {
        let plan = analysis.plan
        let staff = Set(plan.people.values.filter { $0.functions.contains { $0.isStaffRole } }.map(\.id))
        let prefect = ProgrammeAssembly.keyPeople(analysis).first { plan.people[$0]?.isPrefect ?? false }
        var dress: [String: String] = [:]
        var inPlace: [String: Int] = [:]
        for s in analysis.itinerary.items {
            if let d = s.item.dress { dress[s.item.id] = d }
            if let m = s.item.inPlaceMinutes { inPlace[s.item.id] = m }
        }
        return DocumentExtras(
            orders: ProgrammeOrders(ProtocolReport.orders(of: analysis)), prefect: prefect, staff: staff, dress: dress,
            inPlaceMinutes: inPlace, access: plan.venues.compactMapValues(\.access),
            cabinetContact: plan.visit.cabinetContact
                ?? plan.visit.organizer.map { Contact(name: $0.name, email: $0.email) })
    }
}
