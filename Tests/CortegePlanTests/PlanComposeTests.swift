import Testing
import Yams

@testable import CortegePlan

/// `PlanLoader.compose(yaml:)` composes with Yams' basic resolver when that cannot change the outcome: what the
/// plan reader sees (every scalar's text, style and place; every error) must be what `Yams.compose(yaml:)` gives.
@Suite struct PlanComposeTests {
    /// The tree as the plan reader reads it: structure, scalars' text and style, and marks (not the tags).
    static func shape(_ node: Node) -> String {
        let mark = node.mark.map { "@\($0.line):\($0.column)" } ?? "@?"
        switch node {
        case .scalar(let s): return "s(\(s.string.debugDescription),\(s.style.rawValue))\(mark)"
        case .alias: return "alias\(mark)"
        case .sequence(let items): return "[" + items.map(shape).joined(separator: ",") + "]\(mark)"
        case .mapping(let pairs):
            return "{" + pairs.map { "\(shape($0.key)):\(shape($0.value))" }.joined(separator: ",") + "}\(mark)"
        }
    }

    static func outcome(_ compose: () throws -> Node?) -> String {
        do { return try compose().map(shape) ?? "empty" } catch { return "error: \(error)" }
    }

    static let texts = [
        "",
        "a: 1\nb: [true, 2.5, ~, 2026-12-10]\nc: {d: yes, e: 'quoted'}\n",
        // Keys that differ only by their tag under the default resolver: distinct there, equal for the basic one.
        "1: a\n\"1\": b\n",
        "true: a\n'true': b\n",
        "~: a\n\"~\": b\n",
        // A true duplicate, and one in a nested mapping.
        "id: a\nid: b\n",
        "people:\n  - {id: p1, function: prefet}\n  - {id: p2, id: p3}\n",
        // Explicit tags on keys.
        "!!int 1: a\n1: b\n",
        "!!str 1: a\n1: b\n",
        "!!str x: a\nx: b\n",
        "!custom k: a\nk: b\n",
        // Collections as keys.
        "? [a, b]\n: c\n? [a, b]\n: d\n",
        "? {a: 1}\n: x\n? {a: '1'}\n: y\n",
        // Anchors and aliases, a key that is an alias.
        "base: &b {x: 1}\nother: *b\n*b : z\n",
        "k: &v val\n*v : w\nval: u\n",
        // Aliases shared many times over.
        "a: &a [x, x, x, x]\nb: &b [*a, *a, *a, *a]\nc: &c [*b, *b, *b, *b]\nd: [*c, *c, *c, *c]\n",
        // Not YAML.
        "a: [1, 2\n",
        "a: *missing\n",
        "- a\n- b: c\n  d: e\n",
    ]

    @Test func composesAsYamsDefaultResolverDoes() {
        for text in Self.texts {
            let ours = Self.outcome { try PlanLoader.compose(yaml: text) }
            let yams = Self.outcome { try Yams.compose(yaml: text) }
            #expect(ours == yams, "\(text.debugDescription)")
        }
    }

    @Test func aPlanOfSamplesComposesTheSame() throws {
        let text = PlanLoaderTests.minimal
        #expect(Self.outcome { try PlanLoader.compose(yaml: text) } == Self.outcome { try Yams.compose(yaml: text) })
    }
}
