extension PrecedenceTable {
    /// Décret n° 89-655 art. 3 before the wording of 6 February 2010: the members of the European Parliament
    /// came 7th, after the mayor of the host commune (docs/protocol.md §1), so the
    /// presidents of the regional and departmental councils and the mayor stood one rank higher.
    ///
    /// Only ranks 1–7 are known to differ from the current list; ranks 8–33 are carried over from it.
    public static let article3Pre2010 = PrecedenceTable(
        id: "art3-1989", list: .article3,
        title: Phrase(
            fr: "décret 89-655 art. 3 (départements), rédaction antérieure au décret n° 2010-116 du 4 février 2010",
            en: "décret 89-655 art. 3 (départements), wording before 6 February 2010"),
        inForce: LocalDate(year: 1989, month: 9, day: 13), stateRepresentative: "prefect",
        entries: [
            PrecedenceEntry(
                1, ["prefect"], Phrase(fr: "préfet, représentant de l'État", en: "préfet, representative of the State")),
            PrecedenceEntry(2, ["deputy"], Phrase(fr: "député", en: "deputy")),
            PrecedenceEntry(3, ["senator"], Phrase(fr: "sénateur", en: "senator")),
            PrecedenceEntry(
                4, ["regional-president"],
                Phrase(fr: "président du conseil régional", en: "president of the regional council")),
            PrecedenceEntry(
                5, ["departmental-president"],
                Phrase(fr: "président du conseil départemental", en: "president of the departmental council")),
            PrecedenceEntry(
                6, ["mayor"], Phrase(fr: "maire de la commune d'accueil", en: "mayor of the host commune"),
                scope: .hostCommune),
            PrecedenceEntry(
                6, step: 1, ["epci-president"],
                Phrase(
                    fr: "président de l'intercommunalité, après le maire de la commune d'accueil (usage)",
                    en: "president of the intercommunality, after the host mayor (usage)")),
            PrecedenceEntry(7, ["mep"], Phrase(fr: "député européen", en: "member of the European Parliament")),
        ] + article3Entries.filter { $0.rank.number >= 8 })
}
