import CortegeCore

/// One invited person's convocation (docs/documents.md): the items they attend, day by day, each with when and
/// where to be in place, their place in the welcome line, the line-up, the speeches, the wreaths or at table,
/// the venue's access notes and the dress; the transfers they ride; the cabinet's contact.
///
/// It is written from the person's own view (`person:<id>`, docs/audiences.md §4), which holds only the items
/// they attend and the transfers they ride, and no escort: a convocation cannot show another item or an escort
/// plan. The items' `notes` are working notes for staff and are not printed.
public enum ConvocationDocument {
    /// The default of `in-place`: the invited are in place 15 minutes before the item starts, that is before the
    /// principal arrives (the highest authority arrives last).
    public static let defaultInPlaceMinutes = 15

    public static func html(view: AudienceView, extras: DocumentExtras, options: ProgrammeOptions) -> String {
        let page = DocumentPage(kind: .convocation, view: view, options: options)
        let text = page.text
        guard case .person(let id) = view.audience else { return page.html { _ in } }
        let me = view.people[id]
        let name = me?.name ?? id
        let addressee = [name, me?.title].compactMap { $0 }.joined(separator: ", ")
        let principal = view.visit.principal
        return page.html(subtitle: text.convocationFor(addressee)) { w in
            w.element("p", ["class": "intro"]) { w in
                w.text(page.typeset(text.convocationIntro(visit: view.visit.title, principal: principal)))
            }
            let transfers = view.transfers
            for day in page.days {
                let items = view.items.filter { page.zone.local($0.start).date == day }
                let rides = transfers.filter { page.zone.local($0.start).date == day }
                if items.isEmpty && rides.isEmpty { continue }
                w.element("h2", text: text.longDate(day))
                for item in items {
                    let arriving = transfers.first { $0.toItem == item.id }
                    let before = view.items.last { $0.end <= item.start && $0.start < item.start }
                    self.item(
                        item, person: id, principal: principal, arriving: arriving, previous: before, extras: extras,
                        page: page, into: &w)
                }
                if !rides.isEmpty {
                    w.element("h3", ["class": "rides"], text: text.convocationRides)
                    w.element("ul", ["class": "rides"]) { w in
                        for t in rides {
                            w.element("li", ["class": "ride"]) { w in
                                w.element("strong", text: "\(page.time(t.start)) – \(page.time(t.end))")
                                w.text(
                                    " · \(text.mode(t.mode)) · \(page.typeset(t.from.name)) → \(page.typeset(t.to.name))"
                                )
                            }
                        }
                    }
                }
            }
            w.element("div", ["class": "contact-box"]) { w in
                w.element("h3", text: text.convocationContact)
                if let c = extras.cabinetContact {
                    w.element("p", ["class": "cabinet-contact"]) { w in
                        w.element("strong", text: page.typeset(c.name))
                        if let phone = c.phone { w.text(page.typeset(text.pick(" · tél. : ", " · phone: ")) + phone) }
                        if let email = c.email { w.text(" · \(email)") }
                    }
                } else {
                    w.element("p", ["class": "muted"], text: text.convocationNoContact)
                }
            }
        }
    }

    static func item(
        _ item: AudienceItem, person: String, principal: AudiencePerson?, arriving: AudienceTransfer?,
        previous: AudienceItem?, extras: DocumentExtras, page: DocumentPage, into w: inout HTMLWriter
    ) {
        let text = page.text
        let lead = extras.inPlaceMinutes[item.id] ?? defaultInPlaceMinutes
        // Who is still at their previous item is in place when it ends, not before.
        let afterPrevious = previous.map { $0.end > item.start.adding(minutes: -lead) } ?? false
        let inPlace = afterPrevious ? (previous?.end ?? item.start) : item.start.adding(minutes: -lead)
        let principalThere = principal.map { p in item.participants.contains { $0.id == p.id } } ?? false
        let known = Dictionary(item.participants.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let orders = extras.orders.orders(of: item.id, known: known)
        w.element("section", ["class": "entry item", "id": "item-\(item.id)", "data-item": item.id]) { w in
            w.element("div", ["class": "entry-head"]) { w in
                w.element("div", ["class": "when"]) { w in
                    w.text("\(page.time(item.start)) – \(page.time(item.end))")
                    w.element("small", text: text.itemKind(item.kind))
                }
                w.element("div") { w in
                    w.element("h3", ["class": "title"], text: page.typeset(item.title))
                    w.element("div", ["class": "venue"]) { w in
                        w.element("strong", text: page.typeset(item.venue.name))
                        if let a = item.venue.address { w.text(" · \(page.typeset(a))") }
                    }
                }
            }
            w.element("dl", ["class": "facts-list"]) { w in
                if let arriving {
                    // Who rides in the motorcade to the item arrives with it, not before (docs/documents.md).
                    w.element("dt", text: text.convocationArrival)
                    w.element("dd") { w in
                        w.element(
                            "span", ["class": "in-place", "data-time": page.zone.local(arriving.end).description],
                            text: page.time(arriving.end))
                        w.text(" · " + page.typeset(text.convocationWithMotorcade(from: arriving.from.name)))
                    }
                } else {
                    w.element("dt", text: text.convocationInPlace)
                    w.element("dd") { w in
                        w.element(
                            "span", ["class": "in-place", "data-time": page.zone.local(inPlace).description],
                            text: page.time(inPlace))
                        let why =
                            afterPrevious
                            ? text.convocationAfterPrevious(previous?.title ?? "")
                            : text.convocationInPlaceWhy(
                                minutes: lead, principal: principalThere ? principal?.name : nil)
                        w.text(" · " + page.typeset(why))
                    }
                }
                if let access = extras.access[item.venue.id] {
                    w.element("dt", text: text.contactAccess)
                    w.element("dd", ["class": "access"], text: page.typeset(access))
                }
                for (label, place) in places(of: person, in: orders, text: text) {
                    w.element("dt", text: label)
                    w.element("dd", ["class": "place"], text: page.typeset(place))
                }
                if let dress = extras.dress[item.id] {
                    w.element("dt", text: text.convocationDress)
                    w.element("dd", ["class": "dress"], text: page.typeset(dress))
                }
            }
        }
    }

    /// The person's places in the item's orders, each as a label and a sentence.
    static func places(of person: String, in orders: ProgrammeContent.Orders, text: Vocabulary) -> [(String, String)] {
        var out: [(String, String)] = []
        if let line = orders.welcome, let i = line.firstIndex(where: { $0.id == person }) {
            out.append(
                (text.welcome, text.convocationPosition(i + 1, of: line.count, after: i > 0 ? line[i - 1].name : nil)))
        }
        if let lineup = orders.lineup, let i = lineup.leftToRight.firstIndex(where: { $0.person.id == person }) {
            out.append(
                (
                    text.convocationLineup,
                    text.convocationLineupPlace(
                        fromLeft: i + 1, of: lineup.leftToRight.count, rank: lineup.leftToRight[i].rank)
                ))
        }
        if let speeches = orders.speeches, let i = speeches.firstIndex(where: { $0.id == person }) {
            out.append((text.speeches, text.convocationPosition(i + 1, of: speeches.count, after: nil)))
        }
        if let wreaths = orders.wreaths, let i = wreaths.firstIndex(where: { $0.id == person }) {
            out.append((text.wreaths, text.convocationPosition(i + 1, of: wreaths.count, after: nil)))
        }
        if let s = orders.seating {
            if s.host.id == person {
                out.append((text.seating, text.convocationSeatHost))
            } else if s.westEnd?.id == person || s.eastEnd?.id == person {
                out.append((text.seating, text.convocationSeatEnd))
            } else {
                for (side, isNear) in [(s.nearSide, true), (s.farSide, false)] {
                    guard let i = side.firstIndex(where: { $0?.id == person }) else { continue }
                    let left = i > 0 ? side[i - 1]?.name : nil
                    let right = i + 1 < side.count ? side[i + 1]?.name : nil
                    out.append(
                        (
                            text.seating,
                            text.convocationSeat(
                                hostSide: isNear, style: s.style, between: [left, right].compactMap { $0 })
                        ))
                }
            }
        }
        return out
    }
}

extension Vocabulary {
    func convocationFor(_ addressee: String) -> String { pick("À l'attention de \(addressee)", "For \(addressee)") }

    func convocationIntro(visit: String, principal: AudiencePerson?) -> String {
        let who = principal.map { p in [p.name, p.title].compactMap { $0 }.joined(separator: ", ") }
        if let who {
            return pick(
                "Dans le cadre de la visite « \(visit) » de \(who), vous êtes convié(e) aux séquences suivantes. "
                    + "Merci d'être en place à l'heure indiquée, avant l'arrivée de l'autorité.",
                "For the visit “\(visit)” of \(who), you are invited to the following items. Please be in place "
                    + "at the time given, before the principal arrives.")
        }
        return pick(
            "Dans le cadre de la visite « \(visit) », vous êtes convié(e) aux séquences suivantes.",
            "For the visit “\(visit)”, you are invited to the following items.")
    }

    var convocationInPlace: String { pick("En place à", "In place at") }

    func convocationInPlaceWhy(minutes: Int, principal: String?) -> String {
        if let principal {
            return pick(
                "\(duration(minutes)) avant le début, avant l'arrivée de \(principal)",
                "\(duration(minutes)) before the start, before \(principal) arrives")
        }
        return pick("\(duration(minutes)) avant le début", "\(duration(minutes)) before the start")
    }

    func convocationAfterPrevious(_ title: String) -> String {
        pick("à l'issue de « \(title) »", "at the end of “\(title)”")
    }

    var convocationArrival: String { pick("Arrivée à", "Arriving at") }

    func convocationWithMotorcade(from: String) -> String {
        pick("avec le cortège, depuis \(from)", "with the motorcade, from \(from)")
    }

    var convocationDress: String { pick("Tenue", "Dress") }
    var convocationRides: String { pick("Vos trajets dans le cortège", "Your journeys with the motorcade") }
    var convocationContact: String { pick("Votre contact au cabinet", "Your contact at the cabinet") }
    var convocationNoContact: String {
        pick(
            "Le cabinet n'a pas indiqué de contact (clé cabinet-contact).",
            "No cabinet contact given (cabinet-contact).")
    }
    var convocationLineup: String { pick("Alignement", "Line-up") }

    func ordinal(_ n: Int) -> String {
        if language == .fr { return n == 1 ? "1re" : "\(n)e" }
        switch (n % 10, n % 100) {
        case (1, let t) where t != 11: return "\(n)st"
        case (2, let t) where t != 12: return "\(n)nd"
        case (3, let t) where t != 13: return "\(n)rd"
        default: return "\(n)th"
        }
    }

    func convocationPosition(_ n: Int, of count: Int, after: String?) -> String {
        let base = pick("\(ordinal(n)) position sur \(count)", "\(ordinal(n)) of \(count)")
        guard let after else { return base }
        return base + pick(", après \(after)", ", after \(after)")
    }

    func convocationLineupPlace(fromLeft: Int, of count: Int, rank: Int) -> String {
        pick(
            "\(ordinal(fromLeft)) place sur \(count) en partant de la gauche, vu de face (rang \(rank))",
            "\(ordinal(fromLeft)) place of \(count) from the left, seen from the front (rank \(rank))")
    }

    var convocationSeatHost: String { pick("vous présidez la table", "you host the table") }
    var convocationSeatEnd: String { pick("en bout de table", "at the end of the table") }

    func convocationSeat(hostSide: Bool, style: SeatingStyle, between: [String]) -> String {
        let side =
            style == .aLaFrancaise
            ? (hostSide ? pick("côté de l'hôte", "on the host's side") : pick("en face de l'hôte", "facing the host"))
            : (hostSide ? pick("côté sud", "on the south side") : pick("côté nord", "on the north side"))
        guard !between.isEmpty else { return side }
        let joined = between.joined(separator: pick(" et ", " and "))
        return side
            + (between.count == 2
                ? pick(", entre \(joined)", ", between \(joined)")
                : pick(", à côté de \(joined)", ", next to \(joined)"))
    }
}
