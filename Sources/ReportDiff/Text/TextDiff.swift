import ReportModel

/// A character-level diff of two Chinese texts that keeps numbers and Latin words whole and is cleaned up along
/// Chinese punctuation, so that a reader sees `133→150` and whole phrases rather than a scatter of characters.
///
/// ```swift
/// let result = TextDiff.compare("共收到申请133件。", "共收到申请150件。")
/// // segments: 共收到申请 · [-133-] · [+150+] · 件。
/// ```
public enum TextDiff {
    /// Compares two texts.
    ///
    /// Whitespace of any width and the width of punctuation (`()` and `（）`) are not changes. With a year shift,
    /// the older text's years read as the newer ones (`2023年` → `2024年` is no change); a place where the newer
    /// text still names the older year where the older text named its own is reported in
    /// ``TextDiffResult/staleYears`` and is not shown as a change, since the text there did not change.
    ///
    /// - Parameters:
    ///   - old: The older text.
    ///   - new: The newer text.
    ///   - shift: The year moving on between the two, if they are reports of different years.
    /// - Returns: The segments (equal, deleted, inserted) in order, and the stale years found.
    /// - Complexity: O((n + m) · d) for texts of n and m tokens that differ by d tokens.
    public static func compare(_ old: String, _ new: String, shift: YearShift? = nil) -> TextDiffResult {
        var interner = TokenInterner()
        let oldTokens = TextTokens(old, shift: shift, interner: &interner)
        let newTokens = TextTokens(new, shift: nil, interner: &interner)
        var runs = TokenDiff.runs(from: oldTokens.keys, to: newTokens.keys)
        var staleYears: [StaleYear] = []
        if let shift {
            acceptUnmovedYears(&runs, old: oldTokens, new: newTokens, shift: shift, staleYears: &staleYears)
        }
        SemanticCleanup.clean(&runs, old: oldTokens, new: newTokens)
        var segments: [TextSegment] = []
        for run in runs {
            if run.isEqual {
                append(.equal, newTokens.text(of: run.new), old: oldTokens.text(of: run.old), to: &segments)
            } else {
                append(.delete, oldTokens.text(of: run.old), to: &segments)
                append(.insert, newTokens.text(of: run.new), to: &segments)
            }
        }
        if runs.isEmpty, !new.isEmpty { append(.equal, new, to: &segments) }
        return TextDiffResult(segments: segments, staleYears: staleYears)
    }

    /// Turns changes that are literally no change — the same text, where the year shift expected a newer year —
    /// back into equalities, and notes each place where the older year itself was left standing.
    private static func acceptUnmovedYears(
        _ runs: inout [DiffRun], old: TextTokens, new: TextTokens, shift: YearShift, staleYears: inout [StaleYear]
    ) {
        var merged: [DiffRun] = []
        for var run in runs {
            if !run.isEqual, run.old.count == run.new.count,
                zip(run.old, run.new).allSatisfy({ old.tokens[$0].literal == new.tokens[$1].literal })
            {
                for (oldIndex, newIndex) in zip(run.old, run.new) {
                    if old.tokens[oldIndex].shiftedYear == shift.from {
                        staleYears.append(StaleYear(year: shift.from, excerpt: clause(around: newIndex, in: new)))
                    }
                }
                run.isEqual = true
            }
            if let last = merged.last, last.isEqual, run.isEqual {
                merged[merged.count - 1].old = last.old.lowerBound..<run.old.upperBound
                merged[merged.count - 1].new = last.new.lowerBound..<run.new.upperBound
            } else {
                merged.append(run)
            }
        }
        runs = merged
    }

    /// The clause of a text around a token: from after the previous clause end to the next one, included.
    static func clause(around index: Int, in tokens: TextTokens) -> String {
        var start = index
        while start > 0, !tokens.endsClause(start - 1) { start -= 1 }
        var end = index + 1
        while end < tokens.tokens.count, !tokens.endsClause(end - 1) { end += 1 }
        let from = tokens.tokens[start].start
        let to = tokens.tokens[end - 1].end
        return String(scalars: tokens.scalars[from..<to])
    }

    private static func append(
        _ operation: TextSegment.Operation, _ text: String, old: String? = nil, to segments: inout [TextSegment]
    ) {
        guard !text.isEmpty else { return }
        let oldText = old.flatMap { $0 == text ? nil : $0 }
        if let last = segments.last, last.operation == operation {
            if last.oldText != nil || oldText != nil {
                segments[segments.count - 1].oldText = (last.oldText ?? last.text) + (oldText ?? text)
            }
            segments[segments.count - 1].text += text
        } else {
            var segment = TextSegment(operation, text)
            segment.oldText = oldText
            segments.append(segment)
        }
    }
}

/// What ``TextDiff/compare(_:_:shift:)`` finds: the text as segments, and the years that did not move on.
public struct TextDiffResult: Sendable, Hashable, Codable {
    /// The segments in order. The equal and inserted ones spell the newer text exactly; the equal ones (their
    /// ``TextSegment/oldText`` where they have one) and the deleted ones spell the older text exactly.
    public var segments: [TextSegment]
    /// Places where the newer text still names the older year where the older text named its own.
    public var staleYears: [StaleYear]

    /// Creates a result.
    public init(segments: [TextSegment], staleYears: [StaleYear]) {
        self.segments = segments
        self.staleYears = staleYears
    }

    /// Whether anything was deleted or inserted.
    public var hasChanges: Bool { segments.contains { $0.operation != .equal } }
}

/// A piece of a text diff.
public struct TextSegment: Sendable, Hashable, Codable {
    /// What happened to the piece.
    public enum Operation: String, Sendable, Hashable, Codable {
        /// The same on both sides.
        case equal
        /// Only in the older text.
        case delete
        /// Only in the newer text.
        case insert
    }

    /// What happened to the piece.
    public var operation: Operation
    /// The piece's text (for an equal piece, as the newer text has it).
    public var text: String
    /// For an equal piece whose older text differs to the letter (whitespace, punctuation width, the year moving
    /// on), the older text; `nil` otherwise.
    public var oldText: String?

    /// Creates a segment.
    public init(_ operation: Operation, _ text: String, oldText: String? = nil) {
        self.operation = operation
        self.text = text
        self.oldText = oldText
    }
}

/// A year the newer text did not move on: it names the older report's year where the older report did too.
public struct StaleYear: Sendable, Hashable, Codable {
    /// The year left standing (the older report's year).
    public var year: Int
    /// The clause of the newer text that names it.
    public var excerpt: String

    /// Creates a stale year.
    public init(year: Int, excerpt: String) {
        self.year = year
        self.excerpt = excerpt
    }
}
