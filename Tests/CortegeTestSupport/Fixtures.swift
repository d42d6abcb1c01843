import CortegeCore
import CortegePlan
import Foundation

/// Plan files the tests read through the real loader: the YAML fixtures of one test target
/// (`Tests/<Target>/Fixtures/`) and the repository's `samples/`.
public struct Fixtures: Sendable {
    /// The folder the fixture files are in.
    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    /// The `Fixtures` folder beside the test file that asks (`#filePath`), which stays in the source tree.
    public init(beside file: String = #filePath) {
        folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Fixtures")
    }

    /// The `Fixtures` folder copied into a test target's resource bundle (`.copy("Fixtures")`).
    public init(bundle: Bundle) {
        folder = (bundle.resourceURL ?? bundle.bundleURL).appendingPathComponent("Fixtures")
    }

    /// The path of the fixture `name`.
    public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The text of the fixture `name`; empty when it cannot be read (the test then fails on its content).
    public func text(_ name: String) -> String {
        (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? ""
    }

    /// The fixture `name` as the loader reads it, with its findings.
    public func load(_ name: String) -> LoadedPlan { PlanLoader().load(path: path(name)) }

    /// The plan of the fixture `name`, or nil when the loader could not build one.
    public func plan(_ name: String) -> Plan? { load(name).plan }

    /// Writes `text` to a fresh temporary folder as `name` and loads it: for the tests about one small textual
    /// variant of a fixture.
    public static func load(text: String, name: String = "plan.yaml") -> LoadedPlan {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cortege-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
        return PlanLoader().load(path: path)
    }

    /// The repository's root.
    public static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The repository's `samples/` folder, the plans of the demonstration and of the golden outputs.
    public static let samples = Fixtures(folder: repository.appendingPathComponent("samples"))
}
