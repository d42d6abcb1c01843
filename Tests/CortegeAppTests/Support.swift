import CortegeApp
import CortegeCore
import CortegeTestSupport
import Foundation
import Testing

/// The plans the tests read: the repository's samples and the fixtures beside this file.
enum Plans {
    static let repository = Fixtures.repository

    /// `samples/<name>.yaml`.
    static func sample(_ name: String) -> String { Fixtures.samples.path("\(name).yaml") }

    /// `Tests/CortegeAppTests/Fixtures/<name>.yaml`.
    static func fixture(_ name: String) -> String { Fixtures().path("\(name).yaml") }

    /// The plan at `path`, analysed; records an issue when it cannot be used.
    static func open(_ path: String) throws -> OpenPlan {
        switch Workspace.open(path: path) {
        case .success(let open): return open
        case .failure(let notLoaded):
            Issue.record("\(path) could not be used: \(notLoaded.result(in: .en).standardError)")
            throw notLoaded
        }
    }

    /// A date-time local to the plan's zone.
    static func time(_ text: String, _ analysis: Analysis) throws -> Instant {
        try #require(Instant(iso: text, zone: analysis.plan.visit.zone))
    }
}

/// A fresh empty folder, removed at the end of the test.
struct TemporaryFolder: ~Copyable {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-app-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The names in `folder` (relative to this folder), sorted.
    func names(_ folder: String = "") -> [String] {
        let full = folder.isEmpty ? path : path + "/" + folder
        return ((try? FileManager.default.contentsOfDirectory(atPath: full)) ?? []).sorted()
    }

    func text(_ name: String) throws -> String { try String(contentsOfFile: path + "/" + name, encoding: .utf8) }
}
