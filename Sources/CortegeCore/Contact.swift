/// A person to call about the visit, with a name and, if given, a phone and an e-mail (a `contact` in
/// docs/plan-format.md §3). Two of them:
/// - `visit.cabinet-contact`: whom an invited person calls, printed on the convocations and the contact sheet
///   (docs/documents.md); without it the organiser (`visit.organizer`, a name and an e-mail) stands in;
/// - `visit.press-contact`: who answers the press, the one contact a press advisory prints, with its phone
///   (docs/audiences.md §4: no other phone reaches the press).
public struct Contact: Hashable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
