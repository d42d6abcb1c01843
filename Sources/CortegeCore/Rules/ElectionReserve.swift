extension Rules {
    /// `election-reserve`: during a *période de réserve* (pre-election restraint, docs/protocol.md §6) ministers
    /// refrain from official trips and the préfet from appearing in public. The registry lists the windows
    /// (`reserve-periods`, both dates included).
    ///
    /// A ministerial visit with any item in a window gets one finding per window, at the visit's `date`.
    /// Another visit gets one finding per window when the préfet (``FunctionCode/isPrefect``) attends a public item
    /// in it: an item open to the press or pooled, or, when `press:` is not written, a ceremony, wreath laying,
    /// speech, welcome, arrival, departure, site visit, press point, photo-op or interview; never a
    /// confidential or private item.
    public struct ElectionReserve: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.electionReserve] }

        static let publicKinds: Set<ItemKind> = [
            .ceremony, .wreath, .speech, .welcome, .arrival, .departure, .visit, .pressPoint, .photoOp, .interview,
        ]

        /// Whether an item shows its participants in public.
        public static func isPublic(_ item: Item) -> Bool {
            if item.confidential || item.kind == .private { return false }
            switch item.press {
            case .open, .pool: return true
            case .closed: return false
            case nil: return publicKinds.contains(item.kind)
            }
        }

        public func findings(in context: PlanContext) -> [Diagnostic] {
            let plan = context.plan
            let zone = plan.visit.zone
            let prefects = Set(plan.people.values.filter(\.isPrefect).map(\.id))
            var findings: [Diagnostic] = []
            for period in plan.reservePeriods {
                let inside = context.itinerary.items.filter {
                    (period.start...period.end).contains(zone.local($0.start).date)
                }
                guard let first = inside.first else { continue }
                let window = Phrase(
                    fr: "du \(Vocabulary.fr.day(period.start)) au \(Vocabulary.fr.day(period.end))",
                    en: "\(period.start) to \(period.end)")
                let note = DiagnosticNote(
                    Phrase(
                        fr: "la période de réserve « \(period.label) » (\(window.fr)) est fixée ici",
                        en: "the reserve period \"\(period.label)\" (\(window.en)) is set here"),
                    at: period.location)
                if plan.visit.kind == .ministerial {
                    findings.append(
                        Diagnostic(
                            .electionReserve,
                            Phrase { v in
                                v.pick(
                                    "la visite ministérielle \(plan.visit.id) tombe dans la période de réserve "
                                        + "« \(period.label) » (\(window.fr)) : \(inside.count) séquence(s) à partir du "
                                        + v.day(zone.local(first.start).date),
                                    "the ministerial visit \(plan.visit.id) falls in the reserve period "
                                        + "\"\(period.label)\" (\(window.en)): \(inside.count) item(s) from "
                                        + v.day(zone.local(first.start).date))
                            },
                            at: plan.visit.location(of: .date), subjects: [plan.visit.id, plan.visit.principal],
                            start: first.start, end: inside.map(\.end).max() ?? first.end, notes: [note],
                            help: Phrase(
                                fr:
                                    "reporter la visite après le \(Vocabulary.fr.day(period.end)), ou confirmer avec le "
                                    + "cabinet du ministre qu'il ne s'agit pas d'une apparition de campagne",
                                en: "move the visit after \(period.end), or confirm with the minister's cabinet that "
                                    + "it is not a campaign appearance")))
                    continue
                }
                let shown = inside.filter { s in
                    Self.isPublic(s.item) && s.item.participants.contains { prefects.contains($0) }
                }
                guard let firstShown = shown.first else { continue }
                let who = firstShown.item.participants.first { prefects.contains($0) } ?? "the préfet"
                findings.append(
                    Diagnostic(
                        .electionReserve,
                        Phrase(
                            fr: "\(who) paraît en public pendant la période de réserve « \(period.label) » "
                                + "(\(window.fr)) : " + RuleText.cited(shown.map(\.id)).fr,
                            en:
                                "\(who) appears in public during the reserve period \"\(period.label)\" (\(window.en)): "
                                + RuleText.cited(shown.map(\.id)).en),
                        at: firstShown.item.location, subjects: [who] + shown.map(\.id), start: firstShown.start,
                        end: shown.map(\.end).max() ?? firstShown.end, notes: [note],
                        help: Phrase(
                            fr: "tenir « \(firstShown.id) » à huis clos, envoyer un représentant, ou la reporter après "
                                + "le \(Vocabulary.fr.day(period.end))",
                            en: "hold \"\(firstShown.id)\" closed to the press, send a representative, or move it "
                                + "after \(period.end)")))
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/ElectionReserve``.
    public static let electionReserve = DiagnosticCode("election-reserve", family: .calendar, severity: .warning)
}
