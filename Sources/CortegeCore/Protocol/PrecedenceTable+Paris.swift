extension PrecedenceTable {
    /// Décret n° 89-655 art. 2: the order of precedence in Paris, ranks 1–23 (docs/protocol.md §3).
    ///
    /// The Government is listed (6th), so rule 1 of docs/protocol.md §4 (a minister first) does not move it
    /// here; the préfet de
    /// région d'Île-de-France, préfet de Paris, is the representative of the State.
    public static let paris = PrecedenceTable(
        id: "art2-paris", list: .paris,
        title: "décret 89-655 art. 2 (Paris)",
        inForce: LocalDate(year: 1989, month: 9, day: 13), stateRepresentative: "regional-prefect",
        entries: [
            PrecedenceEntry(1, ["president-of-the-republic"], "President of the Republic"),
            PrecedenceEntry(2, ["prime-minister"], "Prime Minister"),
            PrecedenceEntry(3, ["senate-president"], "president of the Senate"),
            PrecedenceEntry(4, ["assembly-president"], "president of the National Assembly"),
            PrecedenceEntry(5, ["former-president-of-the-republic"], "former President of the Republic"),
            PrecedenceEntry(6, ["minister"], "member of the Government"),
            PrecedenceEntry(7, ["former-prime-minister"], "former Prime Minister"),
            PrecedenceEntry(8, ["constitutional-council-president"], "president of the Constitutional Council"),
            PrecedenceEntry(9, ["conseil-etat-vice-president"], "vice-president of the Conseil d'État"),
            PrecedenceEntry(10, ["cese-president"], "president of the CESE"),
            PrecedenceEntry(11, ["defenseur-des-droits"], "Défenseur des droits"),
            PrecedenceEntry(12, ["deputy"], "deputy"),
            PrecedenceEntry(13, ["senator"], "senator"),
            PrecedenceEntry(14, ["mep"], "member of the European Parliament"),
            PrecedenceEntry(15, ["cassation-head"], "head of the Cour de cassation"),
            PrecedenceEntry(16, ["cour-des-comptes-head"], "head of the Cour des comptes"),
            PrecedenceEntry(17, ["legion-honneur-grand-chancellor"], "grand chancellor of the Légion d'honneur"),
            PrecedenceEntry(18, ["liberation-chancellor"], "chancellor of the ordre de la Libération"),
            PrecedenceEntry(19, ["chief-of-defence-staff"], "chief of the defence staff"),
            PrecedenceEntry(20, ["regional-prefect"], "préfet de la région d'Île-de-France, préfet de Paris"),
            PrecedenceEntry(20, ["prefect"], "préfet de Paris"),
            PrecedenceEntry(21, ["police-prefect"], "préfet de police"),
            PrecedenceEntry(22, ["mayor-of-paris"], "mayor of Paris"),
            PrecedenceEntry(23, ["regional-president"], "president of the Île-de-France regional council"),
        ])
}
