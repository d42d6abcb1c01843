import Yams

extension PlanLoader {
    /// The YAML text composed into nodes, exactly as `Yams.compose(yaml:)` composes it, at less cost.
    ///
    /// The plan reader reads every scalar as written (``YAMLReader``) and never asks for its tag. Yams' default
    /// resolver still works out the tag of every mapping key, with up to seven regular expressions each, to find
    /// duplicate keys: a fifth of the loading time of a plan of 5,000 people (Benchmarks/README.md). The text is
    /// composed first with the resolver that has no rules, where every untagged scalar is a string. Two keys that
    /// are equal under the default resolver are then equal too (same text, same tag), so when this first pass
    /// finds no duplicate and no key carries a tag of its own or is a collection, the default resolver would find
    /// none either and the nodes are the same but for the tags nobody reads. Otherwise (a duplicate key, which may
    /// be `1` against `"1"`, or an unusual key) the text is composed again with the default resolver, so that
    /// the outcome and the error are those of `Yams.compose(yaml:)`.
    static func compose(yaml text: String) throws -> Node? {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, .basic)
        } catch YamlError.duplicatedKeysInMapping {
            return try Yams.compose(yaml: text)
        }
        // A tree without aliases has fewer nodes than the text has bytes; aliases may share a node many times
        // over (a "billion laughs" text), so the walk gives up, and the default resolver decides, past that count.
        var budget = text.utf8.count + 16
        guard let node, keysArePlainStrings(node, budget: &budget) else { return try Yams.compose(yaml: text) }
        return node
    }

    /// Whether every mapping key under `node` is a scalar whose tag (under the basic resolver) is `str`, in at
    /// most `budget` nodes.
    private static func keysArePlainStrings(_ node: Node, budget: inout Int) -> Bool {
        budget -= 1
        guard budget >= 0 else { return false }
        switch node {
        case .scalar, .alias: return true
        case .sequence(let sequence):
            for item in sequence where !keysArePlainStrings(item, budget: &budget) { return false }
            return true
        case .mapping(let mapping):
            for (key, value) in mapping {
                guard case .scalar = key, key.tag.description == Tag.Name.str.rawValue,
                    keysArePlainStrings(value, budget: &budget)
                else { return false }
            }
            return true
        }
    }
}
