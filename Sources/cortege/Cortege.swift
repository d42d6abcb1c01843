import ArgumentParser

@main
struct Cortege: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cortege",
        abstract: "Plans official visits: itinerary, protocol order, escort, press, conflicts and calendars.",
        subcommands: [CheckCommand.self, PlanCommand.self, FreeOrderBenchCommand.self])
}
