extension Rules {
    /// `person-overlap`: one person in two places at once: two items (of one plan or two), an item and a
    /// transfer they ride, or either and a busy entry of their agenda. The busy blocks are swept in start order
    /// (``IntervalSweep``); agenda entries of people no plan involves, or outside the plans' span, are dropped
    /// first in one linear pass; agenda entries are never compared with each other. An item and the transfer
    /// that leads to it (or leaves it) are never reported against each other.
    public struct PersonOverlap: Rule {
        public init() {}

        public var codes: [DiagnosticCode] { [.personOverlap] }

        public func findings(in context: ConflictContext) -> [Diagnostic] {
            let busy = context.busy
            let agendas = context.agendas
            var people: [String: Int32] = [:]
            var names: [String] = []
            func key(_ person: String) -> Int32 {
                if let k = people[person] { return k }
                let k = Int32(names.count)
                people[person] = k
                names.append(person)
                return k
            }
            var sweep = IntervalSweep()
            for (ref, block) in busy.blocks.enumerated() {
                for person in block.people {
                    sweep.add(
                        key: key(person), start: block.start.seconds, end: block.end.seconds, ref: Int32(ref),
                        background: false)
                }
            }
            if let lower = busy.lower, let upper = busy.upper {
                sweep.reserve(sweep.intervals.count + agendas.count)
                // Fields are read in place (no copy of each entry); entries come grouped by person, so the key of
                // the previous entry is tried first.
                agendas.withUnsafeBufferPointer { entries in
                    var lastPerson: String?
                    var lastKey: Int32?
                    for ref in entries.indices where entries[ref].busy {
                        let start = entries[ref].start.seconds
                        let end = entries[ref].end.seconds
                        guard start < upper, end > lower else { continue }
                        if entries[ref].person != lastPerson {
                            lastPerson = entries[ref].person
                            lastKey = people[entries[ref].person]
                        }
                        guard let k = lastKey else { continue }
                        sweep.add(key: k, start: start, end: end, ref: Int32(ref), background: true)
                    }
                }
            }
            var findings: [Diagnostic] = []
            sweep.overlaps { first, second in
                let person = names[Int(first.key)]
                if second.background {
                    findings.append(busy.blocks[Int(first.ref)].clash(of: person, with: agendas[Int(second.ref)], busy))
                } else if first.background {
                    findings.append(busy.blocks[Int(second.ref)].clash(of: person, with: agendas[Int(first.ref)], busy))
                } else {
                    let a = busy.blocks[Int(first.ref)]
                    let b = busy.blocks[Int(second.ref)]
                    guard !a.adjacent(to: b) else { return }
                    findings.append(BusyTime.Block.clash(of: person, a, b, busy))
                }
            }
            return findings
        }
    }
}

extension DiagnosticCode {
    /// The code of ``Rules/PersonOverlap``.
    public static let personOverlap = DiagnosticCode("person-overlap", family: .conflict, severity: .error)
}
