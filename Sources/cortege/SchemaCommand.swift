import ArgumentParser
import CortegeApp

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema of plan and registry files, for editors.",
        discussion: """
            The schema is generated from the keys the loader reads; docs/cortege.schema.json is a copy.
            An editor with the YAML language server validates and completes a plan whose first line is
              # yaml-language-server: $schema=PATH/TO/cortege.schema.json

            Example:
              cortege schema > cortege.schema.json
            """)

    func run() throws { try PlanSchema.run().finish() }
}
