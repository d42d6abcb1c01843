import CortegeCore

/// What a cabinet document prints besides its audience view (docs/documents.md): the protocol orders, who among
/// the people is the préfet and who is staff, and the plan's practical keys (dress, in-place times, venues'
/// access notes, the cabinet's contact). Like the programme's orders, everything here is keyed by item, venue or
/// person id and printed only for what the view shows: an item, venue or person the view dropped cannot be
/// printed through it.
public struct DocumentExtras: Sendable {
    public var orders: ProgrammeOrders
    /// The préfet met in the itinerary (``ProgrammeAssembly.keyPeople``).
    public var prefect: String?
    /// People whose function is a staff role (staff, close protection, driver, press officer, interpreter).
    public var staff: Set<String>
    /// `dress:` of the items, by item id.
    public var dress: [String: String]
    /// `in-place:` of the items, minutes before the item starts, by item id.
    public var inPlaceMinutes: [String: Int]
    /// `access:` of the venues, by venue id.
    public var access: [String: String]
    /// The cabinet's contact (`cabinet-contact:`, else the organiser).
    public var cabinetContact: Contact?

    public init(
        orders: ProgrammeOrders = .none, prefect: String? = nil, staff: Set<String> = [], dress: [String: String] = [:],
        inPlaceMinutes: [String: Int] = [:], access: [String: String] = [:], cabinetContact: Contact? = nil
    ) {
        self.orders = orders
        self.prefect = prefect
        self.staff = staff
        self.dress = dress
        self.inPlaceMinutes = inPlaceMinutes
        self.access = access
        self.cabinetContact = cabinetContact
    }
}
