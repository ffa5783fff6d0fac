/// How far apart two words are, by characters: what tells a typing slip from another word (an agency's name written
/// with one character wrong, a command typed `comit`).
public enum EditDistance {
    /// The Levenshtein distance of two texts, by characters: the fewest insertions, deletions and substitutions
    /// that make one into the other.
    public static func of(_ one: String, _ other: String) -> Int {
        let a = Array(one)
        let b = Array(other)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
