/// The titles of the function codes of plan files (docs/plan-format.md §6), as an officer reads them: the
/// descriptions of the codes in the plan schema and the comments of a new plan.
extension Vocabulary {
    /// The title of a known function code (`prefect` → `Préfet`), nil for a code plan files may not write.
    public func functionTitle(_ code: FunctionCode) -> String? {
        guard let (fr, en) = Self.functionTitles[code.rawValue] else { return nil }
        return pick(fr, en)
    }

    /// French and English titles, one for each code of ``FunctionCode/all``.
    static let functionTitles: [String: (String, String)] = [
        "prefect": ("Préfet de département", "Prefect of the département"),
        "deputy": ("Député", "Member of the National Assembly"),
        "senator": ("Sénateur", "Senator"),
        "mep": ("Député européen", "Member of the European Parliament"),
        "regional-president": ("Président du conseil régional", "President of the regional council"),
        "departmental-president": ("Président du conseil départemental", "President of the departmental council"),
        "mayor": ("Maire", "Mayor"),
        "epci-president": (
            "Président d'un établissement public de coopération intercommunale", "President of an intercommunal body"
        ),
        "regional-commander": ("Officier général commandant la région", "General officer commanding the region"),
        "appeal-court-head": ("Premier président et procureur général de la cour d'appel", "Heads of the appeal court"),
        "forces-commander": ("Commandant des forces", "Commander of the forces"),
        "order-dignitary": ("Dignitaire des ordres nationaux", "Dignitary of the national orders"),
        "ceser-president": ("Président du CESER", "President of the regional economic council"),
        "tribunal-head": ("Président et procureur du tribunal judiciaire", "Heads of the judicial court"),
        "regional-councillor": ("Conseiller régional", "Regional councillor"),
        "departmental-councillor": ("Conseiller départemental", "Departmental councillor"),
        "ceser-member": ("Membre du CESER", "Member of the regional economic council"),
        "rector": ("Recteur d'académie", "Rector of the academy"),
        "concordat-religious-head": ("Responsable d'un culte concordataire", "Head of a concordat religion"),
        "security-prefect": ("Préfet délégué pour la défense et la sécurité", "Prefect for defence and security"),
        "sub-prefect": ("Sous-préfet", "Sub-prefect"),
        "secretary-general": ("Secrétaire général de la préfecture", "Secretary general of the prefecture"),
        "cabinet-director": ("Directeur de cabinet du préfet", "Prefect's chief of staff"),
        "general-officer": ("Officier général", "General officer"),
        "state-service-head": ("Chef de service de l'État", "Head of a State service"),
        "gendarmerie-commander": ("Commandant du groupement de gendarmerie", "Gendarmerie commander"),
        "university-head": ("Président d'université", "University president"),
        "region-dgs": ("Directeur général des services de la région", "Chief executive of the region"),
        "department-dgs": ("Directeur général des services du département", "Chief executive of the département"),
        "municipal-councillor": ("Conseiller municipal", "Municipal councillor"),
        "municipal-secretary-general": ("Secrétaire général de mairie", "Secretary general of the town hall"),
        "commercial-court-president": ("Président du tribunal de commerce", "President of the commercial court"),
        "labour-court-president": ("Président du conseil de prud'hommes", "President of the labour court"),
        "rural-lease-court-president": (
            "Président du tribunal paritaire des baux ruraux", "President of the rural lease court"
        ),
        "chamber-president": ("Président d'une chambre consulaire", "President of a chamber of commerce or trade"),
        "bar-president": ("Bâtonnier de l'ordre des avocats", "President of the bar"),
        "town-clerk": ("Secrétaire de mairie", "Town clerk"),
        "president-of-the-republic": ("Président de la République", "President of the Republic"),
        "prime-minister": ("Premier ministre", "Prime Minister"),
        "minister": ("Membre du Gouvernement", "Member of the Government"),
        "ambassador": ("Ambassadeur", "Ambassador"),
        "deputy-mayor": ("Adjoint au maire", "Deputy mayor"),
        "council-vice-president": ("Vice-président d'un conseil", "Vice-president of a council"),
        "personality": ("Personnalité sans rang protocolaire", "Guest with no rank"),
        "senate-president": ("Président du Sénat", "President of the Senate"),
        "assembly-president": ("Président de l'Assemblée nationale", "President of the National Assembly"),
        "former-president-of-the-republic": ("Ancien président de la République", "Former President of the Republic"),
        "former-prime-minister": ("Ancien Premier ministre", "Former Prime Minister"),
        "constitutional-council-president": (
            "Président du Conseil constitutionnel", "President of the Constitutional Council"
        ),
        "conseil-etat-vice-president": ("Vice-président du Conseil d'État", "Vice-president of the Conseil d'État"),
        "cese-president": ("Président du CESE", "President of the Economic, Social and Environmental Council"),
        "defenseur-des-droits": ("Défenseur des droits", "Defender of Rights"),
        "cassation-head": ("Premier président de la Cour de cassation", "First president of the Court of Cassation"),
        "cour-des-comptes-head": ("Premier président de la Cour des comptes", "First president of the Court of Audit"),
        "legion-honneur-grand-chancellor": (
            "Grand chancelier de la Légion d'honneur", "Grand Chancellor of the Legion of Honour"
        ),
        "liberation-chancellor": ("Chancelier de l'ordre de la Libération", "Chancellor of the Order of Liberation"),
        "chief-of-defence-staff": ("Chef d'état-major des armées", "Chief of the Defence Staff"),
        "regional-prefect": ("Préfet de région", "Regional prefect"),
        "police-prefect": ("Préfet de police", "Prefect of police"),
        "mayor-of-paris": ("Maire de Paris", "Mayor of Paris"),
        "staff": ("Membre de l'équipe de la visite", "Staff of the visit"),
        "close-protection": ("Officier de sécurité", "Close protection officer"),
        "driver": ("Chauffeur", "Driver"),
        "press-officer": ("Chargé de presse", "Press officer"),
        "interpreter": ("Interprète", "Interpreter"),
    ]
}
