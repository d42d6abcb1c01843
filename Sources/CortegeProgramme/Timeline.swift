import CortegeCore

/// The horizontal scale of one day's timeline: local whole hours around everything drawn, mapped linearly onto
/// the plot area of the picture.
struct TimelineScale: Hashable, Sendable {
    /// The first and last whole local hour of the axis.
    let axisStart: Instant
    let axisEnd: Instant
    /// Left edge of the plot area, in picture units.
    let originX: Double
    let plotWidth: Double

    /// The hours around `instants` (at least one hour), in `zone`.
    init(covering instants: [Instant], zone: Zone, originX: Double, plotWidth: Double) {
        let first = instants.min() ?? Instant(seconds: 0)
        let last = instants.max() ?? first
        var start = Self.floorToHour(first, zone: zone)
        var end = Self.floorToHour(last, zone: zone)
        if end < last { end = end.adding(minutes: 60) }
        if end <= start { end = start.adding(minutes: 60) }
        // Room before the first bar when it starts on the hour: the hour before.
        if start == first { start = start.adding(minutes: -60) }
        self.axisStart = start
        self.axisEnd = end
        self.originX = originX
        self.plotWidth = plotWidth
    }

    /// The instant of the local whole hour at or before `instant` (minutes and seconds dropped from the wall time).
    static func floorToHour(_ instant: Instant, zone: Zone) -> Instant {
        let offsetIntoHour = zone.local(instant).time.minute * 60 + zone.local(instant).second
        return instant.adding(seconds: -Int64(offsetIntoHour))
    }

    var minutes: Int { axisStart.minutes(until: axisEnd) }

    /// Picture units per minute.
    var unitsPerMinute: Double { plotWidth / Double(max(1, minutes)) }

    /// The abscissa of an instant.
    func x(_ instant: Instant) -> Double {
        originX + Double(instant.seconds - axisStart.seconds) / 60 * unitsPerMinute
    }

    /// The width of an interval.
    func width(from start: Instant, to end: Instant) -> Double {
        Double(end.seconds - start.seconds) / 60 * unitsPerMinute
    }

    /// The whole hours of the axis, first to last, for ticks.
    var hours: [Instant] {
        stride(from: 0, through: minutes, by: 60).map { axisStart.adding(minutes: $0) }
    }
}

/// One bar of the timeline.
struct TimelineBar: Hashable, Sendable {
    enum Kind: String, Sendable {
        case item, transfer, busy
        /// Journalists in place before an open or pool item.
        case pressLead = "press-lead"
        /// An escort unit in place before its leg.
        case escortLead = "escort-lead"
    }

    var kind: Kind
    /// The item, busy block or transfer drawn.
    var ref: String
    var start: Instant
    var end: Instant
    var label: String
    var press: PressAccess?
}

/// One lane of the timeline: a key person, the press, an escort unit, reserved slots or alerts.
struct TimelineLane: Hashable, Sendable {
    enum Kind: String, Sendable { case person, press, unit, busy, alerts }

    var kind: Kind
    /// A person or unit id, or the lane's kind.
    var key: String
    var label: String
    var sublabel: String?
    var bars: [TimelineBar]
}

/// A conflict drawn on some lanes.
struct TimelineMark: Hashable, Sendable {
    var code: String
    var start: Instant
    var end: Instant
    var lanes: [Int]
    var severity: Severity
}

/// The timeline of one day: lanes, bars and conflict marks, and the scale they are drawn at.
struct DayTimeline: Sendable {
    static let width = 836.0
    static let labelWidth = 138.0
    static let originX = 148.0
    static let plotWidth = 660.0
    static let axisHeight = 26.0
    static let laneHeight = 30.0
    static let barHeight = 18.0
    static let legendHeight = 26.0

    var day: LocalDate
    var lanes: [TimelineLane]
    var marks: [TimelineMark]
    var scale: TimelineScale

    init(content c: ProgrammeContent, day: LocalDate, text: Vocabulary) {
        self.day = day
        let entries = c.entries(on: day)
        let transfers = c.transfers(on: day)
        var lanes: [TimelineLane] = []

        func itemBar(_ i: AudienceItem) -> TimelineBar {
            TimelineBar(kind: .item, ref: i.id, start: i.start, end: i.end, label: i.title, press: i.press)
        }
        func transferBar(_ t: AudienceTransfer) -> TimelineBar {
            TimelineBar(
                kind: .transfer, ref: t.legID, start: t.start, end: t.end, label: text.mode(t.mode), press: nil)
        }

        for person in c.keyPeople {
            var bars: [TimelineBar] = []
            for case .item(let i) in entries {
                let there =
                    i.participants.contains { $0.id == person.id }
                    || (i.participants.isEmpty && person.id == c.visit.principal?.id)
                if there { bars.append(itemBar(i)) }
            }
            for t in transfers where t.riders.contains(where: { $0.id == person.id }) { bars.append(transferBar(t)) }
            lanes.append(
                TimelineLane(
                    kind: .person, key: person.id, label: person.name, sublabel: person.title,
                    bars: bars.sorted { $0.start < $1.start }))
        }

        let busy = entries.compactMap { e -> TimelineBar? in
            guard case .busy(let b) = e else { return nil }
            return TimelineBar(kind: .busy, ref: b.id, start: b.start, end: b.end, label: text.reservedSlot, press: nil)
        }
        if !busy.isEmpty {
            lanes.append(TimelineLane(kind: .busy, key: "busy", label: text.busyLane, sublabel: nil, bars: busy))
        }

        var pressBars: [TimelineBar] = []
        for case .item(let i) in entries where i.press != .closed {
            if let p = i.pressPositioning, p < i.start {
                pressBars.append(
                    TimelineBar(kind: .pressLead, ref: i.id, start: p, end: i.start, label: "", press: i.press))
            }
            pressBars.append(itemBar(i))
        }
        lanes.append(
            TimelineLane(kind: .press, key: "press", label: text.pressLane, sublabel: nil, bars: pressBars))

        if c.audience.seesEscort {
            for unit in c.units {
                var bars: [TimelineBar] = []
                for t in transfers {
                    guard let escort = t.escort, escort.units.contains(unit.id) else { continue }
                    if let inPlace = escort.inPlace[unit.id], inPlace < t.start {
                        bars.append(
                            TimelineBar(
                                kind: .escortLead, ref: t.legID, start: inPlace, end: t.start, label: "", press: nil))
                    }
                    bars.append(transferBar(t))
                }
                guard !bars.isEmpty else { continue }
                lanes.append(
                    TimelineLane(
                        kind: .unit, key: unit.id, label: unit.name ?? unit.id,
                        sublabel: "\(unit.id) · \(text.force(unit.force))", bars: bars))
            }
        }

        // Conflicts overlapping the day, on the lanes of the people and units they are about, or on an alerts lane.
        var all: [Instant] = entries.flatMap { [$0.start, $0.end] } + transfers.flatMap { [$0.start, $0.end] }
        all += lanes.flatMap { $0.bars.flatMap { [$0.start, $0.end] } }
        let dayStart = all.min()
        let dayEnd = all.max()
        var marks: [TimelineMark] = []
        var loose: [ProgrammeContent.Conflict] = []
        if let dayStart, let dayEnd {
            for var conflict in c.conflicts where conflict.end > dayStart && conflict.start < dayEnd {
                conflict.start = max(conflict.start, dayStart)
                conflict.end = min(conflict.end, dayEnd)
                let hit = lanes.indices.filter { lanes[$0].kind != .press && conflict.subjects.contains(lanes[$0].key) }
                if hit.isEmpty {
                    loose.append(conflict)
                } else {
                    marks.append(
                        TimelineMark(
                            code: conflict.code, start: conflict.start, end: conflict.end, lanes: hit,
                            severity: conflict.severity))
                }
            }
        }
        if !loose.isEmpty {
            lanes.append(TimelineLane(kind: .alerts, key: "alerts", label: text.conflictsLane, sublabel: nil, bars: []))
            let index = lanes.count - 1
            for conflict in loose {
                marks.append(
                    TimelineMark(
                        code: conflict.code, start: conflict.start, end: conflict.end, lanes: [index],
                        severity: conflict.severity))
            }
        }
        self.lanes = lanes
        self.marks = marks
        let covered = all + marks.flatMap { [$0.start, $0.end] }
        let fallback = c.zone.resolve(LocalDateTime(date: day, time: LocalTime(hour: 8, minute: 0))).instant
        self.scale = TimelineScale(
            covering: covered.isEmpty ? [fallback] : covered, zone: c.zone, originX: Self.originX,
            plotWidth: Self.plotWidth)
    }

    var height: Double {
        Self.axisHeight + Double(lanes.count) * Self.laneHeight + Self.legendHeight + 4
    }
}
