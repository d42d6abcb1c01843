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
        title: "décret 89-655 art. 3 (départements), wording of décret n° 2024-159 of 28 February 2024",
        inForce: LocalDate(year: 2024, month: 3, day: 1), stateRepresentative: "prefect",
        entries: article3Entries)

    /// Art. 3 as worded from 6 February 2010 (the members of the European Parliament 4th) until the wording of
    /// 1 March 2024, whose ranks are the same (docs/protocol.md §1).
    public static let article3From2010 = PrecedenceTable(
        id: "art3-2010", list: .article3,
        title: "décret 89-655 art. 3 (départements), wording of 6 February 2010",
        inForce: LocalDate(year: 2010, month: 2, day: 6), stateRepresentative: "prefect",
        entries: article3Entries)

    /// The ranks of art. 3 since 6 February 2010.
    static let article3Entries: [PrecedenceEntry] =
        [
            PrecedenceEntry(1, ["prefect"], "préfet, representative of the State"),
            PrecedenceEntry(2, ["deputy"], "deputy"),
            PrecedenceEntry(3, ["senator"], "senator"),
            PrecedenceEntry(4, ["mep"], "member of the European Parliament"),
            PrecedenceEntry(5, ["regional-president"], "president of the regional council"),
            PrecedenceEntry(6, ["departmental-president"], "president of the departmental council"),
            PrecedenceEntry(7, ["mayor"], "mayor of the host commune", scope: .hostCommune),
            PrecedenceEntry(
                7, step: 1, ["epci-president"], "president of the intercommunality, after the host mayor (usage)"),
            PrecedenceEntry(8, ["regional-commander"], "general commanding the region, admiral commanding the region"),
            PrecedenceEntry(9, ["appeal-court-head"], "head of the court of appeal"),
            PrecedenceEntry(10, ["forces-commander"], "commander of the maritime district or of the armed forces"),
            PrecedenceEntry(11, ["order-dignitary"], "dignitary of the national orders, Compagnon de la Libération"),
            PrecedenceEntry(
                12, ["ceser-president"], "president of the regional economic, social and environmental council"),
            PrecedenceEntry(
                13, ["tribunal-head"], "head of a court, public prosecutor, president of the audit chamber"),
            PrecedenceEntry(14, ["regional-councillor"], "regional councillor"),
            PrecedenceEntry(15, ["departmental-councillor"], "departmental councillor"),
            PrecedenceEntry(16, ["ceser-member"], "member of the regional economic, social and environmental council"),
            PrecedenceEntry(17, ["rector"], "rector of the academy"),
            PrecedenceEntry(
                18, ["concordat-religious-head"], "head of a recognised church or of the Jewish consistory",
                scope: .territories(["57", "67", "68"])),
            PrecedenceEntry(19, ["security-prefect"], "deputy préfet for security"),
            PrecedenceEntry(20, ["sub-prefect"], "sous-préfet"),
            PrecedenceEntry(20, ["secretary-general"], "secretary general of the préfecture"),
            PrecedenceEntry(20, ["cabinet-director"], "directeur de cabinet of the préfet"),
            PrecedenceEntry(21, ["general-officer"], "general officer holding a command"),
            PrecedenceEntry(22, ["state-service-head"], "head of a State service, military delegate"),
            PrecedenceEntry(22, ["gendarmerie-commander"], "commander of the gendarmerie group"),
            PrecedenceEntry(23, ["university-head"], "university president, director of a national school"),
            PrecedenceEntry(24, ["region-dgs"], "director general of the region's services"),
            PrecedenceEntry(25, ["department-dgs"], "director general of the département's services"),
            PrecedenceEntry(
                26, ["municipal-councillor"], "municipal councillor of the host commune", scope: .hostCommune),
            PrecedenceEntry(
                27, ["municipal-secretary-general"], "secretary general of the host commune", scope: .hostCommune),
            PrecedenceEntry(28, ["commercial-court-president"], "president of the commercial court"),
            PrecedenceEntry(29, ["labour-court-president"], "president of the labour court"),
            PrecedenceEntry(30, ["rural-lease-court-president"], "president of the rural lease court"),
            PrecedenceEntry(31, ["chamber-president"], "president of a chamber of commerce, agriculture or trades"),
            PrecedenceEntry(32, ["bar-president"], "head of the bar, president of a professional order"),
            PrecedenceEntry(33, ["town-clerk"], "town clerk of the host commune", scope: .hostCommune),
        ]
}
