/// Who answers the press for the visit (`press-contact:`, docs/plan-format.md): the one contact a press advisory
/// prints, with its phone (docs/audiences.md §4: no other phone reaches the press).
public struct PressContact: Hashable, Sendable {
    public var name: String
    public var phone: String?
    public var email: String?

    public init(name: String, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
    }
}
