/// The words of the text reports of `check`, `plan` and `protocol` (docs/diagnostics.md, docs/protocol.md).
extension Vocabulary {
    /// `erreur`, `error`: the severity of a finding as the human output prints it.
    public func severity(_ s: Severity) -> String {
        switch s {
        case .error: pick("erreur", "error")
        case .warning: pick("avertissement", "warning")
        case .note: pick("note", "note")
        }
    }

    /// The label of a finding's secondary lines.
    public var noteLabel: String { pick("note", "note") }

    /// The label of a finding's line on how to fix it.
    public var helpLabel: String { pick("aide", "help") }

    /// `3 plans vérifiés : 1 erreur, 2 avertissements, 0 note`, `3 plan(s) checked: 1 error(s), …`.
    public func checkSummary(plans: Int, errors: Int, warnings: Int, notes: Int) -> String {
        func n(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count > 1 ? many : one)" }
        return pick(
            "\(n(plans, "plan vérifié", "plans vérifiés")) : \(n(errors, "erreur", "erreurs")), "
                + "\(n(warnings, "avertissement", "avertissements")), \(n(notes, "note", "notes"))",
            "\(plans) plan(s) checked: \(errors) error(s), \(warnings) warning(s), \(notes) note(s)")
    }
}

/// The words of `cortege protocol` (docs/protocol.md).
extension Vocabulary {
    /// The list of precedence in force, with the wording and its date of entry into force (docs/protocol.md §1):
    /// `décret 89-655 art. 3 (départements), rédaction du décret n° 2024-159 du 28 février 2024 (en vigueur depuis
    /// le 1er mars 2024)`; in English its title as written in the table.
    public func precedenceList(_ t: PrecedenceTable) -> String {
        guard language == .fr else { return "\(t.title) (in force since \(t.inForce))" }
        let d = t.inForce
        let day = d.day == 1 ? "1er" : String(d.day)
        return "\(t.titlePhrase.fr) (en vigueur depuis le \(day) \(month(d)) \(d.year))"
    }

    /// `sans rang`, `unranked`.
    public var unranked: String { pick("sans rang", "unranked") }
}
