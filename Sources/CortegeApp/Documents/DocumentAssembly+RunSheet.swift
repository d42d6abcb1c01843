import CortegeCore
import CortegeProgramme

/// The ceremony run-sheet: the staff view by default, or the principal's or security's (docs/documents.md).
extension DocumentAssembly {
    static func runSheet(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        let audience = context.request.audience ?? .staff
        let view = try context.view(for: audience)
        let sheets = context.analysis.context.runSheets
        return [RenderedDocument(html: RunSheetDocument.html(view: view, sheets: sheets, options: context.options))]
    }
}
