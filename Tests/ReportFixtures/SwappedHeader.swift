import Foundation

extension String {
    /// The text of a tab-separated report with two header cells swapped, as a clerk who moved a column gives it: on
    /// the first line holding both, the cell starting with `first` and the one starting with `second` (`商业`,
    /// `科研`, however the layout spaced the label) trade places. `nil` when no line holds both.
    public func swappingTabbedHeaderCells(startingWith first: String, and second: String) -> String? {
        var lines = components(separatedBy: "\n")
        for index in lines.indices {
            var cells = lines[index].components(separatedBy: "\t")
            guard let a = cells.firstIndex(where: { $0.hasPrefix(first) }),
                let b = cells.firstIndex(where: { $0.hasPrefix(second) })
            else { continue }
            cells.swapAt(a, b)
            lines[index] = cells.joined(separator: "\t")
            return lines.joined(separator: "\n")
        }
        return nil
    }
}
