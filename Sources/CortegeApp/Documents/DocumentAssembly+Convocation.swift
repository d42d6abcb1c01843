import CortegeCore
import CortegeProgramme

extension DocumentAssembly {
    static func convocations(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        throw context.stop(
            Phrase(fr: "la convocation n'est pas encore disponible", en: "the convocation is not yet available"),
            status: 2)
    }
}
