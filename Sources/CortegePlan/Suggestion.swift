import CortegeCore

/// The candidate nearest to `word`, if it is near enough to be a plausible typo: the "did you mean" of the
/// loader's findings (docs/diagnostics.md) and of the command line.
public func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    Suggestion.nearest(to: word, in: candidates)
}

/// Edit distance between two words, by Unicode scalar.
public func levenshtein(_ a: String, _ b: String) -> Int { Suggestion.levenshtein(a, b) }
