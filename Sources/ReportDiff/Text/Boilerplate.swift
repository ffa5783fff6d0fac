import Foundation
import ReportModel

/// The standard sentences of the national format: the same every year by design, so they do not count as text
/// carried over from last year. The patterns are data, in `Schema/diff/boilerplate.txt`, built into the program.
public struct Boilerplate: Sendable {
    /// One pattern: the literal pieces between its `…`, in comparison form, and whether it is open at each end.
    private struct Pattern: Sendable {
        var pieces: [String]
        /// The pieces' UTF-8, for comparison forms of plain text (``Swift/StringProtocol/isPlainText``).
        var pieceBytes: [[UInt8]]
        var openStart: Bool
        var openEnd: Bool
    }

    private let patterns: [Pattern]
    /// Whether every pattern's pieces are plain text (``Swift/StringProtocol/isPlainText``), so that a plain
    /// comparison form can be searched by bytes: the standard patterns are.
    private let piecesArePlain: Bool

    /// The national format's boilerplate, from `Schema/diff/boilerplate.txt`.
    public static let standard = Boilerplate(patterns: EmbeddedFiles.contents["boilerplate.txt"] ?? "")

    /// Reads patterns: one a line, `…` for any text, `#` lines and blank lines ignored.
    public init(patterns text: String) {
        patterns = text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = String(line).trimmingLayoutSpace()
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = trimmed.components(separatedBy: "…")
            let pieces = parts.map { TextKey.make($0) }.filter { !$0.isEmpty }
            return Pattern(
                pieces: pieces, pieceBytes: pieces.map { Array($0.utf8) }, openStart: parts.first == "",
                openEnd: parts.last == "")
        }
        piecesArePlain = patterns.allSatisfy { $0.pieces.allSatisfy(\.isPlainText) }
    }

    /// Whether a sentence is boilerplate: it matches a pattern whole, whitespace and width aside.
    ///
    /// - Complexity: O(p · n) for p patterns and a sentence of n characters.
    public func matches(_ sentence: String) -> Bool {
        matches(comparisonForm: TextKey.utf8(sentence))
    }

    /// Whether a sentence whose comparison form (``TextKey``) has these UTF-8 bytes is boilerplate
    /// (``matches(_:)``).
    ///
    /// A plain form (``Swift/StringProtocol/isPlainText``: Han, ASCII, the usual punctuation) is searched byte by
    /// byte, which finds what a search of the text finds there; any other is searched as text, character by
    /// character and under canonical equivalence (Foundation's `range(of:)`, some ten thousand instructions a
    /// search). The patterns' pieces are plain.
    ///
    /// - Complexity: O(p · n) for p patterns and a form of n bytes.
    func matches(comparisonForm key: [UInt8]) -> Bool {
        guard piecesArePlain, key.withUnsafeBufferPointer(UTF8Scalars.arePlain) else {
            let text = String(decoding: key, as: UTF8.self)
            return patterns.contains { Self.matches(text, $0) }
        }
        return key.withUnsafeBufferPointer { key in patterns.contains { Self.matches(bytes: key, $0) } }
    }

    /// The same as ``matches(_:_:)``, over the UTF-8 of a plain comparison form.
    private static func matches(bytes key: UnsafeBufferPointer<UInt8>, _ pattern: Pattern) -> Bool {
        guard !pattern.pieceBytes.isEmpty else { return false }
        if pattern.pieceBytes.count == 1, !pattern.openStart, !pattern.openEnd {
            return pattern.pieceBytes[0].elementsEqual(key)
        }
        var rest = 0
        for (index, piece) in pattern.pieceBytes.enumerated() {
            let isFirst = index == 0
            let isLast = index == pattern.pieceBytes.count - 1
            let found: Int? = piece.withUnsafeBufferPointer { piece in
                if isFirst, !pattern.openStart {
                    return key.count - rest >= piece.count && key[rest..<(rest + piece.count)].elementsEqual(piece)
                        ? rest + piece.count : nil
                }
                return ByteSearch.firstEnd(of: piece, in: key, from: rest)
            }
            guard let found else { return false }
            rest = found
            if isLast, !pattern.openEnd, rest != key.count {
                // The last piece must end the sentence: look for a later occurrence that does.
                return key.count >= piece.count && key[(key.count - piece.count)...].elementsEqual(piece)
            }
        }
        return true
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
