import CortegeCore

extension PlanBuilder {
    /// Where a plan built in code is written: its file, its column, the first line of each section, and where
    /// each key of an entity sits (lines below the entity, and a column when it is not the layout's).
    public struct Layout: Sendable {
        /// A key's place relative to its entity.
        public struct Place: Sendable {
            public var below: Int
            public var column: Int?

            public init(below: Int, column: Int? = nil) {
                self.below = below
                self.column = column
            }
        }

        public var file: String
        public var column: Int
        public var visitLine: Int
        public var peopleLine: Int
        public var venueLine: Int
        public var communeLine: Int
        /// All communes on one line (a flow list in the file).
        public var communesShareALine: Bool
        public var unitLine: Int
        public var itemLine: Int
        /// Lines between one item and the next.
        public var itemStride: Int
        public var visitKeys: [String: Place]
        public var personKeys: [String: Place]
        public var venueKeys: [String: Place]
        public var unitKeys: [String: Place]
        public var transferKeys: [String: Place]
        public var itemKeys: [String: Place]

        public init(
            file: String = "plan.yaml", column: Int = 1, visitLine: Int = 1, peopleLine: Int = 2,
            venueLine: Int = 100, communeLine: Int = 50, communesShareALine: Bool = false, unitLine: Int = 60,
            itemLine: Int = 200, itemStride: Int = 10, visitKeys: [String: Place] = [:],
            personKeys: [String: Place] = [:], venueKeys: [String: Place] = [:], unitKeys: [String: Place] = [:],
            transferKeys: [String: Place] = [:], itemKeys: [String: Place] = [:]
        ) {
            self.file = file
            self.column = column
            self.visitLine = visitLine
            self.peopleLine = peopleLine
            self.venueLine = venueLine
            self.communeLine = communeLine
            self.communesShareALine = communesShareALine
            self.unitLine = unitLine
            self.itemLine = itemLine
            self.itemStride = itemStride
            self.visitKeys = visitKeys
            self.personKeys = personKeys
            self.venueKeys = venueKeys
            self.unitKeys = unitKeys
            self.transferKeys = transferKeys
            self.itemKeys = itemKeys
        }

        public func at(_ line: Int, _ column: Int? = nil) -> SourceLocation {
            SourceLocation(file: file, line: line, column: column ?? self.column)
        }

        /// The places of the keys written for an entity on `line`.
        func places(of keys: [String: Place], written: Set<String>, line: Int) -> [String: SourceLocation] {
            var result: [String: SourceLocation] = [:]
            for (key, place) in keys where written.contains(key) { result[key] = at(line + place.below, place.column) }
            return result
        }
    }
}
