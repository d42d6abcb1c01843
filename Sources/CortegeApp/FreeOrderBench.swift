import CortegeCore
import Foundation

/// Solves the free-order instances of `Benchmarks/freeorder` and times each solve (`make bench`).
public enum FreeOrderBench {
    /// One instance as `Benchmarks/freeorder/generate.py` writes it: minutes after midnight, stops numbered from
    /// 1 in the matrix (row and column 0 are the origin).
    struct Instance: Decodable {
        var id: String
        var departure: Int
        var durations: [Int]
        var earliest: [Int?]
        var latest: [Int?]
        var matrix: [[Int]]
        var deadline: Int?

        /// True when the arrays agree with the number of stops.
        var isWellFormed: Bool {
            let n = durations.count
            return n >= 1 && n <= FreeOrderProblem.maxStops && earliest.count == n && latest.count == n
                && matrix.count == n + 1 && matrix.allSatisfy { $0.count == n + 1 }
        }

        var problem: FreeOrderProblem {
            let n = durations.count
            var windows: [FreeOrderWindow] = []
            for stop in 0..<n where earliest[stop] != nil || latest[stop] != nil {
                windows.append(FreeOrderWindow(.stop(stop), notBefore: earliest[stop], notAfter: latest[stop]))
            }
            if let deadline { windows.append(FreeOrderWindow(.next, notAfter: deadline)) }
            return FreeOrderProblem(
                departure: departure, durations: durations, fromOrigin: (1...n).map { matrix[0][$0] },
                travel: (1...n).map { a in (1...n).map { b in matrix[a][b] } }, toNext: (1...n).map { matrix[$0][0] },
                windows: windows)
        }
    }

    struct File: Decodable { var instances: [Instance] }

    /// One JSON array: per instance its id, whether an order exists, the end, the travel, the order (stop numbers
    /// from 1) and the best solve time of `repetitions` runs, in seconds. Throws when the file cannot be read or
    /// decoded.
    public static func run(instances path: String, repetitions: Int) throws -> CommandResult {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let file = try JSONDecoder().decode(File.self, from: data)
        var results: [JSONValue] = []
        let clock = ContinuousClock()
        for instance in file.instances {
            guard instance.isWellFormed else {
                return .failure(
                    "\(instance.id): needs 1 to \(FreeOrderProblem.maxStops) stops and an (n+1)×(n+1) matrix",
                    status: 2)
            }
            var best = Duration.seconds(1_000_000)
            var solution: FreeOrderSolution?
            for _ in 0..<repetitions {
                let elapsed = clock.measure { solution = instance.problem.solve() }
                best = min(best, elapsed)
            }
            let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
            var o: [String: JSONValue] = [
                "id": .string(instance.id), "feasible": .bool(solution != nil), "seconds": .double(seconds),
            ]
            if let solution {
                o["end"] = .int(solution.end)
                o["travel"] = .int(solution.travel)
                o["order"] = .array(solution.order.map { .int($0 + 1) })
            }
            results.append(.object(o))
        }
        var result = CommandResult()
        result.print(JSONValue.array(results).text)
        return result
    }
}
