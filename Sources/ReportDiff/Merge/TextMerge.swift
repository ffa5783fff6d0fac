/// Three-way merge of one paragraph's text on the tokens of the character diff (``TextDiff``): edits that do not
/// overlap merge; edits that overlap are a conflict of exactly the span they cover.
///
/// Each side is diffed against the base with the character diff's tokenizer and clean-up, so that an edit is a
/// phrase, a number or a word, never a stray character. An edit covers a range of base tokens (an insertion covers
/// the point between two tokens). Edits of the two sides whose ranges overlap, or where one inserts at the edge of
/// the other, form one span; a span only one side edited takes that side's text, a span both edited the same way
/// (whitespace and width aside) takes that text, and a span both edited differently is a conflict. The rest is the
/// base. The result does not depend on which side is ours.
enum TextMerge {
    /// Merges a paragraph's text.
    ///
    /// - Returns: The merged text as pieces: settled text, and a ``MergedTextPiece/conflict(_:)`` for each span
    ///   both sides edited differently (none when the edits do not overlap).
    /// - Complexity: O((n + m) · d) for texts of n and m tokens that differ by d tokens, like ``TextDiff``.
    static func merge(base: String, ours: String, theirs: String) -> [MergedTextPiece] {
        var interner = TokenInterner()
        let baseTokens = TextTokens(base, shift: nil, interner: &interner)
        let oursTokens = TextTokens(ours, shift: nil, interner: &interner)
        let theirsTokens = TextTokens(theirs, shift: nil, interner: &interner)
        let oursMap = SideMap(base: baseTokens, side: oursTokens)
        let theirsMap = SideMap(base: baseTokens, side: theirsTokens)
        var pieces: [MergedTextPiece] = []
        func settle(_ text: String) {
            guard !text.isEmpty else { return }
            if case .settled(let before)? = pieces.last {
                pieces[pieces.count - 1] = .settled(before + text)
            } else {
                pieces.append(.settled(text))
            }
        }
        var position = 0
        for span in spans(oursMap.edits + theirsMap.edits) {
            settle(baseTokens.text(of: position..<span.lowerBound))
            let oursRange = oursMap.range(of: span)
            let theirsRange = theirsMap.range(of: span)
            let baseKeys = baseTokens.tokens[span].map(\.key)
            let oursKeys = oursTokens.tokens[oursRange].map(\.key)
            let theirsKeys = theirsTokens.tokens[theirsRange].map(\.key)
            let oursText = oursTokens.text(of: oursRange)
            let theirsText = theirsTokens.text(of: theirsRange)
            if oursKeys == baseKeys {
                settle(theirsText)
            } else if theirsKeys == baseKeys {
                settle(oursText)
            } else if oursKeys == theirsKeys {
                settle(min(oursText, theirsText))
            } else {
                pieces.append(
                    .conflict(.init(base: baseTokens.text(of: span), ours: oursText, theirs: theirsText)))
            }
            position = span.upperBound
        }
        settle(baseTokens.text(of: position..<baseTokens.tokens.count))
        return pieces
    }

    /// The spans of base tokens that edits cover, edits that overlap or touch at an insertion joined into one.
    private static func spans(_ edits: [Range<Int>]) -> [Range<Int>] {
        let sorted = edits.sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
        var spans: [Range<Int>] = []
        var insertionAtEnd = false
        for edit in sorted {
            if let last = spans.last,
                edit.lowerBound < last.upperBound
                    || (edit.lowerBound == last.upperBound && (edit.isEmpty || insertionAtEnd))
            {
                let upper = max(last.upperBound, edit.upperBound)
                insertionAtEnd =
                    (edit.isEmpty && edit.lowerBound == upper) || (insertionAtEnd && upper == last.upperBound)
                spans[spans.count - 1] = last.lowerBound..<upper
            } else {
                spans.append(edit)
                insertionAtEnd = edit.isEmpty
            }
        }
        return spans
    }
}

/// One side's edits against the base, and where each base position falls in the side's tokens.
private struct SideMap {
    /// The base ranges the side changed (empty for an insertion).
    let edits: [Range<Int>]
    /// For each base position, the side position where the text from it on begins, insertions there included.
    private let starts: [Int]
    /// For each base position, the side position where the text up to it ends, insertions there included.
    private let ends: [Int]

    init(base: TextTokens, side: TextTokens) {
        var runs = TokenDiff.runs(from: base.keys, to: side.keys)
        SemanticCleanup.clean(&runs, old: base, new: side)
        let count = base.tokens.count
        var starts = [Int](repeating: -1, count: count + 1)
        var ends = [Int](repeating: 0, count: count + 1)
        var edits: [Range<Int>] = []
        for run in runs {
            if run.isEqual {
                for offset in 0..<run.old.count {
                    if starts[run.old.lowerBound + offset] < 0 {
                        starts[run.old.lowerBound + offset] = run.new.lowerBound + offset
                    }
                    ends[run.old.lowerBound + offset + 1] = run.new.lowerBound + offset + 1
                }
            } else {
                edits.append(run.old)
                if starts[run.old.lowerBound] < 0 { starts[run.old.lowerBound] = run.new.lowerBound }
                ends[run.old.upperBound] = run.new.upperBound
            }
        }
        // Positions inside a replaced range never bound a span; the end takes the side's end.
        var next = side.tokens.count
        for position in stride(from: count, through: 0, by: -1) {
            if starts[position] < 0 { starts[position] = next } else { next = starts[position] }
        }
        self.edits = edits
        self.starts = starts
        self.ends = ends
    }

    /// The side's tokens for a span of base tokens.
    func range(of span: Range<Int>) -> Range<Int> {
        let lower = starts[span.lowerBound]
        return lower..<max(lower, ends[span.upperBound])
    }
}
