import CortegeICal

/// What one collection needs, from what the export says now, what the journal says was sent, and what the server
/// holds (docs/publish.md, "Ce qui est envoyé"). Pure: the tests give it each case.
struct PublishPlan: Sendable, Equatable {
    /// One object the export writes now.
    struct Wanted: Sendable, Equatable {
        var uid: String
        var href: String
        var text: String
        var digest: String
    }

    enum Step: Sendable, Equatable {
        /// `PUT` with `If-None-Match: *`.
        case create(Wanted)
        /// `PUT` with `If-Match` (nil: the server gave no ETag; sent without condition).
        case update(Wanted, ifMatch: String?)
        /// `PUT` of the cancelled version with `If-Match`; the next publish deletes it.
        case cancel(Wanted, ifMatch: String?)
        /// `DELETE` with `If-Match`.
        case delete(uid: String, href: String, ifMatch: String?)
        /// The server holds a version the journal does not know (a run stopped before its journal was written,
        /// or an edit on the server): read it, and compare it with `Wanted` before anything is sent.
        case verify(Wanted, serverETag: String?, recorded: ExportJournal.ServerObject?)
    }

    var steps: [Step] = []
    /// Objects already as wanted.
    var unchanged: [String] = []
    /// Recorded objects the server no longer holds (deleted there, or by a run stopped before its journal).
    var forgotten: [String] = []

    /// - Parameters:
    ///   - active: the objects the export writes, not cancelled, by UID.
    ///   - cancelled: the cancelled version of each event the export cancelled or no longer writes, by UID.
    ///   - recorded: what the journal says was sent to this collection, by UID.
    ///   - listing: what the server holds, ETag by href (nil when the server gives none).
    init(
        active: [String: Wanted], cancelled: [String: Wanted], recorded: [String: ExportJournal.ServerObject],
        listing: [String: String?]
    ) {
        for (uid, wanted) in active.sorted(by: { $0.key < $1.key }) {
            let record = recorded[uid]
            guard let found = listing[wanted.href] else {
                steps.append(.create(wanted))
                continue
            }
            let serverETag = found
            if let record, record.href == wanted.href, record.etag == nil || record.etag == serverETag {
                if record.digest == wanted.digest {
                    unchanged.append(uid)
                } else {
                    steps.append(.update(wanted, ifMatch: serverETag ?? record.etag))
                }
            } else {
                steps.append(.verify(wanted, serverETag: serverETag, recorded: record))
            }
        }
        for (uid, record) in recorded.sorted(by: { $0.key < $1.key }) where active[uid] == nil {
            guard let found = listing[record.href] else {
                forgotten.append(uid)
                continue
            }
            if record.cancelled {
                steps.append(.delete(uid: uid, href: record.href, ifMatch: record.etag ?? found))
            } else if let wanted = cancelled[uid] {
                steps.append(.cancel(wanted, ifMatch: record.etag ?? found))
            } else {
                // No cancelled version to send (the journal lost the event): deleted at once.
                steps.append(.delete(uid: uid, href: record.href, ifMatch: record.etag ?? found))
            }
        }
    }
}
