import Foundation
import ReportModel

/// The standard sentences of the national format: the same every year by design, so they do not count as text
/// carried over from last year. The patterns are data, in `Schema/diff/boilerplate.txt`, built into the program.
public struct Boilerplate: Sendable {
    /// One pattern: the literal pieces between its `…`, in comparison form, and whether it is open at each end.
    private struct Pattern: Sendable {
        var pieces: [String]
        var openStart: Bool
        var openEnd: Bool
    }

    private let patterns: [Pattern]

    /// The national format's boilerplate, from `Schema/diff/boilerplate.txt`.
    public static let standard = Boilerplate(patterns: EmbeddedFiles.contents["boilerplate.txt"] ?? "")

    /// Reads patterns: one a line, `…` for any text, `#` lines and blank lines ignored.
    public init(patterns text: String) {
        patterns = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = String(line).trimmingLayoutSpace()
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = trimmed.components(separatedBy: "…")
            return Pattern(
                pieces: parts.map { TextKey.make($0) }.filter { !$0.isEmpty }, openStart: parts.first == "",
                openEnd: parts.last == "")
        }
    }

    /// Whether a sentence is boilerplate: it matches a pattern whole, whitespace and width aside.
    ///
    /// - Complexity: O(p · n) for p patterns and a sentence of n characters.
    public func matches(_ sentence: String) -> Bool {
        let key = TextKey.make(sentence)
        return patterns.contains { Self.matches(key, $0) }
    }

    private static func matches(_ key: String, _ pattern: Pattern) -> Bool {
        guard !pattern.pieces.isEmpty else { return false }
        if pattern.pieces.count == 1, !pattern.openStart, !pattern.openEnd { return key == pattern.pieces[0] }
        var rest = key[...]
        for (index, piece) in pattern.pieces.enumerated() {
            let isFirst = index == 0
            let isLast = index == pattern.pieces.count - 1
            if isFirst, !pattern.openStart {
                guard rest.hasPrefix(piece) else { return false }
                rest = rest.dropFirst(piece.count)
            } else {
                guard let range = rest.range(of: piece) else { return false }
                rest = rest[range.upperBound...]
            }
            if isLast, !pattern.openEnd, !rest.isEmpty {
                // The last piece must end the sentence: look for a later occurrence that does.
                return key.hasSuffix(piece)
            }
        }
        return true
    }
}
