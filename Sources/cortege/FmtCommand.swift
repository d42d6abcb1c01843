import ArgumentParser
import CortegeApp
import CortegeCore

struct FmtCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: Help.text(
            fr:
                "Réécrire les fichiers de plan et de registre dans la présentation canonique, en gardant chaque "
                + "commentaire.",
            en: "Rewrite plan and registry files in the canonical layout, keeping every comment."),
        discussion: Help.text(
            fr: """
                Clés dans l’ordre de docs/plan-format.md, heures et codes entre guillemets, entrées courtes sur une \
                seule
                ligne. Chaque fichier est remplacé en entier ou pas du tout. Avec --check, rien n’est écrit : les \
                fichiers
                qui ne sont pas au format sont listés, avec le statut de sortie 1.
                Statut de sortie : 0 fait, 1 (--check) un fichier n’est pas au format, 2 un fichier n’a pas pu être lu \
                ou formaté.

                Exemple :
                  cortege fmt samples/ma-visite.yaml
                  cortege fmt --check samples/*.yaml samples/registry/*.yaml
                """,
            en: """
                Keys in the order of docs/plan-format.md, times and codes quoted, short entries as one flow
                mapping. Each file is replaced whole or not at all. With --check, nothing is written: the files
                that are not formatted are listed, with exit status 1.
                Exit status: 0 done, 1 (--check) a file is not formatted, 2 a file could not be read or formatted.

                Example:
                  cortege fmt samples/ma-visite.yaml
                  cortege fmt --check samples/*.yaml samples/registry/*.yaml
                """))

    @Argument(
        help: Help.argument(
            fr: "Fichiers de plan et de registre (YAML).", en: "Plan and registry files (YAML).", value: "fichiers"))
    var files: [String]

    @Flag(
        help: Help.argument(
            fr: "Ne rien écrire ; sortir avec le statut 1 quand un fichier n’est pas au format.",
            en: "Write nothing; exit with 1 when a file is not formatted."))
    var check = false

    @Option(
        help: Help.argument(
            fr: "Langue des messages : fr ou en.", en: "Language of the messages: fr or en.", value: "langue"))
    var lang: Language = .fr

    func run() throws { try FormatFiles.run(paths: files, check: check, language: lang).finish() }
}
