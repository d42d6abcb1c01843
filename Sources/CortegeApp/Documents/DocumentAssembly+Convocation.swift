import CortegeCore
import CortegeProgramme

/// The convocations (docs/documents.md): one per invited person — a participant of at least one item who is
/// neither the principal nor staff of the visit — each from that person's own view.
extension DocumentAssembly {
    /// The invited people of a plan, in the order they first appear in the itinerary.
    public static func invited(_ analysis: Analysis) -> [String] {
        let plan = analysis.plan
        var seen = Set<String>()
        var out: [String] = []
        for s in analysis.itinerary.items {
            for id in s.item.participants where !seen.contains(id) {
                seen.insert(id)
                guard id != plan.visit.principal, let p = plan.people[id], !p.functions.contains(where: \.isStaffRole)
                else { continue }
                out.append(id)
            }
        }
        return out
    }

    static func convocations(_ context: DocumentContext) throws(CommandStop) -> [RenderedDocument] {
        let analysis = context.analysis
        let plan = analysis.plan
        let invited = invited(analysis)
        let people: [String]
        if context.request.all {
            people = invited
            if people.isEmpty {
                throw context.stop(
                    Phrase(
                        fr: "aucune personne invitée dans ce plan : aucune convocation à écrire",
                        en: "no invited person in this plan: no convocation to write"))
            }
        } else {
            guard let id = context.request.person else {
                throw context.stop(
                    Phrase(
                        fr: "une convocation demande --person ID ou --all",
                        en: "a convocation needs --person ID or --all"),
                    status: 2)
            }
            // An unknown id is refused by the view itself (unknown-ref, with the nearest id).
            _ = try context.view(for: .person(id))
            if let person = plan.people[id], !invited.contains(id) {
                let name = person.displayName
                if id == plan.visit.principal {
                    throw context.stop(
                        Phrase(
                            fr: "« \(id) » (\(name)) est l'autorité principale de la visite : pas de convocation, "
                                + "voir le programme « principal »",
                            en: "`\(id)` (\(name)) is the principal of the visit: no convocation; see the "
                                + "principal's programme"))
                }
                if person.functions.contains(where: \.isStaffRole) {
                    throw context.stop(
                        Phrase(
                            fr: "« \(id) » (\(name)) fait partie de l'équipe de la visite : pas de convocation, "
                                + "voir le programme « staff »",
                            en: "`\(id)` (\(name)) is staff of the visit: no convocation; see the staff programme"))
                }
                throw context.stop(
                    Phrase(
                        fr: "« \(id) » (\(name)) ne participe à aucune séquence : pas de convocation",
                        en: "`\(id)` (\(name)) attends no item: no convocation"))
            }
            people = [id]
        }
        let extras = context.extras
        var documents: [RenderedDocument] = []
        for id in people {
            let view = try context.view(for: .person(id))
            documents.append(
                RenderedDocument(
                    name: "convocation-\(id)",
                    html: ConvocationDocument.html(view: view, extras: extras, options: context.options)))
        }
        return documents
    }
}
