import CortegeCore
import CortegeApp

/// What `cortege publish` says, in French by default and in English with `--lang en` (docs/publish.md).
struct PublishWords: Sendable {
    let language: Language

    init(_ language: Language) { self.language = language }

    func text(_ phrase: Phrase) -> String { phrase.text(language) }

    func pick(_ fr: String, _ en: String) -> String { language == .fr ? fr : en }

    func text(_ problem: Publisher.PasswordProblem) -> String {
        switch problem {
        case .unreadable(let file):
            pick(
                "erreur : impossible de lire le fichier de mot de passe \(file)",
                "error: cannot read the password file \(file)")
        case .empty(let file):
            pick("erreur : le fichier de mot de passe \(file) est vide", "error: the password file \(file) is empty")
        case .missing:
            pick(
                "erreur : aucun mot de passe : donnez --password-file FICHIER ou la variable d’environnement "
                    + Publisher.passwordVariable,
                "error: no password: give --password-file FILE or the environment variable "
                    + Publisher.passwordVariable)
        }
    }

    func badServer(_ url: String) -> String {
        pick(
            "erreur : --server \(url) n’est pas une adresse http:// ou https:// de serveur CalDAV",
            "error: --server \(url) is not an http:// or https:// CalDAV server address")
    }

    func badCAFile(_ file: String, _ reason: String) -> String {
        pick(
            "erreur : impossible de lire l’autorité de certification \(file) : \(reason)",
            "error: cannot read the certificate authority \(file): \(reason)")
    }

    func cannotWriteJournal(_ path: String, _ reason: String) -> String {
        pick(
            "erreur : impossible d’écrire le journal d’export \(path) : \(reason)",
            "error: cannot write the export journal \(path): \(reason)")
    }

    func failure(_ failure: DAVClient.Failure) -> String {
        switch failure {
        case .cannotConnect(let server, let reason):
            pick(
                "erreur : impossible de joindre le serveur \(server) (\(reason.fr)) ; rien de plus n’a été envoyé, "
                    + "la prochaine publication reprendra où celle-ci s’est arrêtée",
                "error: cannot connect to the server \(server) (\(reason.en)); nothing more was sent, the next publish "
                    + "goes on from where this one stopped")
        case .certificateRefused(let server, let reason):
            pick(
                "erreur : le certificat TLS du serveur \(server) n’est pas reconnu (\(reason)) : si le serveur a un "
                    + "certificat d’une autorité interne, donnez-la avec --ca-file",
                "error: the TLS certificate of the server \(server) is not trusted (\(reason)): if the server's "
                    + "certificate comes from an internal authority, give it with --ca-file")
        case .authenticationRefused(let server, let user):
            pick(
                "erreur : le serveur \(server) refuse l’authentification de l’utilisateur « \(user) » (HTTP 401) : "
                    + "vérifiez le nom et le mot de passe",
                "error: the server \(server) refuses the authentication of user \"\(user)\" (HTTP 401): check the "
                    + "user name and the password")
        }
    }

    func notDAV(_ status: Int) -> Phrase {
        Phrase(
            fr: "HTTP \(status) : ce n’est pas l’adresse DAV du serveur",
            en: "HTTP \(status): not the server's DAV address")
    }

    func description(visit: String, calendar: String) -> String {
        pick(
            "Publié par Cortège pour la visite « \(visit) » : \(calendar).",
            "Published by Cortège for the visit \"\(visit)\": \(calendar).")
    }

    func wouldCreateCollection(_ collection: String) -> String {
        pick("à créer : la collection \(collection)", "to create: the collection \(collection)")
    }

    func line(_ kind: Session.Kind, _ uid: String) -> String {
        switch kind {
        case .create: pick("à créer : \(uid)", "to create: \(uid)")
        case .update: pick("à mettre à jour : \(uid)", "to update: \(uid)")
        case .cancel: pick("à annuler : \(uid)", "to cancel: \(uid)")
        case .delete: pick("à supprimer : \(uid)", "to delete: \(uid)")
        }
    }

    /// One line per collection.
    func summary(target: Session.Target, outcome: Session.CollectionOutcome, dryRun: Bool) -> String {
        let where_ = outcome.collection.isEmpty ? target.stem : "\(target.stem) → \(outcome.collection)"
        if dryRun {
            var n = (create: 0, update: 0, cancel: 0, delete: 0)
            for line in outcome.lines {
                if line.hasPrefix(self.line(.create, "")) { n.create += 1 }
                if line.hasPrefix(self.line(.update, "")) { n.update += 1 }
                if line.hasPrefix(self.line(.cancel, "")) { n.cancel += 1 }
                if line.hasPrefix(self.line(.delete, "")) { n.delete += 1 }
            }
            return pick(
                "\(where_) : \(n.create) à créer, \(n.update) à mettre à jour, \(n.cancel) à annuler, "
                    + "\(n.delete) à supprimer, \(outcome.unchanged) inchangé(s) (essai : rien n’est envoyé)",
                "\(where_): \(n.create) to create, \(n.update) to update, \(n.cancel) to cancel, \(n.delete) to delete, "
                    + "\(outcome.unchanged) unchanged (dry run: nothing is sent)")
        }
        return pick(
            "\(where_) : \(outcome.createdObjects.count) créé(s), \(outcome.updated.count) mis à jour, "
                + "\(outcome.cancelled.count) annulé(s), \(outcome.deleted.count) supprimé(s), "
                + "\(outcome.unchanged) inchangé(s)",
            "\(where_): \(outcome.createdObjects.count) created, \(outcome.updated.count) updated, "
                + "\(outcome.cancelled.count) cancelled, \(outcome.deleted.count) deleted, \(outcome.unchanged) unchanged"
        )
    }

    /// The last line: objects and requests.
    func totals(server: String, session: Session, requests: [String: Int]) -> String {
        let c = session.counts
        let total = requests.values.reduce(0, +)
        let detail = requests.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        let sent = c.created + c.updated + c.cancelled + c.deleted
        return pick(
            "\(server) : \(c.collections) collection(s), \(sent) objet(s) envoyé(s) ou supprimé(s), "
                + "\(c.unchanged) inchangé(s), \(c.conflicts) refus ou conflit(s) ; \(total) requête(s)"
                + (detail.isEmpty ? "" : " (\(detail))"),
            "\(server): \(c.collections) collection(s), \(sent) object(s) sent or deleted, \(c.unchanged) unchanged, "
                + "\(c.conflicts) refusal(s) or conflict(s); \(total) request(s)"
                + (detail.isEmpty ? "" : " (\(detail))"))
    }

    func conflict(_ uid: String, _ collection: String) -> Diagnostic {
        Diagnostic(
            .publishConflict,
            Phrase(
                fr: "l’objet \(uid) de la collection \(collection) a été modifié sur le serveur depuis sa publication "
                    + "(HTTP 412) : il n’est pas remplacé",
                en: "the object \(uid) of the collection \(collection) was changed on the server since it was "
                    + "published (HTTP 412): it is not overwritten"),
            at: nil, subjects: [uid],
            help: Phrase(
                fr: "voyez qui l’a modifié ; pour remettre la version du plan, relancez avec --force",
                en: "find out who changed it; to put the plan's version back, run again with --force"))
    }

    func refused(_ uid: String, _ collection: String, _ status: Int) -> Diagnostic {
        Diagnostic(
            .publishRefused,
            Phrase(
                fr: "le serveur refuse l’objet \(uid) de la collection \(collection) (HTTP \(status))",
                en: "the server refuses the object \(uid) of the collection \(collection) (HTTP \(status))"),
            at: nil, subjects: [uid],
            help: Phrase(
                fr: "vérifiez que le compte a le droit d’écrire dans cette collection",
                en: "check that the account may write into this collection"))
    }

    func collectionRefused(_ collection: String, _ status: Int) -> Diagnostic {
        Diagnostic(
            .publishRefused,
            Phrase(
                fr: "le serveur refuse la collection \(collection) (HTTP \(status)) : ses objets ne sont pas publiés",
                en: "the server refuses the collection \(collection) (HTTP \(status)): its objects are not published"),
            at: nil, subjects: [collection],
            help: Phrase(
                fr: "le compte doit pouvoir créer des agendas dans son dossier d’agendas (MKCALENDAR) et y écrire",
                en: "the account must be allowed to create calendars in its calendar home (MKCALENDAR) and write there")
        )
    }

    func notACalendar(_ collection: String) -> Diagnostic {
        Diagnostic(
            .publishRefused,
            Phrase(
                fr: "\(collection) existe sur le serveur et n’est pas un agenda : rien n’y est publié",
                en: "\(collection) exists on the server and is not a calendar: nothing is published there"),
            at: nil, subjects: [collection],
            help: Phrase(
                fr: "déplacez ou supprimez cette ressource sur le serveur",
                en: "move or remove that resource on the server"))
    }

    /// A finding in the run's language, as `cortege check` prints it (docs/diagnostics.md).
    static func finding(_ d: Diagnostic, _ language: Language) -> String {
        DiagnosticFormat.human(d, language: language)
    }
}
