// Choosing sides for single units: the one rule that a chosen unit must name a conflict (one still open, or one
// resolved already). `nianbao merge3 --unit`, `nianbao merge --unit` and the conflict page all come here.

/// A side was chosen for a unit that has no conflict.
public struct MergeChoiceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The unit chosen.
    public var unit: UnitID
    /// The conflicts open when it was chosen.
    public var open: [UnitID]

    /// Creates the error.
    public init(unit: UnitID, open: [UnitID]) {
        self.unit = unit
        self.open = open
    }

    public var description: String {
        "No conflict on \(unit); open conflicts: \(open.map(\.description).joined(separator: ", "))"
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
        var result = self
        for (unit, side) in choices {
            guard result.conflicts.contains(where: { $0.unit == unit }) || result.resolutions[unit] != nil else {
                throw MergeChoiceError(unit: unit, open: result.conflicts.map(\.unit))
            }
            result = result.resolving(unit, with: side)
        }
        return result
    }
}
