/// The changes between two views of one audience (docs/diff-notify.md). Pure: two views in, changes out.
///
/// Items and busy blocks are matched by id, transfers by the items they join. Items come in the order of the new
/// view, then the items that left it; the visit's status comes first.
public enum PlanDiff {
    /// The changes an audience may see. A view that cannot be given (embargo, a person not in that revision) is
    /// nil: nothing is told without a new view; without an old one, everything the new view holds is new.
    public static func changes(from old: AudienceView?, to new: AudienceView?) -> [PlanChange] {
        guard let new else { return [] }
        return changes(from: old ?? new.emptied, to: new)
    }

    /// Everything `old` held, removed: a person taken out of the plan, as their own view tells it.
    public static func everythingRemoved(_ old: AudienceView) -> [PlanChange] { changes(from: old, to: old.emptied) }

    public static func changes(from old: AudienceView, to new: AudienceView) -> [PlanChange] {
        var out: [PlanChange] = []
        if old.visit.status != new.visit.status {
            let everyone = ids(Array(old.people.values) + Array(new.people.values)).sorted()
            out.append(
                PlanChange(
                    item: "visit", title: new.visit.title, kind: .status, before: .status(old.visit.status),
                    after: .status(new.visit.status), affects: everyone))
        }
        let oldItems = Dictionary(old.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let newIDs = Set(new.entries.map(\.id))
        let oldBusy = Dictionary(old.busyBlocks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let oldTransfers = Dictionary(old.transfers.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })

        for entry in new.entries {
            switch entry {
            case .item(let item):
                if let before = oldItems[item.id] {
                    out += itemChanges(before, item)
                } else {
                    out.append(
                        PlanChange(
                            item: item.id, title: item.title, kind: .added, before: nil, after: value(of: item),
                            affects: ids(item.participants)))
                }
                // The transfer leading to the item: riders and escort.
                if let transfer = new.transfers.first(where: { $0.toItem == item.id }),
                    let previous = oldTransfers[transfer.key]
                {
                    out += transferChanges(previous, transfer)
                }
            case .busy(let block):
                if let before = oldBusy[block.id] {
                    if let kind = timeChange(before.start, before.end, block.start, block.end) {
                        out.append(
                            PlanChange(
                                item: block.id, title: nil, kind: kind,
                                before: .span(start: before.start, end: before.end),
                                after: .span(start: block.start, end: block.end), affects: []))
                    }
                } else {
                    out.append(
                        PlanChange(
                            item: block.id, title: nil, kind: .added, before: nil,
                            after: .span(start: block.start, end: block.end), affects: []))
                }
            }
        }
        for entry in old.entries where !newIDs.contains(entry.id) {
            switch entry {
            case .item(let item):
                out.append(
                    PlanChange(
                        item: item.id, title: item.title, kind: .removed, before: value(of: item), after: nil,
                        affects: ids(item.participants)))
            case .busy(let block):
                out.append(
                    PlanChange(
                        item: block.id, title: nil, kind: .removed, before: .span(start: block.start, end: block.end),
                        after: nil, affects: []))
            }
        }
        return out
    }

    static func value(of item: AudienceItem) -> ChangeValue {
        .item(title: item.title, start: item.start, end: item.end, venue: item.venue.name)
    }

    /// `moved` when the start changed, else `lengthened` or `shortened` when the end did, else nil.
    static func timeChange(_ oldStart: Instant, _ oldEnd: Instant, _ newStart: Instant, _ newEnd: Instant)
        -> ChangeKind?
    {
        if oldStart != newStart { return .moved }
        if oldEnd < newEnd { return .lengthened }
        if oldEnd > newEnd { return .shortened }
        return nil
    }

    static func itemChanges(_ a: AudienceItem, _ b: AudienceItem) -> [PlanChange] {
        var out: [PlanChange] = []
        let affects = ids(a.participants + b.participants)
        func change(_ kind: ChangeKind, _ before: ChangeValue, _ after: ChangeValue, _ who: [String]? = nil) {
            out.append(
                PlanChange(
                    item: b.id, title: b.title, kind: kind, before: before, after: after, affects: who ?? affects))
        }
        if let kind = timeChange(a.start, a.end, b.start, b.end) {
            change(kind, .span(start: a.start, end: a.end), .span(start: b.start, end: b.end))
        }
        if a.venue.id != b.venue.id {
            change(.venue, .venue(id: a.venue.id, name: a.venue.name), .venue(id: b.venue.id, name: b.venue.name))
        }
        let oldPeople = Set(a.participants.map(\.id))
        let newPeople = Set(b.participants.map(\.id))
        let joined = b.participants.filter { !oldPeople.contains($0.id) }
        let left = a.participants.filter { !newPeople.contains($0.id) }
        if !joined.isEmpty { change(.participantsAdded, .people(a.participants), .people(joined)) }
        if !left.isEmpty { change(.participantsRemoved, .people(left), .people(b.participants)) }
        if a.press != b.press { change(.press, .press(a.press), .press(b.press)) }
        return out
    }

    static func transferChanges(_ a: AudienceTransfer, _ b: AudienceTransfer) -> [PlanChange] {
        var out: [PlanChange] = []
        let riders = ids(a.riders + b.riders)
        let item = "transfer-\(b.fromItem)-\(b.toItem)"
        let oldRiders = Set(a.riders.map(\.id))
        let newRiders = Set(b.riders.map(\.id))
        let joined = b.riders.filter { !oldRiders.contains($0.id) }
        let left = a.riders.filter { !newRiders.contains($0.id) }
        if !joined.isEmpty {
            out.append(
                PlanChange(
                    item: item, title: b.to.name, kind: .ridersAdded, before: .people(a.riders), after: .people(joined),
                    affects: riders))
        }
        if !left.isEmpty {
            out.append(
                PlanChange(
                    item: item, title: b.to.name, kind: .ridersRemoved, before: .people(left), after: .people(b.riders),
                    affects: riders))
        }
        let before = a.escort.map(summary)
        let after = b.escort.map(summary)
        if before != after {
            var units: [String] = []
            for u in (before?.units ?? []) + (after?.units ?? []) where !units.contains(u) { units.append(u) }
            out.append(
                PlanChange(
                    item: item, title: b.to.name, kind: .escort, before: .escort(before), after: .escort(after),
                    affects: units + riders))
        }
        return out
    }

    static func summary(_ leg: AudienceEscortLeg) -> EscortSummary {
        EscortSummary(
            units: leg.units, inPlace: leg.inPlace,
            handOvers: leg.handOvers.map { "\($0.fromZone.rawValue)→\($0.toZone.rawValue)@\($0.entering.name)" })
    }

    /// Ids in order of first appearance, each once.
    static func ids(_ people: [AudiencePerson]) -> [String] {
        var seen = Set<String>()
        return people.map(\.id).filter { seen.insert($0).inserted }
    }
}

extension AudienceEntry {
    /// The item's id, or the busy block's opaque id.
    public var id: String {
        switch self {
        case .item(let i): i.id
        case .busy(let b): b.id
        }
    }
}

extension AudienceTransfer {
    /// The items the transfer joins.
    var key: String { "\(fromItem)→\(toItem)" }
}

extension AudienceView {
    /// The same view holding no item and no transfer.
    var emptied: AudienceView {
        AudienceView(audience: audience, visit: visit, entries: [], transfers: [], escort: escort)
    }
}
