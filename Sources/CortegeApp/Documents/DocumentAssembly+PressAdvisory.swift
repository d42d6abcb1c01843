import CortegeCore
import CortegeProgramme

/// The press advisory: refused before `announce` exactly as the press view (docs/documents.md).
extension DocumentAssembly {
    static func pressAdvisory(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        switch context.analysis.pressAdvisory(now: context.now) {
        case .success(let advisory):
            return [RenderedDocument(html: PressAdvisoryDocument.html(advisory: advisory, options: context.options))]
        case .failure(let refusal):
            throw CommandStop(
                DiagnosticFormat.human(
                    refusal.diagnostic, zone: context.analysis.plan.visit.zone, language: context.language), status: 1)
        }
    }
}
