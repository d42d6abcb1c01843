import CortegeCore

/// The words of the cabinet's documents (docs/documents.md); the words they share with the programme are in
/// `Vocabulary+Programme.swift` and CortegeCore's `Vocabulary`.
extension Vocabulary {
    /// The document's title, as printed at its head: `Convocation`, `Fiche contacts`.
    public func documentTitle(_ kind: DocumentKind) -> String {
        switch kind {
        case .convocation: pick("Convocation", "Convocation")
        case .contacts: pick("Fiche contacts", "Contact sheet")
        case .pressAdvisory: pick("Avis aux médias", "Press advisory")
        case .runSheet: pick("Déroulé de cérémonie", "Ceremony run-sheet")
        }
    }

    var republic: String { pick("République française", "French Republic") }
}
