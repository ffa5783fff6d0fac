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

extension String {
    /// The text with the header lines of table 3 — the lines right before its first row (`一、本年新收…`) back to a
    /// blank line or the section's heading — replaced by `header`. `nil` when the text has no such row.
    public func replacingTable3Header(with header: [String]) -> String? {
        var lines = components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.hasPrefix("一、本年新收") }) else { return nil }
        var start = first
        while start > 0, !lines[start - 1].trimmingCharacters(in: .whitespaces).isEmpty,
            !lines[start - 1].contains("收到和处理")
        {
            start -= 1
        }
        lines.replaceSubrange(start..<first, with: header)
        return lines.joined(separator: "\n")
    }

    /// The text with table 3's rows laid out with spaces instead of tabs (as a report typed in a plain editor): from
    /// its first row to the next blank line, each run of tabs becomes four spaces.
    public func table3RowsInSpaces() -> String? {
        var lines = components(separatedBy: "\n")
        guard let first = lines.firstIndex(where: { $0.hasPrefix("一、本年新收") }) else { return nil }
        var index = first
        while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
            lines[index] = lines[index].split(separator: "\t").joined(separator: "    ")
            index += 1
        }
        return lines.joined(separator: "\n")
    }

    /// The text with the first two lines that are exactly `first` and `second` trading places (a header laid out one
    /// cell per line, two of its columns moved). `nil` when either is not there.
    public func swappingLines(_ first: String, _ second: String) -> String? {
        var lines = components(separatedBy: "\n")
        guard let a = lines.firstIndex(of: first), let b = lines.firstIndex(of: second) else { return nil }
        lines.swapAt(a, b)
        return lines.joined(separator: "\n")
    }
}
