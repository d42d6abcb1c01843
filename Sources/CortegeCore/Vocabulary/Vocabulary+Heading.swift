/// The heading of a visit's documents, after its principal: « Visite du Premier ministre », « Déplacement de la
/// sous-préfète » (docs/audiences.md §5).

/// What the heading needs to know of the principal: his function, his `civility`, whether a minister is a
/// secrétaire d'État.
public struct PrincipalRole: Hashable, Sendable {
    public var functions: [FunctionCode]
    public var civility: Civility?
    public var isSecretaryOfState: Bool

    public init(_ person: Person) {
        functions = person.functions
        civility = person.civility
        isSecretaryOfState = person.isSecretaryOfState
    }

    public init(functions: [FunctionCode], civility: Civility? = nil, isSecretaryOfState: Bool = false) {
        self.functions = functions
        self.civility = civility
        self.isSecretaryOfState = isSecretaryOfState
    }
}

extension Vocabulary {
    /// « Visite du Premier ministre », « Déplacement de la préfète »; the kind of visit when the principal's
    /// function has no title of its own here. Without `civility` the masculine form is used.
    public func visitHeading(_ kind: VisitKind, principal: PrincipalRole?) -> String {
        guard let principal else { return visitKind(kind) }
        let woman = principal.civility == .madame
        func fr(_ visit: String, _ man: String, _ womanTitle: String) -> String {
            woman ? "\(visit) de la \(womanTitle)" : "\(visit) du \(man)"
        }
        let has = { (code: FunctionCode) in principal.functions.contains(code) }
        if has(.presidentOfTheRepublic) {
            return pick(
                fr("Visite", "Président de la République", "Présidente de la République"),
                "Visit of the President of the Republic")
        }
        if has(.primeMinister) {
            return pick(fr("Visite", "Premier ministre", "Première ministre"), "Visit of the Prime Minister")
        }
        if has(.minister) {
            return principal.isSecretaryOfState
                ? pick(fr("Visite", "secrétaire d'État", "secrétaire d'État"), "Visit of the Secretary of State")
                : pick(fr("Visite", "ministre", "ministre"), "Visit of the Minister")
        }
        if has(.prefect) || has(.regionalPrefect) {
            return pick(fr("Déplacement", "préfet", "préfète"), "Prefect's trip")
        }
        if has(.subPrefect) {
            return pick(fr("Déplacement", "sous-préfet", "sous-préfète"), "Sub-prefect's trip")
        }
        return visitKind(kind)
    }
}
