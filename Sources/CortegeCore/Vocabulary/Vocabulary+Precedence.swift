/// The French wording of the lines of the lists of precedence (docs/protocol.md §2), printed after each rank by
/// `cortege protocol`: the tables keep their English labels, this table gives each its French.
extension PrecedenceEntry {
    /// The authority in plain words, in French and English. A label with no French here (a line added later)
    /// reads as the French title of its function code.
    public var labelPhrase: Phrase {
        let french =
            Self.frenchLabels[label]
            ?? codes.first.flatMap { Vocabulary.fr.functionTitle($0) }.map {
                $0.prefix(1).lowercased() + $0.dropFirst()
            }
            ?? label
        return Phrase(fr: french, en: label)
    }

    /// English label → French label.
    static let frenchLabels: [String: String] = [
        "Défenseur des droits": "Défenseur des droits",
        "President of the Republic": "Président de la République",
        "Prime Minister": "Premier ministre",
        "chancellor of the ordre de la Libération": "chancelier de l'ordre de la Libération",
        "chief of the defence staff": "chef d'état-major des armées",
        "commander of the gendarmerie group": "commandant du groupement de gendarmerie",
        "commander of the maritime district or of the armed forces":
            "commandant de l'arrondissement maritime ou des forces armées",
        "departmental councillor": "conseiller départemental",
        "deputy préfet for security": "préfet délégué pour la défense et la sécurité",
        "deputy": "député",
        "dignitary of the national orders, Compagnon de la Libération":
            "dignitaire des ordres nationaux, Compagnon de la Libération",
        "directeur de cabinet of the préfet": "directeur de cabinet du préfet",
        "director general of the département's services": "directeur général des services du département",
        "director general of the region's services": "directeur général des services de la région",
        "former President of the Republic": "ancien Président de la République",
        "former Prime Minister": "ancien Premier ministre",
        "general commanding the region, admiral commanding the region":
            "officier général commandant la région, amiral commandant la région",
        "general officer holding a command": "officier général exerçant un commandement",
        "grand chancellor of the Légion d'honneur": "grand chancelier de la Légion d'honneur",
        "head of a State service, military delegate": "chef de service de l'État, délégué militaire",
        "head of a court, public prosecutor, president of the audit chamber":
            "président de tribunal, procureur de la République, président de la chambre régionale des comptes",
        "head of a recognised church or of the Jewish consistory":
            "responsable d'un culte reconnu ou du consistoire israélite",
        "head of the Cour de cassation": "premier président et procureur général de la Cour de cassation",
        "head of the Cour des comptes": "premier président et procureur général de la Cour des comptes",
        "head of the bar, president of a professional order": "bâtonnier, président d'un ordre professionnel",
        "head of the court of appeal": "premier président et procureur général de la cour d'appel",
        "mayor of Paris": "maire de Paris",
        "mayor of the host commune": "maire de la commune d'accueil",
        "member of the European Parliament": "député européen",
        "member of the Government": "membre du Gouvernement",
        "member of the regional economic, social and environmental council":
            "membre du conseil économique, social et environnemental régional",
        "municipal councillor of the host commune": "conseiller municipal de la commune d'accueil",
        "president of a chamber of commerce, agriculture or trades":
            "président d'une chambre de commerce, d'agriculture ou des métiers",
        "president of the CESE": "président du Conseil économique, social et environnemental",
        "president of the Constitutional Council": "président du Conseil constitutionnel",
        "president of the National Assembly": "président de l'Assemblée nationale",
        "president of the Senate": "président du Sénat",
        "president of the commercial court": "président du tribunal de commerce",
        "president of the departmental council": "président du conseil départemental",
        "president of the labour court": "président du conseil de prud'hommes",
        "president of the regional council": "président du conseil régional",
        "president of the regional economic, social and environmental council":
            "président du conseil économique, social et environnemental régional",
        "president of the rural lease court": "président du tribunal paritaire des baux ruraux",
        "president of the Île-de-France regional council": "président du conseil régional d'Île-de-France",
        "president of the intercommunality, after the host mayor (usage)":
            "président de l'intercommunalité, après le maire de la commune d'accueil (usage)",
        "préfet de Paris": "préfet de Paris",
        "préfet de la région d'Île-de-France, préfet de Paris": "préfet de la région d'Île-de-France, préfet de Paris",
        "préfet de police": "préfet de police",
        "préfet, representative of the State": "préfet, représentant de l'État",
        "rector of the academy": "recteur d'académie",
        "regional councillor": "conseiller régional",
        "secretary general of the host commune": "secrétaire général de la mairie de la commune d'accueil",
        "secretary general of the préfecture": "secrétaire général de la préfecture",
        "senator": "sénateur",
        "sous-préfet": "sous-préfet",
        "town clerk of the host commune": "secrétaire de mairie de la commune d'accueil",
        "university president, director of a national school":
            "président d'université, directeur d'une école nationale",
        "vice-president of the Conseil d'État": "vice-président du Conseil d'État",
    ]
}
