import ArgumentParser
import CortegeApp

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: Help.text(
            fr: "Afficher le schéma JSON des fichiers de plan et de registre, pour les éditeurs de texte.",
            en: "Print the JSON Schema of plan and registry files, for editors."),
        discussion: Help.text(
            fr: """
                Le schéma est produit à partir des clés que lit le chargeur ; docs/cortege.schema.json en est une copie.
                Un éditeur doté du serveur de langage YAML valide et complète un plan dont la première ligne est
                  # yaml-language-server: $schema=CHEMIN/VERS/cortege.schema.json

                Exemple :
                  cortege schema > cortege.schema.json
                """,
            en: """
                The schema is generated from the keys the loader reads; docs/cortege.schema.json is a copy.
                An editor with the YAML language server validates and completes a plan whose first line is
                  # yaml-language-server: $schema=PATH/TO/cortege.schema.json

                Example:
                  cortege schema > cortege.schema.json
                """))

    func run() throws { try PlanSchema.run().finish() }
}
