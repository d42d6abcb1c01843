/// Builds the view of one audience (docs/audiences.md §4). Pure: the plan, its itinerary and escort plan, and `now` in;
/// the view, or the reason it cannot be given, out.
///
/// | audience | items | transfers | escort | phones | notes |
/// |---|---|---|---|---|---|
/// | security | all, in full | all | yes | yes | yes |
/// | principal | all, in full | all | no | yes | yes |
/// | person:<id> | those they attend | those they ride | no | yes | yes |
/// | staff | all; confidential ones as busy blocks | those not touching a confidential item | no | no | yes |
/// | press | open and pool items starting at or after `announce` | none | no | no | no |
/// | public | open items starting at or after `announce` | none | no | no | no |
///
/// Press and public views are refused (`embargo`) before `announce`; a visit without `announce` has no embargo
/// (docs/plan-format.md §3). Items starting before `announce` were never announced and stay out of them.
extension AudienceView {
    public static func build(
        plan: Plan, itinerary: Itinerary, escort: EscortPlan, audience: Audience, now: Instant
    ) -> Result<AudienceView, AudienceRefusal> {
        let zone = plan.visit.zone
        let announce = plan.visit.announce.map { zone.resolve($0).instant }
        if audience.isEmbargoed, let announce, now < announce {
            return .failure(
                AudienceRefusal(
                    diagnostic: Diagnostic(
                        .embargo,
                        Phrase(
                            fr: "la vue « \(audience) » de \(plan.visit.id) est sous embargo jusqu'au "
                                + "\(Vocabulary.fr.dateTime(zone.local(announce))) (\(zone)) ; il est "
                                + Vocabulary.fr.dateTime(zone.local(now)),
                            en: "the \(audience) view of \(plan.visit.id) is under embargo until "
                                + "\(zone.local(announce).date) \(zone.local(announce).time) (\(zone)); it is "
                                + "\(zone.local(now).date) \(zone.local(now).time)"),
                        at: plan.visit.location(of: "announce"), subjects: [plan.visit.id], start: now,
                        end: announce,
                        help: Phrase(
                            fr: "attendre l'heure d'annonce, ou avancer `announce:` si l'avis aux médias part plus tôt",
                            en: "wait for the announce time, or move `announce:` if the advisory goes out earlier"))))
        }
        if case .person(let id) = audience, plan.people[id] == nil {
            let suggestion = nearest(to: id, in: plan.people.keys)
            return .failure(
                AudienceRefusal(
                    diagnostic: Diagnostic(
                        .unknownRef,
                        Phrase(fr: "`\(id)` n'est pas une personne du plan", en: "`\(id)` is no person of the plan"),
                        at: plan.visit.location, subjects: [id],
                        help: suggestion.map { Phrase.didYouMean("person:\($0)") }
                            ?? Phrase(fr: "nommer une personne du plan", en: "name a person of the plan"))))
        }
        if case .unit(let id) = audience, plan.escortUnits[id] == nil {
            let suggestion = nearest(to: id, in: plan.escortUnits.keys)
            return .failure(
                AudienceRefusal(
                    diagnostic: Diagnostic(
                        .unknownRef,
                        Phrase(
                            fr: "`\(id)` n'est pas une unité d'escorte du plan",
                            en: "`\(id)` is no escort unit of the plan"),
                        at: plan.visit.location, subjects: [id],
                        help: suggestion.map { Phrase.didYouMean("unit:\($0)") }
                            ?? Phrase(fr: "nommer une unité d'escorte du plan", en: "name an escort unit of the plan")))
            )
        }
        let builder = Builder(plan: plan, audience: audience)
        let principal = plan.visit.principal

        var entries: [AudienceEntry] = []
        for s in itinerary.items {
            let item = s.item
            let access = item.pressAccess
            switch audience {
            case .security, .principal:
                entries.append(.item(builder.item(s)))
            case .person(let id):
                if item.people(principal: principal).contains(id) { entries.append(.item(builder.item(s))) }
            case .staff:
                entries.append(
                    item.confidential
                        ? .busy(AudienceBusyBlock(id: builder.opaqueID(item.id), start: s.start, end: s.end))
                        : .item(builder.item(s)))
            case .press:
                if !item.confidential, access != .closed, announce.map({ s.start >= $0 }) ?? true {
                    entries.append(.item(builder.item(s)))
                }
            case .public:
                if !item.confidential, access == .open, announce.map({ s.start >= $0 }) ?? true {
                    entries.append(.item(builder.item(s)))
                }
            case .unit:
                // A unit sees its legs, not the items (their titles, participants, press).
                break
            }
        }

        var transfers: [AudienceTransfer] = []
        let confidential = Set(itinerary.items.filter { $0.item.confidential }.map(\.id))
        for t in itinerary.transfers {
            switch audience {
            case .security, .principal:
                transfers.append(builder.transfer(t, escort: escort.leg(to: t.toItem)))
            case .person(let id):
                if t.riders.contains(id) { transfers.append(builder.transfer(t, escort: nil)) }
            case .staff:
                if !confidential.contains(t.fromItem) && !confidential.contains(t.toItem) {
                    transfers.append(builder.transfer(t, escort: nil))
                }
            case .press, .public:
                break
            case .unit(let id):
                if let leg = escort.leg(to: t.toItem), leg.units.contains(id) {
                    transfers.append(builder.transfer(t, escort: leg))
                }
            }
        }

        var escortView: AudienceEscort?
        if audience.seesEscort {
            var units = plan.escortUnits.values.sorted { $0.id < $1.id }
            var duties = escort.duties
            var phones = audience.seesPhones
            if case .unit(let id) = audience {
                units = units.filter { $0.id == id }
                duties = duties.filter { $0.unit == id }
                phones = true
            }
            escortView = AudienceEscort(
                units: units.map {
                    AudienceUnit(
                        id: $0.id, name: $0.name, force: $0.force, leadMinutes: $0.leadMinutes,
                        maxDutyMinutes: $0.maxDutyMinutes, available: $0.available, email: $0.email,
                        phone: phones ? $0.phone : nil)
                }, duties: duties)
        }

        let visit = AudienceVisit(
            id: plan.visit.id, title: plan.visit.title, kind: plan.visit.kind, status: plan.visit.status, zone: zone,
            date: plan.visit.date, announce: announce, organizer: plan.visit.organizer,
            principal: builder.isUnit ? builder.rider(principal) : builder.person(principal))
        return .success(
            AudienceView(audience: audience, visit: visit, entries: entries, transfers: transfers, escort: escortView))
    }

    /// Copies allowed fields out of the plan for one audience.
    struct Builder {
        let plan: Plan
        let audience: Audience

        func person(_ id: String) -> AudiencePerson {
            let p = plan.people[id]
            return AudiencePerson(
                id: id, name: p?.displayName ?? id, title: p?.title, phone: audience.seesPhones ? p?.phone : nil,
                email: audience.seesPhones ? p?.email : nil)
        }

        func venue(_ id: String) -> AudienceVenue {
            let v = plan.venues[id]
            return AudienceVenue(
                id: id, name: v?.displayName ?? id, address: v?.address, geo: v?.geo,
                securityZone: audience.seesEscort ? plan.securityZone(ofVenue: id) : nil,
                phone: audience.seesPhones ? v?.phone : nil)
        }

        func item(_ s: ScheduledItem) -> AudienceItem {
            let access = s.item.pressAccess
            let positioning =
                access != .closed && audience != .public
                ? s.start.adding(minutes: -plan.visit.pressLeadMinutes) : nil
            return AudienceItem(
                id: s.id, kind: s.item.kind, title: s.item.displayTitle, start: s.start, end: s.end,
                venue: venue(s.item.venue), participants: s.item.participants.map(person), press: access,
                pressPositioning: positioning, notes: audience.seesNotes ? s.item.notes : nil,
                confidential: s.item.confidential)
        }

        func transfer(_ t: ScheduledTransfer, escort leg: EscortLeg?) -> AudienceTransfer {
            var escortLeg: AudienceEscortLeg?
            if audience.seesEscort, let leg {
                var inPlace: [String: Instant] = [:]
                for id in leg.units {
                    inPlace[id] =
                        leg.post(of: id)?.time ?? leg.start.adding(minutes: -(plan.escortUnits[id]?.leadMinutes ?? 0))
                }
                var posts = leg.posts
                if case .unit(let id) = audience {
                    // A unit's view holds its own post only.
                    inPlace = inPlace.filter { $0.key == id }
                    posts = posts.filter { $0.unit == id }
                }
                escortLeg = AudienceEscortLeg(
                    units: leg.units, places: leg.places, stretches: leg.stretches, handOvers: leg.handOvers,
                    inPlace: inPlace, posts: posts)
            }
            return AudienceTransfer(
                fromItem: t.fromItem, toItem: t.toItem, from: venue(t.fromVenue), to: venue(t.toVenue), start: t.start,
                end: t.end, mode: t.mode, riders: t.riders.map(isUnit ? rider : person), escort: escortLeg)
        }

        var isUnit: Bool {
            if case .unit = audience { return true }
            return false
        }

        /// A rider as a unit sees them: by function (their title, else their function codes), no name, no contact.
        func rider(_ id: String) -> AudiencePerson {
            let p = plan.people[id]
            let function = p?.title ?? p?.functions.map(\.rawValue).joined(separator: ", ")
            return AudiencePerson(
                id: p?.functions.first?.rawValue ?? "rider", name: function ?? "—", title: nil, phone: nil, email: nil)
        }

        /// A stable id that does not reveal the item's: `busy-` and a 64-bit FNV-1a hash of visit and item ids.
        func opaqueID(_ itemID: String) -> String {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in "\(plan.visit.id)/\(itemID)".utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
            let hex = String(hash, radix: 16)
            return "busy-" + String(repeating: "0", count: 16 - hex.count) + hex
        }
    }
}

extension Analysis {
    /// The view of one audience at `now` (docs/audiences.md §4).
    public func view(for audience: Audience, now: Instant) -> Result<AudienceView, AudienceRefusal> {
        AudienceView.build(plan: plan, itinerary: itinerary, escort: escort, audience: audience, now: now)
    }
}
