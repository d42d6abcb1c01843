import CortegeCore
import CortegeProgramme

extension DocumentContext {
    /// The extras of the cabinet's documents, read from the analysed plan (docs/documents.md).
    public var extras: DocumentExtras {
        let plan = analysis.plan
        let staff = Set(plan.people.values.filter { $0.functions.contains { $0.isStaffRole } }.map(\.id))
        let prefect = ProgrammeAssembly.keyPeople(analysis).first { plan.people[$0]?.isPrefect ?? false }
        return DocumentExtras(
            orders: ProgrammeOrders(ProtocolReport.orders(of: analysis)), prefect: prefect, staff: staff,
            cabinetContact: plan.visit.organizer.map { CabinetContact(name: $0.name, email: $0.email) })
    }
}
