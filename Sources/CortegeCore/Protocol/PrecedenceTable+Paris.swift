extension PrecedenceTable {
    /// Décret n° 89-655 art. 2: the order of precedence in Paris, ranks 1–23 (docs/protocol.md §3).
    ///
    /// The Government is listed (6th), so rule 1 of docs/protocol.md §4 (a minister first) does not move it
    /// here; the préfet de
    /// région d'Île-de-France, préfet de Paris, is the representative of the State.
    public static let paris = PrecedenceTable(
        id: "art2-paris", list: .paris,
        title: Phrase(fr: "décret 89-655 art. 2 (Paris)", en: "décret 89-655 art. 2 (Paris)"),
        inForce: LocalDate(year: 1989, month: 9, day: 13), stateRepresentative: "regional-prefect",
        entries: [
            PrecedenceEntry(
                1, ["president-of-the-republic"],
                Phrase(fr: "Président de la République", en: "President of the Republic")),
            PrecedenceEntry(2, ["prime-minister"], Phrase(fr: "Premier ministre", en: "Prime Minister")),
            PrecedenceEntry(3, ["senate-president"], Phrase(fr: "président du Sénat", en: "president of the Senate")),
            PrecedenceEntry(
                4, ["assembly-president"],
                Phrase(fr: "président de l'Assemblée nationale", en: "president of the National Assembly")),
            PrecedenceEntry(
                5, ["former-president-of-the-republic"],
                Phrase(fr: "ancien Président de la République", en: "former President of the Republic")),
            PrecedenceEntry(6, ["minister"], Phrase(fr: "membre du Gouvernement", en: "member of the Government")),
            PrecedenceEntry(
                7, ["former-prime-minister"], Phrase(fr: "ancien Premier ministre", en: "former Prime Minister")),
            PrecedenceEntry(
                8, ["constitutional-council-president"],
                Phrase(fr: "président du Conseil constitutionnel", en: "president of the Constitutional Council")),
            PrecedenceEntry(
                9, ["conseil-etat-vice-president"],
                Phrase(fr: "vice-président du Conseil d'État", en: "vice-president of the Conseil d'État")),
            PrecedenceEntry(
                10, ["cese-president"],
                Phrase(fr: "président du Conseil économique, social et environnemental", en: "president of the CESE")),
            PrecedenceEntry(
                11, ["defenseur-des-droits"], Phrase(fr: "Défenseur des droits", en: "Défenseur des droits")),
            PrecedenceEntry(12, ["deputy"], Phrase(fr: "député", en: "deputy")),
            PrecedenceEntry(13, ["senator"], Phrase(fr: "sénateur", en: "senator")),
            PrecedenceEntry(14, ["mep"], Phrase(fr: "député européen", en: "member of the European Parliament")),
            PrecedenceEntry(
                15, ["cassation-head"],
                Phrase(
                    fr: "premier président et procureur général de la Cour de cassation",
                    en: "head of the Cour de cassation")),
            PrecedenceEntry(
                16, ["cour-des-comptes-head"],
                Phrase(
                    fr: "premier président et procureur général de la Cour des comptes",
                    en: "head of the Cour des comptes")),
            PrecedenceEntry(
                17, ["legion-honneur-grand-chancellor"],
                Phrase(fr: "grand chancelier de la Légion d'honneur", en: "grand chancellor of the Légion d'honneur")),
            PrecedenceEntry(
                18, ["liberation-chancellor"],
                Phrase(fr: "chancelier de l'ordre de la Libération", en: "chancellor of the ordre de la Libération")),
            PrecedenceEntry(
                19, ["chief-of-defence-staff"],
                Phrase(fr: "chef d'état-major des armées", en: "chief of the defence staff")),
            PrecedenceEntry(
                20, ["regional-prefect"],
                Phrase(
                    fr: "préfet de la région d'Île-de-France, préfet de Paris",
                    en: "préfet de la région d'Île-de-France, préfet de Paris")),
            PrecedenceEntry(20, ["prefect"], Phrase(fr: "préfet de Paris", en: "préfet de Paris")),
            PrecedenceEntry(21, ["police-prefect"], Phrase(fr: "préfet de police", en: "préfet de police")),
            PrecedenceEntry(22, ["mayor-of-paris"], Phrase(fr: "maire de Paris", en: "mayor of Paris")),
            PrecedenceEntry(
                23, ["regional-president"],
                Phrase(
                    fr: "président du conseil régional d'Île-de-France",
                    en: "president of the Île-de-France regional council")),
        ])
}
