/// Whom an invited person calls about the visit (`visit.cabinet-contact`, docs/plan-format.md §3): printed on
/// the convocations and the contact sheet (docs/documents.md). Without it the organiser (`visit.organizer`, a
/// name and an e-mail) stands in.
public struct CabinetContact: Hashable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
