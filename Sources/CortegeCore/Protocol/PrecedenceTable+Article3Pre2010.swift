extension PrecedenceTable {
    /// Décret n° 89-655 art. 3 before the wording of 6 February 2010: the members of the European Parliament
    /// came 7th, after the mayor of the host commune (docs/protocol.md §1), so the
    /// presidents of the regional and departmental councils and the mayor stood one rank higher.
    ///
    /// Only ranks 1–7 are known to differ from the current list; ranks 8–33 are carried over from it.
    public static let article3Pre2010 = PrecedenceTable(
        id: "art3-1989", list: .article3,
        title: "décret 89-655 art. 3 (départements), wording before 6 February 2010",
        inForce: LocalDate(year: 1989, month: 9, day: 13), stateRepresentative: "prefect",
        entries: [
            PrecedenceEntry(1, ["prefect"], "préfet, representative of the State"),
            PrecedenceEntry(2, ["deputy"], "deputy"),
            PrecedenceEntry(3, ["senator"], "senator"),
            PrecedenceEntry(4, ["regional-president"], "president of the regional council"),
            PrecedenceEntry(5, ["departmental-president"], "president of the departmental council"),
            PrecedenceEntry(6, ["mayor"], "mayor of the host commune", scope: .hostCommune),
            PrecedenceEntry(
                6, step: 1, ["epci-president"], "president of the intercommunality, after the host mayor (usage)"),
            PrecedenceEntry(7, ["mep"], "member of the European Parliament"),
        ] + article3Entries.filter { $0.rank.number >= 8 })
}
