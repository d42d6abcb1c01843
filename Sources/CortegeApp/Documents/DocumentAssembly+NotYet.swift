import CortegeCore
import CortegeProgramme

/// The press advisory and the ceremony run-sheet are not written yet: the command refuses them plainly (exit
/// status 2, nothing written). Their assembly replaces this file.
extension DocumentAssembly {
    static func pressAdvisory(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        throw context.stop(
            Phrase(
                fr: "l'avis aux médias (press-advisory) n'est pas encore disponible",
                en: "the press advisory (press-advisory) is not yet available"), status: 2)
    }

    static func runSheet(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        throw context.stop(
            Phrase(
                fr: "le déroulé de cérémonie (run-sheet) n'est pas encore disponible",
                en: "the ceremony run-sheet (run-sheet) is not yet available"), status: 2)
    }
}
