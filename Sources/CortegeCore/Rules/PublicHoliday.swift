extension Rules {
    /// `public-holiday`: a visit with items on a public holiday of its territory; one finding per day, at the
    /// first item of that day. A day that is also a national commemoration day (11 November, 8 May, 14 July, the
    /// abolition of slavery overseas…) with a `ceremony` or `wreath` item on it is the reason for the date, not a
    /// conflict: no finding (docs/protocol.md §6).
    public struct PublicHoliday: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.publicHoliday] }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let zone = plan.visit.zone
            var byDay: [(LocalDate, [ScheduledItem])] = []
            for s in context.itinerary.items {
                let day = zone.local(s.start).date
                if let last = byDay.last, last.0 == day {
                    byDay[byDay.count - 1].1.append(s)
                } else {
                    byDay.append((day, [s]))
                }
            }
            var findings: [Diagnostic] = []
            var reported: Set<LocalDate> = []
            for (day, items) in byDay {
                guard let first = items.first, let last = items.last, reported.insert(day).inserted,
                    let holiday = PublicHolidays.holiday(on: day, territory: plan.visit.territory)
                else { continue }
                let commemorated =
                    Commemorations.day(on: day, territory: plan.visit.territory) != nil
                    && items.contains { [.ceremony, .wreath].contains($0.item.kind) }
                if commemorated { continue }
                let territory = Territory(code: plan.visit.territory)?.nameAndCode ?? plan.visit.territory
                let count =
                    items.count == 1
                    ? "1 item of \(plan.visit.id) falls" : "\(items.count) items of \(plan.visit.id) fall"
                let compte =
                    items.count == 1
                    ? "1 séquence de \(plan.visit.id) y tombe"
                    : "\(items.count) séquences de \(plan.visit.id) y tombent"
                findings.append(
                    Diagnostic(
                        .publicHoliday,
                        Phrase(
                            fr: "le \(Vocabulary.fr.day(day)) est un jour férié en \(territory) (\(holiday.name)) : "
                                + "\(compte), à partir de « \(first.id) »",
                            en: "\(day) is a public holiday in \(territory) (\(holiday.name)): \(count) on it, "
                                + "from \"\(first.id)\""),
                        at: first.item.location(of: .at), subjects: items.map(\.id), start: first.start,
                        end: items.map(\.end).max() ?? last.end,
                        help: Phrase(
                            fr:
                                "garder la date si la visite marque ce jour (une commémoration) ; sinon choisir un jour "
                                + "ouvré : services, escortes et invités sont plus difficiles à réunir un jour férié "
                                + "(\(holiday.name))",
                            en: "keep the date if the visit marks the day (a commemoration); otherwise choose a "
                                + "working day: services, escorts and guests are harder to gather on \(holiday.name)")))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PublicHoliday``.
    public static let publicHoliday = DiagnosticCode("public-holiday", family: .calendar, severity: .warning)
}
