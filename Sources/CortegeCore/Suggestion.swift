/// "Did you mean" suggestions: the nearest known word to a misspelt one. Public through CortegePlan's
/// `nearest(to:in:)`; Core's own rules and views use it within the package.
package enum Suggestion {
    /// Edit distance between two words, by Unicode scalar.
    package static func levenshtein(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars)
        let b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate nearest to `word`, if it is near enough to be a plausible typo (ties go to the first in
    /// alphabetical order).
    package static func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let d = levenshtein(word, candidate)
            if let current = best, d > current.distance || (d == current.distance && candidate >= current.candidate) {
                continue
            }
            best = (candidate, d)
        }
        guard let (candidate, distance) = best else { return nil }
        let limit = max(2, min(word.count, candidate.count) / 2)
        return distance <= limit ? candidate : nil
    }
}

/// The candidate nearest to `word`, if it is near enough to be a plausible typo (see ``Suggestion``).
func nearest(to word: String, in candidates: some Sequence<String>) -> String? {
    Suggestion.nearest(to: word, in: candidates)
}
