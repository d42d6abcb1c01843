import CortegeCore
import CortegeICal
import Foundation

/// `cortege notify` (docs/diff-notify.md): tells each person concerned by a revision what changed for them, in
/// their own view's terms, with the iMIP updates of their calendar; lists for the office those without e-mail;
/// one message for the press when what the press may see changed.
///
/// Every message is worded from two views of its recipient's audience (`person:<id>`, `press`), never from the
/// plan, so it carries nothing that audience may not see (docs/audiences.md §4).
public struct Notifier: Sendable {
    public var revisions: Revisions
    public var now: Instant
    public var language: Language
    /// The export journal of the visit (docs/ical-export.md), when there is one: the SEQUENCE base of the iMIP
    /// parts. Nil (or unreadable): the OLD plan's calendars rendered afresh.
    public var journal: ExportJournal?

    public init(revisions: Revisions, now: Instant, language: Language, journal: ExportJournal? = nil) {
        self.revisions = revisions
        self.now = now
        self.language = language
        self.journal = journal
    }

    /// A message and the file it is kept in.
    public struct Outgoing: Sendable {
        /// A person's id, or `press`.
        public var recipient: String
        public var fileName: String
        public var message: MailMessage
    }

    public struct Rendered: Sendable {
        public var messages: [Outgoing] = []
        /// `office.txt`: the people concerned who have no e-mail (nil when there is none).
        public var office: String?
        /// `escort-units.txt`: the escort changes of the units without e-mail, for the security office (nil when
        /// none).
        public var escortUnits: String?
    }

    public enum NotifyError: Error { case noOrganizer, cannotRender(String) }

    var visit: Visit { revisions.new.plan.visit }
    var words: Vocabulary { Vocabulary(language) }

    /// The SEQUENCE base of the iMIP parts: the export the person holds, taken as the OLD plan's export of their
    /// calendar rendered now through the same writer (so a changed event goes to its SEQUENCE + 1). With the
    /// export journal, the OLD plan's calendar is rendered over the journal's record of the person's calendar: an
    /// event exported as it is keeps its SEQUENCE, one changed since goes on from the journal's, so an update never
    /// carries a SEQUENCE lower than the one the person's calendar holds (docs/diff-notify.md).
    func previousExport(of calendar: ExportCalendar?, writer: CalendarWriter, personID: String) throws -> String {
        guard let calendar else { return "" }
        let key = ExportJournal.key(stem: Exporter.fileStem(.person(personID)), language: language)
        if let record = journal?.calendars[key], !record.events.isEmpty {
            return try writer.output(calendar, previous: [], journal: record.events, caldav: false).text
        }
        return try writer.render(calendar, previous: nil).text
    }

    public func render() throws(NotifyError) -> Rendered {
        guard let organizerEmail = visit.organizer?.email?.trimmingCharacters(in: .whitespaces),
            !organizerEmail.isEmpty
        else { throw .noOrganizer }
        let from = MailMessage.Address(name: visit.organizer?.name, email: organizerEmail)
        var rendered = Rendered()
        let full = DiffReport.changes(revisions, audience: nil, now: now)

        var people: [String] = []
        var units: [String] = []
        let known = Set(revisions.old.plan.people.keys).union(revisions.new.plan.people.keys)
        let knownUnits = Set(revisions.old.plan.escortUnits.keys).union(revisions.new.plan.escortUnits.keys)
        for change in full {
            for id in change.affects where known.contains(id) && !people.contains(id) { people.append(id) }
            for id in change.affects where knownUnits.contains(id) && !units.contains(id) { units.append(id) }
        }

        var office: [String] = []
        let principalView = try? revisions.new.view(for: .principal, now: now).get()
        let oldPrincipalView = try? revisions.old.view(for: .principal, now: now).get()
        for id in people.sorted() {
            let audience = Audience.person(id)
            let oldView = try? revisions.old.view(for: audience, now: now).get()
            let newView = try? revisions.new.view(for: audience, now: now).get()
            let changes = DiffReport.changes(revisions, audience: audience, now: now)
            guard !changes.isEmpty else { continue }
            let person = revisions.new.plan.people[id] ?? revisions.old.plan.people[id]
            let name = person?.displayName ?? id
            let sentences = changes.map { words.sentence($0, zone: visit.zone, day: visit.date, personal: true) }
            guard let email = person?.email?.trimmingCharacters(in: .whitespaces), !email.isEmpty else {
                // The office reads the principal's view: a phone is shown where that view shows it.
                let phone = (principalView?.people[id] ?? oldPrincipalView?.people[id])?.phone
                office.append(
                    "\(name) (\(id))" + (phone.map { " — " + words.pick("tél. ", "phone ") + $0 } ?? "")
                        + "\n"
                        + changes.map { "  - " + words.sentence($0, zone: visit.zone, day: visit.date) }
                        .joined(separator: "\n"))
                continue
            }
            let to = MailMessage.Address(name: name, email: email)
            let calendars: [MailMessage.Calendar]
            do {
                calendars = try imip(oldView: oldView, newView: newView, attendee: to, organizer: from, personID: id)
            } catch {
                throw .cannotRender("\(error)")
            }
            let body =
                words.pick("Bonjour \(name),", "Hello \(name),") + "\n\n"
                + words.pick(
                    "Le programme de « \(visit.title) » (\(words.longDate(visit.date))) change pour vous :",
                    "The programme of “\(visit.title)” (\(words.longDate(visit.date))) changes for you:") + "\n\n"
                + sentences.map { "- " + $0 }.joined(separator: "\n") + "\n\n"
                + (calendars.isEmpty
                    ? ""
                    : words.pick(
                        "Les invitations jointes mettent à jour votre agenda.",
                        "The attached invitations update your calendar.") + "\n\n")
                + (visit.organizer?.name ?? organizerEmail) + "\n"
            rendered.messages.append(
                Outgoing(
                    recipient: id, fileName: "person-\(id).eml",
                    message: MailMessage(
                        from: from, to: to, subject: subject, date: now,
                        messageID: messageID(id, domain: organizerEmail),
                        body: body, calendars: calendars)))
        }
        if !office.isEmpty {
            rendered.office =
                words.pick(
                    "Personnes concernées sans adresse électronique — « \(visit.title) »",
                    "People concerned without an e-mail address — “\(visit.title)”") + "\n\n"
                + office.joined(separator: "\n\n") + "\n"
        }

        // Escort units: their escort changes (the security view's), by e-mail where the unit has one, else in the
        // security office's list.
        let security = try? revisions.new.view(for: .security, now: now).get()
        let oldSecurity = try? revisions.old.view(for: .security, now: now).get()
        var unitLines: [String] = []
        for unit in units.sorted() {
            let sentences = full.filter { $0.kind == .escort && $0.affects.contains(unit) }
                .map { words.sentence($0, zone: visit.zone, day: visit.date) }
            guard !sentences.isEmpty else { continue }
            let seen =
                (security?.escort?.units ?? []).first { $0.id == unit }
                ?? (oldSecurity?.escort?.units ?? []).first { $0.id == unit }
            guard let email = seen?.email?.trimmingCharacters(in: .whitespaces), !email.isEmpty else {
                unitLines.append(unit + "\n" + sentences.map { "  - " + $0 }.joined(separator: "\n"))
                continue
            }
            let name = seen?.name ?? unit
            let body =
                words.pick("Bonjour,", "Hello,") + "\n\n"
                + words.pick(
                    "L'escorte de « \(visit.title) » (\(words.longDate(visit.date))) change pour \(name) :",
                    "The escort of “\(visit.title)” (\(words.longDate(visit.date))) changes for \(name):") + "\n\n"
                + sentences.map { "- " + $0 }.joined(separator: "\n") + "\n\n" + words.classification(.security)
                + "\n" + (visit.organizer?.name ?? organizerEmail) + "\n"
            rendered.messages.append(
                Outgoing(
                    recipient: unit, fileName: "unit-\(unit).eml",
                    message: MailMessage(
                        from: from, to: MailMessage.Address(name: name, email: email), subject: subject, date: now,
                        messageID: messageID(unit, domain: organizerEmail), body: body, calendars: [])))
        }
        if !unitLines.isEmpty {
            rendered.escortUnits =
                words.pick("Unités d'escorte concernées", "Escort units concerned") + " — \(visit.title)\n"
                + words.classification(.security) + "\n\n" + unitLines.joined(separator: "\n\n") + "\n"
        }

        if let press = pressMessage(from: from) { rendered.messages.append(press) }
        return rendered
    }

    var subject: String {
        words.pick("Modification du programme : \(visit.title)", "Programme change: \(visit.title)")
    }

    func messageID(_ recipient: String, domain email: String) -> String {
        let domain = email.split(separator: "@").last.map(String.init) ?? "cortege.invalid"
        return "notify.\(recipient).\(visit.id).\(now.seconds)@\(domain)"
    }

    /// The iMIP parts for one person, from their old and new views through the export writer.
    func imip(
        oldView: AudienceView?, newView: AudienceView?, attendee: MailMessage.Address, organizer: MailMessage.Address,
        personID: String
    ) throws -> [MailMessage.Calendar] {
        guard let reference = newView ?? oldView else { return [] }
        let domain = ExportCalendar.domain(of: reference)
        let writer = CalendarWriter(
            dtstamp: now, language: language, previousUIDSuffix: ".\(visit.id)@\(domain)")
        let oldCalendar = oldView.map { ExportCalendar(view: $0, language: language) }
        let newCalendar =
            newView.map { ExportCalendar(view: $0, language: language) }
            ?? ExportCalendar(name: oldCalendar?.name ?? visit.title, zone: visit.zone, events: [])
        let parts = try writer.imip(
            newCalendar, previousExport: try previousExport(of: oldCalendar, writer: writer, personID: personID),
            organizer: ExportEvent.Attendee(uri: "mailto:" + organizer.email, name: organizer.name, role: .chair),
            attendee: ExportEvent.Attendee(
                uri: "mailto:" + attendee.email, name: attendee.name,
                role: personID == visit.principal ? .chair : .required),
            parentUID: ExportCalendar.visitUID(visit: visit.id, domain: domain))
        return [
            parts.request.map { .init(method: "REQUEST", text: $0) },
            parts.cancel.map { .init(method: "CANCEL", text: $0) },
        ]
        .compactMap { $0 }
    }

    /// The press message: when what the press may see changed (after `announce`: before it the press view is
    /// refused), the changes then the updated press programme, addressed to the cabinet, which holds the press list.
    func pressMessage(from: MailMessage.Address) -> Outgoing? {
        guard let view = try? revisions.new.view(for: .press, now: now).get() else { return nil }
        let old = try? revisions.old.view(for: .press, now: now).get()
        let changes = PlanDiff.changes(from: old, to: view)
        guard !changes.isEmpty else { return nil }
        let zone = visit.zone
        var lines = [
            words.pick("Avis aux médias — mise à jour", "Media advisory — update"), view.visit.title,
            words.longDate(view.visit.date), "", words.pick("Changements :", "Changes:"),
        ]
        lines += changes.map { "- " + words.sentence($0, zone: zone, day: visit.date) }
        lines += ["", words.pick("Programme presse à jour :", "Updated press programme:")]
        for item in view.items {
            var line =
                "- \(words.spokenTime(zone.local(item.start).time))–\(words.spokenTime(zone.local(item.end).time)) "
                + "\(item.title), \(item.venue.name)"
            if let address = item.venue.address, !address.isEmpty { line += ", \(address)" }
            line += " — \(words.pressAccess(item.press))"
            if let positioning = item.pressPositioning {
                line += " — " + words.pressPositioning(zone.local(positioning).time)
            }
            lines.append(line)
        }
        lines += ["", words.classification(.press), view.visit.organizer?.name ?? from.email]
        return Outgoing(
            recipient: "press", fileName: "press.eml",
            message: MailMessage(
                from: from, to: from,
                subject: words.pick(
                    "Avis aux médias — mise à jour : \(visit.title)", "Media advisory — update: \(visit.title)"),
                date: now, messageID: messageID("press", domain: from.email),
                body: lines.joined(separator: "\n") + "\n",
                calendars: []))
    }
}

extension Notifier {
    /// Reads both revisions, renders every message, then writes them to `folder`, or hands each to `sendmail`
    /// (a shell command reading the message on standard input, e.g. `msmtp -t`); a message whose hand-over fails
    /// is kept in the folder and reported. Exit status: 0 done, 1 a hand-over failed, 2 a plan cannot be read.
    public static func run(
        old: String?, new: String, since: String?, folder: String, sendmail: String?, now nowText: String?,
        language: Language
    ) -> CommandResult {
        let words = Vocabulary(language)
        do throws(CommandStop) {
            let revisions = try Revisions.open(old: old, new: new, since: since, language: language)
            let now = try TimeOption.now(nowText, zone: revisions.new.plan.visit.zone).mapError {
                CommandStop($0.result(language))
            }.get()
            // The journal beside the NEW plan (the file the office keeps); one that cannot be read is left aside.
            let journal = try? Exporter.readJournal(ExportRequest.journal(besidePlan: new)).get()
            let notifier = Notifier(revisions: revisions, now: now, language: language, journal: journal ?? nil)
            let rendered: Rendered
            switch Result(catching: { () throws(NotifyError) -> Rendered in try notifier.render() }) {
            case .success(let r): rendered = r
            case .failure(.noOrganizer):
                throw CommandStop(
                    Phrase(
                        fr: "la visite n’a pas d’adresse électronique d’organisateur (`visit.organizer.email`) : les "
                            + "messages ont besoin d’un expéditeur",
                        en: "the visit has no organizer e-mail (`visit.organizer.email`): messages need a sender"),
                    language, status: 2)
            case .failure(.cannotRender(let reason)):
                throw CommandStop(
                    Phrase(
                        fr: "impossible d’écrire les parties calendrier : \(reason)",
                        en: "cannot write the calendar parts: \(reason)"), language, status: 2)
            }
            var result = CommandResult()
            do {
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            } catch {
                throw CommandStop(
                    Phrase(fr: "impossible de créer \(folder) : \(error)", en: "cannot create \(folder): \(error)"),
                    language, status: 2)
            }
            func keep(_ name: String, _ text: String) throws(CommandStop) {
                do { try AtomicFile.write(text, to: folder + "/" + name) } catch {
                    throw CommandStop(error.phrase, language, status: 2)
                }
            }
            for outgoing in rendered.messages {
                let text = outgoing.message.text
                let address = outgoing.message.to.email
                if let sendmail {
                    if let failure = handOver(text, to: sendmail, language: language) {
                        try keep(outgoing.fileName, text)
                        result.status = 1
                        result.printError(
                            Phrase(
                                fr: "la remise du message pour \(outgoing.recipient) <\(address)> à `\(sendmail)` a "
                                    + "échoué (\(failure)) ; conservé dans \(folder)/\(outgoing.fileName)",
                                en:
                                    "handing the message for \(outgoing.recipient) <\(address)> to `\(sendmail)` failed "
                                    + "(\(failure)); kept in \(folder)/\(outgoing.fileName)"), language)
                    } else {
                        result.print(words.pick("envoyé : ", "sent: ") + "\(outgoing.recipient) <\(address)>")
                    }
                } else {
                    try keep(outgoing.fileName, text)
                    result.print(
                        words.pick("écrit : ", "written: ")
                            + "\(folder)/\(outgoing.fileName) (\(outgoing.recipient) <\(address)>)")
                }
            }
            if let office = rendered.office {
                try keep("office.txt", office)
                result.print(words.pick("écrit : ", "written: ") + "\(folder)/office.txt")
            }
            if let units = rendered.escortUnits {
                try keep("escort-units.txt", units)
                result.print(words.pick("écrit : ", "written: ") + "\(folder)/escort-units.txt")
            }
            if rendered.messages.isEmpty && rendered.office == nil && rendered.escortUnits == nil {
                result.print(words.pick("Aucun changement à notifier.", "No change to notify."))
            }
            return result
        } catch {
            return error.result
        }
    }

    /// Runs `/bin/sh -c command` with `text` on standard input; nil when it exits with 0, else why it failed, in
    /// `language`.
    static func handOver(_ text: String, to command: String, language: Language) -> String? {
        let words = Vocabulary(language)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        // A command that exits without reading its input must fail the hand-over, not end this process.
        let previous = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGPIPE, previous) }
        do { try process.run() } catch { return words.pick("ne démarre pas : ", "cannot start: ") + "\(error)" }
        var written = true
        do { try input.fileHandleForWriting.write(contentsOf: Data(text.utf8)) } catch { written = false }
        try? input.fileHandleForWriting.close()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus != 0 || !written else { return nil }
        if process.terminationStatus == 0 {
            return words.pick("la commande n’a pas lu tout le message", "the command did not read the whole message")
        }
        let detail = message.split(separator: "\n").first.map { words.pick(" : ", ": ") + $0 } ?? ""
        return words.pick("statut de sortie ", "exit status ") + "\(process.terminationStatus)\(detail)"
    }
}
