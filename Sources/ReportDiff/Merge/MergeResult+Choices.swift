// Choosing for single units: the one rule that a chosen unit must name a conflict (one still open, or one resolved
// already), and that "both" and "edit" fit only texts. `nianbao merge3 --unit`, `nianbao merge --unit` and the
// conflict page all come here.

/// A choice was made for a unit that has no conflict, or that the choice does not fit.
public struct MergeChoiceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why the choice cannot be taken.
    public enum Reason: String, Error, Sendable, Equatable {
        /// The unit has no conflict (open or resolved before).
        case noConflict = "no-conflict"
        /// "Both" or "edit" for a unit that is not a text (a section, a table, an order, a move).
        case notText = "not-text"
        /// "Both" for a text that is not a paragraph (a cell holds one value).
        case notParagraph = "not-paragraph"
        /// An empty text for a cell, a heading or a field.
        case emptyEdit = "empty-edit"
        /// An edited text that still holds a place both sides wrote differently, as the edit box shows it
        /// (``MergedTextPiece/unsettledOpening``): saved as it is, two figures would be one (121 and 125 as 121125).
        case unsettled = "unsettled"
        /// An edited text holding a NUL or another control character no report file keeps
        /// (``Swift/StringProtocol/hasUnkeptControlCharacter``): its export would not read back.
        case controlCharacter = "control-character"
        /// The unit was not found again in the merged report to put the choice in.
        case notFound = "not-found"
    }

    /// The unit chosen.
    public var unit: UnitID
    /// The conflicts open when it was chosen.
    public var open: [UnitID]
    /// Why the choice cannot be taken.
    public var reason: Reason

    /// Creates the error.
    public init(unit: UnitID, open: [UnitID], reason: Reason = .noConflict) {
        self.unit = unit
        self.open = open
        self.reason = reason
    }

    public var description: String {
        let open = open.map(\.description).joined(separator: ", ")
        return reason == .noConflict
            ? "No conflict on \(unit); open conflicts: \(open)"
            : "Cannot take the choice for \(unit) (\(reason.rawValue)); open conflicts: \(open)"
    }
}

extension MergeResult {
    /// The result with the chosen sides taken, one unit after the other in the order given.
    ///
    /// - Parameter choices: The units and the side to take for each.
    /// - Throws: ``MergeChoiceError`` for a unit that has no conflict open and none resolved before (resolving one
    ///   unit can close or open others, so each is checked when its turn comes).
    /// - Complexity: one merge of the three reports per choice.
    public func resolving(_ choices: [(unit: UnitID, side: MergeSide)]) throws(MergeChoiceError) -> MergeResult {
        try resolving(choices: choices.map { (unit: $0.unit, choice: MergeChoice.side($0.side)) })
    }

    /// The result with the choices taken, one unit after the other in the order given: a side, both paragraphs
    /// (ours first), or the person's own text.
    ///
    /// - Throws: ``MergeChoiceError`` for a unit that has no conflict open and none resolved before, for "both" on a
    ///   unit that is not a paragraph, for "edit" on a unit that is not a text, and when the unit is not found again
    ///   in the merged report.
    /// - Complexity: one merge of the three reports per choice.
    public func resolving(choices: [(unit: UnitID, choice: MergeChoice)]) throws(MergeChoiceError) -> MergeResult {
        var result = self
        for (unit, choice) in choices {
            let open = result.conflicts.map(\.unit)
            guard let conflict = result.conflicts.first(where: { $0.unit == unit }) ?? result.conflictResolved(unit)
            else {
                throw MergeChoiceError(unit: unit, open: open)
            }
            let prepared: MergeFinish?
            do {
                prepared = try MergeFinish.prepare(choice, for: conflict)
            } catch {
                throw MergeChoiceError(unit: unit, open: open, reason: error)
            }
            switch prepared {
            case nil:
                guard case .side(let side) = choice else { continue }
                result = result.resolving(unit, with: side)
            case let finish?:
                var chosen = result.resolutions
                chosen[unit] = finish.side
                var finishes = result.finishes
                finishes[unit] = finish
                result = ReportMerge.merge(
                    base: base, ours: ours, theirs: theirs, resolutions: chosen, finishes: finishes)
                if result.unfinished.contains(unit) {
                    throw MergeChoiceError(unit: unit, open: result.conflicts.map(\.unit), reason: .notFound)
                }
            }
        }
        return result
    }

    /// The conflict a unit had before a choice resolved it: the merge again without that choice.
    private func conflictResolved(_ unit: UnitID) -> MergeConflict? {
        guard resolutions[unit] != nil else { return nil }
        var chosen = resolutions
        chosen[unit] = nil
        var finishes = finishes
        finishes[unit] = nil
        return ReportMerge.merge(base: base, ours: ours, theirs: theirs, resolutions: chosen, finishes: finishes)
            .conflicts.first { $0.unit == unit }
    }
}
