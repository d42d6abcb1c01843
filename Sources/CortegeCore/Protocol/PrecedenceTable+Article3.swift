extension PrecedenceTable {
    /// Décret n° 89-655 art. 3: the order of precedence in a département (except Paris), in Saint-Pierre-et-Miquelon
    /// and in Mayotte, in the consolidated wording in force since 1 March 2024 (décret n° 2024-159 of 28 February
    /// 2024, art. 9; docs/protocol.md §1–2).
    ///
    /// Ranks 1–7 have been those of the wording in force since 6 February 2010 (the members of the European
    /// Parliament moved up to 4th): ``article3From2010`` holds the same entries from that date. Ranks 1–11 are checked
    /// against the 2024 text, ranks 12–33 against the 2015 wording: when a later wording changes them, add a version
    /// with its date rather than editing this one.
    public static let article3 = PrecedenceTable(
        id: "art3-2024", list: .article3,
        title: Phrase(
            fr: "décret 89-655 art. 3 (départements), rédaction du décret n° 2024-159 du 28 février 2024",
            en: "décret 89-655 art. 3 (départements), wording of décret n° 2024-159 of 28 February 2024"),
        inForce: LocalDate(year: 2024, month: 3, day: 1), stateRepresentative: "prefect",
        entries: article3Entries)

    /// Art. 3 as worded from 6 February 2010 (the members of the European Parliament 4th) until the wording of
    /// 1 March 2024, whose ranks are the same (docs/protocol.md §1).
    public static let article3From2010 = PrecedenceTable(
        id: "art3-2010", list: .article3,
        title: Phrase(
            fr:
                "décret 89-655 art. 3 (départements), rédaction du 6 février 2010 (décret n° 2010-116 du 4 février 2010)",
            en: "décret 89-655 art. 3 (départements), wording of 6 February 2010"),
        inForce: LocalDate(year: 2010, month: 2, day: 6), stateRepresentative: "prefect",
        entries: article3Entries)

    /// The ranks of art. 3 since 6 February 2010.
    static let article3Entries: [PrecedenceEntry] =
        [
            PrecedenceEntry(
                1, ["prefect"], Phrase(fr: "préfet, représentant de l'État", en: "préfet, representative of the State")),
            PrecedenceEntry(2, ["deputy"], Phrase(fr: "député", en: "deputy")),
            PrecedenceEntry(3, ["senator"], Phrase(fr: "sénateur", en: "senator")),
            PrecedenceEntry(4, ["mep"], Phrase(fr: "député européen", en: "member of the European Parliament")),
            PrecedenceEntry(
                5, ["regional-president"],
                Phrase(fr: "président du conseil régional", en: "president of the regional council")),
            PrecedenceEntry(
                6, ["departmental-president"],
                Phrase(fr: "président du conseil départemental", en: "president of the departmental council")),
            PrecedenceEntry(
                7, ["mayor"], Phrase(fr: "maire de la commune d'accueil", en: "mayor of the host commune"),
                scope: .hostCommune),
            PrecedenceEntry(
                7, step: 1, ["epci-president"],
                Phrase(
                    fr: "président de l'intercommunalité, après le maire de la commune d'accueil (usage)",
                    en: "president of the intercommunality, after the host mayor (usage)")),
            PrecedenceEntry(
                8, ["regional-commander"],
                Phrase(
                    fr: "officier général commandant la région, amiral commandant la région",
                    en: "general commanding the region, admiral commanding the region")),
            PrecedenceEntry(
                9, ["appeal-court-head"],
                Phrase(
                    fr: "premier président et procureur général de la cour d'appel", en: "head of the court of appeal")),
            PrecedenceEntry(
                10, ["forces-commander"],
                Phrase(
                    fr: "commandant de l'arrondissement maritime ou des forces armées",
                    en: "commander of the maritime district or of the armed forces")),
            PrecedenceEntry(
                11, ["order-dignitary"],
                Phrase(
                    fr: "dignitaire des ordres nationaux, Compagnon de la Libération",
                    en: "dignitary of the national orders, Compagnon de la Libération")),
            PrecedenceEntry(
                12, ["ceser-president"],
                Phrase(
                    fr: "président du conseil économique, social et environnemental régional",
                    en: "president of the regional economic, social and environmental council")),
            PrecedenceEntry(
                13, ["tribunal-head"],
                Phrase(
                    fr:
                        "président de tribunal, procureur de la République, président de la chambre régionale des comptes",
                    en: "head of a court, public prosecutor, president of the audit chamber")),
            PrecedenceEntry(14, ["regional-councillor"], Phrase(fr: "conseiller régional", en: "regional councillor")),
            PrecedenceEntry(
                15, ["departmental-councillor"], Phrase(fr: "conseiller départemental", en: "departmental councillor")),
            PrecedenceEntry(
                16, ["ceser-member"],
                Phrase(
                    fr: "membre du conseil économique, social et environnemental régional",
                    en: "member of the regional economic, social and environmental council")),
            PrecedenceEntry(17, ["rector"], Phrase(fr: "recteur d'académie", en: "rector of the academy")),
            PrecedenceEntry(
                18, ["concordat-religious-head"],
                Phrase(
                    fr: "responsable d'un culte reconnu ou du consistoire israélite",
                    en: "head of a recognised church or of the Jewish consistory"),
                scope: .territories(["57", "67", "68"])),
            PrecedenceEntry(
                19, ["security-prefect"],
                Phrase(fr: "préfet délégué pour la défense et la sécurité", en: "deputy préfet for security")),
            PrecedenceEntry(20, ["sub-prefect"], Phrase(fr: "sous-préfet", en: "sous-préfet")),
            PrecedenceEntry(
                20, ["secretary-general"],
                Phrase(fr: "secrétaire général de la préfecture", en: "secretary general of the préfecture")),
            PrecedenceEntry(
                20, ["cabinet-director"],
                Phrase(fr: "directeur de cabinet du préfet", en: "directeur de cabinet of the préfet")),
            PrecedenceEntry(
                21, ["general-officer"],
                Phrase(fr: "officier général exerçant un commandement", en: "general officer holding a command")),
            PrecedenceEntry(
                22, ["state-service-head"],
                Phrase(
                    fr: "chef de service de l'État, délégué militaire", en: "head of a State service, military delegate"
                )),
            PrecedenceEntry(
                22, ["gendarmerie-commander"],
                Phrase(fr: "commandant du groupement de gendarmerie", en: "commander of the gendarmerie group")),
            PrecedenceEntry(
                23, ["university-head"],
                Phrase(
                    fr: "président d'université, directeur d'une école nationale",
                    en: "university president, director of a national school")),
            PrecedenceEntry(
                24, ["region-dgs"],
                Phrase(
                    fr: "directeur général des services de la région", en: "director general of the region's services")),
            PrecedenceEntry(
                25, ["department-dgs"],
                Phrase(
                    fr: "directeur général des services du département",
                    en: "director general of the département's services")),
            PrecedenceEntry(
                26, ["municipal-councillor"],
                Phrase(
                    fr: "conseiller municipal de la commune d'accueil", en: "municipal councillor of the host commune"),
                scope: .hostCommune),
            PrecedenceEntry(
                27, ["municipal-secretary-general"],
                Phrase(
                    fr: "secrétaire général de la mairie de la commune d'accueil",
                    en: "secretary general of the host commune"), scope: .hostCommune),
            PrecedenceEntry(
                28, ["commercial-court-president"],
                Phrase(fr: "président du tribunal de commerce", en: "president of the commercial court")),
            PrecedenceEntry(
                29, ["labour-court-president"],
                Phrase(fr: "président du conseil de prud'hommes", en: "president of the labour court")),
            PrecedenceEntry(
                30, ["rural-lease-court-president"],
                Phrase(fr: "président du tribunal paritaire des baux ruraux", en: "president of the rural lease court")),
            PrecedenceEntry(
                31, ["chamber-president"],
                Phrase(
                    fr: "président d'une chambre de commerce, d'agriculture ou des métiers",
                    en: "president of a chamber of commerce, agriculture or trades")),
            PrecedenceEntry(
                32, ["bar-president"],
                Phrase(
                    fr: "bâtonnier, président d'un ordre professionnel",
                    en: "head of the bar, president of a professional order")),
            PrecedenceEntry(
                33, ["town-clerk"],
                Phrase(fr: "secrétaire de mairie de la commune d'accueil", en: "town clerk of the host commune"),
                scope: .hostCommune),
        ]
}
