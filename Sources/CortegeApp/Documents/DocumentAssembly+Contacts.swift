import CortegeCore
import CortegeProgramme

/// The contact sheet: the security view by default, or the principal's (docs/documents.md).
extension DocumentAssembly {
    static func contacts(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        let audience = context.request.audience ?? .security
        let view = try context.view(for: audience)
        return [
            RenderedDocument(
                html: ContactsDocument.html(view: view, extras: context.extras, options: context.options))
        ]
    }
}
