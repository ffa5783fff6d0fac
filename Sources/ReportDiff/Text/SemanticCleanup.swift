/// Makes a token diff of Chinese text readable: diff-match-patch's semantic cleanup, adapted to text without
/// spaces between words.
///
/// 1. An equality between two changes that is no longer than the changes on both sides of it, and holds no
///    clause-ending punctuation, is folded into one change (`[进一步加→持续]强[监督→化检查]` becomes
///    `[进一步加强监督→持续强化检查]`). Equalities between two changes of numbers stay (`[3→4]类[12→15]`).
/// 2. A change of two or more characters that leaves one stray Han character before or after it in its clause
///    takes that character in, so that whole phrases are replaced.
/// 3. A pure insertion or deletion that can slide (the text around it repeats) slides to a clause boundary.
enum SemanticCleanup {
    /// Cleans up runs in place.
    ///
    /// - Complexity: O(r²) in the number of runs in the worst case, O(r) usually.
    static func clean(_ runs: inout [DiffRun], old: TextTokens, new: TextTokens) {
        mergeShortEqualities(&runs, old: old, new: new)
        absorbStrayCharacters(&runs, old: old, new: new)
        slideToBoundaries(&runs, old: old, new: new)
        runs.removeAll { $0.old.isEmpty && $0.new.isEmpty }
    }

    // MARK: - 1. Short equalities

    private static func mergeShortEqualities(_ runs: inout [DiffRun], old: TextTokens, new: TextTokens) {
        var index = 1
        while index + 1 < runs.count {
            let equal = runs[index]
            let left = runs[index - 1]
            let right = runs[index + 1]
            guard equal.isEqual, !left.isEqual, !right.isEqual else {
                index += 1
                continue
            }
            let length = new.length(of: equal.new)
            let holdsClauseEnd = equal.new.contains { new.endsClause($0) }
            let numeric =
                isNumericReplacement(left, old: old, new: new) || isNumericReplacement(right, old: old, new: new)
            let leftSize = max(old.length(of: left.old), new.length(of: left.new))
            let rightSize = max(old.length(of: right.old), new.length(of: right.new))
            if !holdsClauseEnd, !numeric, length <= leftSize, length <= rightSize {
                runs.replaceSubrange(
                    (index - 1)...(index + 1),
                    with: [
                        DiffRun(
                            isEqual: false, old: left.old.lowerBound..<right.old.upperBound,
                            new: left.new.lowerBound..<right.new.upperBound)
                    ])
                index = max(1, index - 1)
            } else {
                index += 1
            }
        }
    }

    /// Whether a change replaces numbers by numbers (`133` → `150`): such a change is never widened.
    private static func isNumericReplacement(_ run: DiffRun, old: TextTokens, new: TextTokens) -> Bool {
        !run.old.isEmpty && !run.new.isEmpty && isNumeric(run, old: old, new: new)
    }

    private static func isNumeric(_ run: DiffRun, old: TextTokens, new: TextTokens) -> Bool {
        run.old.allSatisfy { old.tokens[$0].kind == .number } && run.new.allSatisfy { new.tokens[$0].kind == .number }
    }

    // MARK: - 2. Stray characters

    private static func absorbStrayCharacters(_ runs: inout [DiffRun], old: TextTokens, new: TextTokens) {
        for index in runs.indices where !runs[index].isEqual {
            let change = runs[index]
            guard max(old.length(of: change.old), new.length(of: change.new)) >= 2,
                !isNumeric(change, old: old, new: new)
            else { continue }
            // One Han character between the previous clause end (or the start) and the change.
            if index > 0, runs[index - 1].isEqual {
                let before = runs[index - 1]
                let last = before.new.upperBound - 1
                let isStray =
                    before.new.count >= 1 && new.tokens[last].kind == .character
                    && (before.new.count == 1 ? index - 1 == 0 : new.endsClause(last - 1))
                if isStray {
                    runs[index - 1].old = before.old.lowerBound..<(before.old.upperBound - 1)
                    runs[index - 1].new = before.new.lowerBound..<(before.new.upperBound - 1)
                    runs[index].old = (change.old.lowerBound - 1)..<change.old.upperBound
                    runs[index].new = (change.new.lowerBound - 1)..<change.new.upperBound
                }
            }
            // One Han character between the change and the next clause end (or the end).
            if index + 1 < runs.count, runs[index + 1].isEqual {
                let after = runs[index + 1]
                let first = after.new.lowerBound
                let isStray =
                    after.new.count >= 1 && new.tokens[first].kind == .character
                    && (after.new.count == 1 ? index + 1 == runs.count - 1 : new.endsClause(first + 1))
                if isStray {
                    runs[index + 1].old = (after.old.lowerBound + 1)..<after.old.upperBound
                    runs[index + 1].new = (after.new.lowerBound + 1)..<after.new.upperBound
                    runs[index].old = runs[index].old.lowerBound..<(runs[index].old.upperBound + 1)
                    runs[index].new = runs[index].new.lowerBound..<(runs[index].new.upperBound + 1)
                }
            }
        }
    }

    // MARK: - 3. Sliding to boundaries

    private static func slideToBoundaries(_ runs: inout [DiffRun], old: TextTokens, new: TextTokens) {
        guard runs.count >= 3 else { return }
        for index in 1..<(runs.count - 1) where !runs[index].isEqual {
            guard runs[index - 1].isEqual, runs[index + 1].isEqual else { continue }
            let change = runs[index]
            let isInsertion = change.old.isEmpty
            guard isInsertion || change.new.isEmpty else { continue }
            let side = isInsertion ? new : old
            let moving = isInsertion ? change.new : change.old
            let before = isInsertion ? runs[index - 1].new : runs[index - 1].old
            let after = isInsertion ? runs[index + 1].new : runs[index + 1].old
            var best = 0
            var bestScore = score(moving, in: side)
            // Slide left while the text before ends like the moving text.
            var offset = 0
            while moving.lowerBound + offset - 1 >= before.lowerBound,
                side.tokens[moving.lowerBound + offset - 1].key == side.tokens[moving.upperBound + offset - 1].key
            {
                offset -= 1
                let candidate = score((moving.lowerBound + offset)..<(moving.upperBound + offset), in: side)
                if candidate > bestScore { (best, bestScore) = (offset, candidate) }
            }
            offset = 0
            while moving.upperBound + offset < after.upperBound,
                side.tokens[moving.lowerBound + offset].key == side.tokens[moving.upperBound + offset].key
            {
                offset += 1
                let candidate = score((moving.lowerBound + offset)..<(moving.upperBound + offset), in: side)
                if candidate > bestScore { (best, bestScore) = (offset, candidate) }
            }
            guard best != 0 else { continue }
            runs[index - 1].old = runs[index - 1].old.lowerBound..<(runs[index - 1].old.upperBound + best)
            runs[index - 1].new = runs[index - 1].new.lowerBound..<(runs[index - 1].new.upperBound + best)
            runs[index].old = (change.old.lowerBound + best)..<(change.old.upperBound + best)
            runs[index].new = (change.new.lowerBound + best)..<(change.new.upperBound + best)
            runs[index + 1].old = (runs[index + 1].old.lowerBound + best)..<runs[index + 1].old.upperBound
            runs[index + 1].new = (runs[index + 1].new.lowerBound + best)..<runs[index + 1].new.upperBound
        }
    }

    /// How well a range sits on clause boundaries: starting after a clause end counts most, ending with one next.
    private static func score(_ range: Range<Int>, in side: TextTokens) -> Int {
        var score = 0
        if range.lowerBound == 0 || side.endsClause(range.lowerBound - 1) { score += 2 }
        if side.endsClause(range.upperBound - 1) { score += 1 }
        if range.upperBound == side.tokens.count { score += 1 }
        return score
    }
}
