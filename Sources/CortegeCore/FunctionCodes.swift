/// The `function` vocabulary of plan files (PROTOCOL.md §1–2).
public enum FunctionCodes {
    /// Codes that have a rank in the art. 3 list (départements).
    public static let article3: [String] = [
        "prefect", "deputy", "senator", "mep", "regional-president", "departmental-president", "mayor",
        "epci-president", "regional-commander", "appeal-court-head", "forces-commander", "order-dignitary",
        "ceser-president", "tribunal-head", "regional-councillor", "departmental-councillor", "ceser-member", "rector",
        "concordat-religious-head", "security-prefect", "sub-prefect", "secretary-general", "cabinet-director",
        "general-officer", "state-service-head", "gendarmerie-commander", "university-head", "region-dgs",
        "department-dgs", "municipal-councillor", "municipal-secretary-general", "commercial-court-president",
        "labour-court-president", "rural-lease-court-president", "chamber-president", "bar-president", "town-clerk",
    ]

    /// Codes outside the art. 3 table.
    public static let others: [String] = [
        "president-of-the-republic", "prime-minister", "minister", "ambassador", "deputy-mayor",
        "council-vice-president", "personality",
        // Paris (art. 2)
        "senate-president", "assembly-president", "former-president-of-the-republic", "former-prime-minister",
        "constitutional-council-president", "conseil-etat-vice-president", "cese-president", "defenseur-des-droits",
        "cassation-head", "cour-des-comptes-head", "legion-honneur-grand-chancellor", "liberation-chancellor",
        "chief-of-defence-staff", "regional-prefect", "police-prefect", "mayor-of-paris",
        // staff roles that a plan may name (unranked)
        "staff", "close-protection", "driver", "press-officer", "interpreter",
    ]

    public static let all: Set<String> = Set(article3 + others)
}
