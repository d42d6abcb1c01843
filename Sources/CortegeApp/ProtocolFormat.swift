import CortegeCore

/// Renders the protocol of a visit for people (`cortege protocol`) and as the JSON of
/// `cortege protocol --format json`.
public enum ProtocolFormat {
    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s : s + String(repeating: " ", count: width - s.count)
    }

    static func clip(_ s: String, _ width: Int) -> String {
        s.count <= width ? s : String(s.prefix(max(1, width - 1))) + "…"
    }

    /// The list of precedence in words.
    public static func describe(_ choice: PrecedenceTable.Choice, _ w: Vocabulary) -> String {
        switch choice {
        case .table(let t): w.precedenceList(t)
        case .unavailable(let why): w.pick("aucune : \(why.fr)", "none: \(why.en)")
        }
    }

    /// Every item (or only `itemID`), then the motorcade once for the visit.
    public static func human(
        _ visitProtocol: VisitProtocol, plan: Plan, itinerary: Itinerary? = nil, only itemID: String? = nil,
        _ w: Vocabulary
    ) -> String {
        var out: [String] = []
        out.append(w.pick("Protocole", "Protocol") + " — \(plan.visit.title) (\(plan.visit.id))")
        out.append(w.pick("Liste de préséance : ", "List of precedence: ") + describe(visitProtocol.choice, w))
        for orders in visitProtocol.items where itemID == nil || orders.id == itemID {
            out.append("")
            out += item(orders, plan: plan, itinerary: itinerary, w)
        }
        if itemID == nil {
            out.append("")
            out += motorcade(visitProtocol.motorcade, plan: plan, w)
        }
        return out.joined(separator: "\n")
    }

    static func name(_ id: String, _ plan: Plan) -> String { plan.people[id]?.name ?? "" }

    static func list(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.joined(separator: ", ") }

    /// `7 — mayor of the host commune`, `sans rang — …`.
    static func explanation(_ placed: PlacedPerson, _ w: Vocabulary) -> String {
        "\(placed.rank.map(\.description) ?? w.unranked) — \(placed.rule.text(w.language))"
    }

    /// The block of one item.
    static func item(_ orders: ItemProtocol, plan: Plan, itinerary: Itinerary?, _ w: Vocabulary) -> [String] {
        let item = orders.item
        let colon = w.pick(" : ", ": ")
        var head = ""
        if let scheduled = itinerary?.item(item.id) {
            let zone = plan.visit.zone
            head = "\(w.clock(scheduled.start, in: zone))-\(w.clock(scheduled.end, in: zone))  "
        }
        var venue = plan.venues[item.venue]?.displayName ?? item.venue
        if let commune = plan.commune(of: item) {
            venue += ", " + (plan.communes[commune]?.name.map { "\($0) (\(commune))" } ?? "commune \(commune)")
        }
        let kind = w.language == .fr ? w.itemKind(item.kind).lowercased() : item.kind.rawValue
        var out = ["\(head)\(item.id) — \(item.displayTitle) [\(kind)] · \(venue)"]
        out.append("  " + w.pick("préséance", "precedence") + w.pick(" :", ":"))
        let order = orders.precedence.order
        if order.isEmpty { out.append("    —") }
        let idWidth = min(28, order.map(\.id.count).max() ?? 0)
        let nameWidth = min(26, order.map { name($0.id, plan).count }.max() ?? 0)
        for (i, placed) in order.enumerated() {
            let number = pad("\(i + 1).", 4)
            let who = pad(clip(placed.id, 28), idWidth) + "  " + pad(clip(name(placed.id, plan), 26), nameWidth)
            out.append("    \(number)\(who)  \(explanation(placed, w))")
        }
        if !orders.precedence.staff.isEmpty {
            out.append("    " + w.pick("équipe (sans rang)", "staff (no rank)") + colon + list(orders.precedence.staff))
        }
        if let welcome = orders.welcome {
            out.append("  " + w.pick("accueil", "welcome") + colon + list(welcome))
        }
        if let lineup = orders.lineup {
            let kind = lineup.aisle ? w.pick("avec allée centrale, ", "with a central aisle, ") : ""
            out.append(
                "  " + w.pick("alignement (art. 16, \(kind)vu de face)", "lineup (art. 16, \(kind)seen from the front)")
                    + colon + (lineup.picture.isEmpty ? "—" : lineup.picture))
            if !lineup.ranked.isEmpty {
                let legend = lineup.ranked.enumerated().map { "\($0.offset + 1) \($0.element)" }
                out.append("    " + legend.joined(separator: " · "))
            }
        }
        if let speeches = orders.speeches {
            out.append(
                "  " + w.pick("prises de parole", "speeches") + colon
                    + (speeches.isEmpty ? "—" : speeches.joined(separator: " → ")))
        }
        if let wreaths = orders.wreaths {
            out.append(
                "  " + w.pick("dépôts de gerbe", "wreaths") + colon
                    + (wreaths.isEmpty ? "—" : wreaths.joined(separator: " → ")))
        }
        if let seating = orders.seating {
            out += self.seating(seating, precedence: orders.precedence.ids, w)
        }
        return out
    }

    /// The seating plan drawn from above, each seat numbered as in the precedence list; host and co-host in
    /// brackets.
    static func seating(_ plan: SeatingPlan, precedence: [String], _ w: Vocabulary) -> [String] {
        let styleName = plan.style == .aLaFrancaise ? "à la française" : "à l'anglaise"
        let side =
            plan.style == .aLaFrancaise
            ? w.pick("le côté de l'hôte en bas", "the host's side below")
            : w.pick("l'hôte au bout gauche", "the host at the left end")
        var out = [
            w.pick(
                "  plan de table (\(styleName), vu du dessus, \(side)) :",
                "  seating (\(styleName), seen from above, \(side)):")
        ]
        func seat(_ id: String?) -> String {
            guard let id else { return "·" }
            let number = precedence.firstIndex(of: id).map { String($0 + 1) } ?? id
            return id == plan.host || id == plan.coHost ? "[\(number)]" : number
        }
        let width = (plan.nearSide + plan.farSide + [plan.westEnd, plan.eastEnd]).map { seat($0).count }.max() ?? 1
        func row(_ seats: [String?]) -> String {
            seats.map { String(repeating: " ", count: width - seat($0).count) + seat($0) }.joined(separator: " ")
        }
        switch plan.style {
        case .aLaFrancaise:
            out.append("    \(row(plan.farSide))")
            out.append("    " + String(repeating: "─", count: row(plan.farSide).count))
            out.append("    \(row(plan.nearSide))")
        case .aLAnglaise:
            let indent = String(repeating: " ", count: width + 3)
            out.append("    \(indent)\(row(plan.farSide))")
            let table = String(repeating: "─", count: max(row(plan.farSide).count, row(plan.nearSide).count))
            let west = seat(plan.westEnd)
            out.append(
                "    \(String(repeating: " ", count: width - west.count))\(west) ┤\(table)├ \(seat(plan.eastEnd))")
            out.append("    \(indent)\(row(plan.nearSide))")
        }
        let guests = plan.order.filter { $0 != plan.host && $0 != plan.coHost }
        var legend = "    " + w.pick("hôte", "host") + " \(plan.host)"
        if let coHost = plan.coHost { legend += w.pick(" · co-hôte \(coHost)", " · co-host \(coHost)") }
        if let first = guests.first {
            legend += w.pick(
                " · invité d'honneur \(first), à la droite de l'hôte",
                " · guest of honour \(first), at the host's right")
        }
        out.append(legend)
        return out
    }

    /// The motorcade, front to back.
    static func motorcade(_ motorcade: Motorcade, plan: Plan, _ w: Vocabulary) -> [String] {
        let template =
            motorcade.isDefault
            ? w.pick("modèle par défaut", "default template") : w.pick("modèle de la visite", "template of the visit")
        var out = [
            w.pick("Cortège (\(template), de l'avant vers l'arrière) :", "Motorcade (\(template), front to back):")
        ]
        for (i, slot) in motorcade.slots.enumerated() {
            let people = slot.people.isEmpty ? "" : w.pick(" : ", ": ") + slot.people.joined(separator: ", ")
            out.append("  \(i + 1). \(slot.role)\(people)")
        }
        return out
    }

    /// `{"items": [{"id", "precedence", "welcome", "lineup", "speeches", "wreaths", "seating"}], "motorcade": [...]}`:
    /// each order a list of person ids, empty where it does not apply. The lineup reads left to right as seen from
    /// the front; the seating lists host, co-host, then the guests in the order their seats are given.
    public static func jsonObject(_ visitProtocol: VisitProtocol, only itemID: String? = nil) -> JSONValue {
        let items: [JSONValue] = visitProtocol.items.filter { itemID == nil || $0.id == itemID }.map { orders in
            [
                "id": .string(orders.id),
                "precedence": .strings(orders.precedence.ids),
                "welcome": .strings(orders.welcome ?? []),
                "lineup": .strings(orders.lineup?.leftToRight ?? []),
                "speeches": .strings(orders.speeches ?? []),
                "wreaths": .strings(orders.wreaths ?? []),
                "seating": .strings(orders.seating?.order ?? []),
            ]
        }
        let motorcade: [JSONValue] = visitProtocol.motorcade.slots.map {
            ["slot": .string($0.role), "people": .strings($0.people)]
        }
        return ["items": .array(items), "motorcade": .array(motorcade)]
    }
}
