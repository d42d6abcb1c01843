extension Rules {
    /// `runsheet-overrun`: the moments of a ceremony's run-sheet (docs/documents.md, « Déroulé de cérémonie ») do
    /// not fit in the item. When the speeches alone already overrun the item, `speeches-overrun` says so and this
    /// rule says nothing more.
    public struct RunSheetOverrun: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.runSheetOverrun] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let fr = Vocabulary(.fr)
            let en = Vocabulary(.en)
            var findings: [Diagnostic] = []
            for sheet in context.runSheets where sheet.overrunMinutes > 0 {
                guard sheet.speechMinutes <= sheet.itemMinutes, let scheduled = context.itinerary.item(sheet.item)
                else { continue }
                let item = scheduled.item
                let over = sheet.overrunMinutes
                findings.append(
                    Diagnostic(
                        .runSheetOverrun,
                        Phrase(
                            fr: "le déroulé de « \(item.id) » demande \(fr.duration(sheet.neededMinutes)) pour une "
                                + "séquence de \(fr.duration(sheet.itemMinutes)) : il déborde de \(fr.duration(over))",
                            en: "the run-sheet of \"\(item.id)\" needs \(en.duration(sheet.neededMinutes)) in an item "
                                + "of \(en.duration(sheet.itemMinutes)): it overruns by \(en.duration(over))"),
                        at: item.location(of: .duration), subjects: [item.id], start: scheduled.start,
                        end: scheduled.end,
                        help: Phrase(
                            fr: "allongez la séquence (`duration: \(DurationText.format(sheet.neededMinutes))`) ou "
                                + "raccourcissez les temps de son déroulé (`ceremony-timings:`)",
                            en: "lengthen the item (`duration: \(DurationText.format(sheet.neededMinutes))`) or "
                                + "shorten the moments of its run-sheet (`ceremony-timings:`)")))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/RunSheetOverrun``.
    public static let runSheetOverrun = DiagnosticCode("runsheet-overrun", family: .protocol, severity: .warning)
}
