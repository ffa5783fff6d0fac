/// The paragraphs that state the unit of each grid table of a laid-out document (`单位：元` right above it:
/// ``HeaderUnit/statements(above:)``), as the document is read from top to bottom. A piece of a table with nothing
/// but such lines, blank lines and captions between it and the piece above (table 2 cut per 第二十条 item, with
/// `单位：元` above the first piece only) is under the statements of both.
struct UnitsAbove {
    /// The statements of the last grid taken, and its line index.
    private var last: (index: Int, units: [String])?

    /// The statements above the grid at line `index` of `lines`; grids are taken in the order they are read.
    mutating func take(aboveGridAt index: Int, in lines: [SourceLine]) -> [String] {
        let start = last.map { $0.index + 1 } ?? 0
        guard start <= index else { return [] }
        let (units, open) = HeaderUnit.statements(above: lines[start..<index])
        let stated = units + (open ? last?.units ?? [] : [])
        last = (index, stated)
        return stated
    }
}
