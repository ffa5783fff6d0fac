import ReportModel

/// The name a table goes by in unit ids (``UnitID/Component/table(_:)``), written and read in this one place.
///
/// | table | name |
/// | --- | --- |
/// | table 2, 3 or 4 of the format | `table2`, `table3`, `table4` |
/// | a second (third …) table of one number in a section — last year's table 3 left above this year's | `table3#2` |
/// | the n-th table of a section that matches no template | `grid1`, `grid2` … |
///
/// A report with one table of each number keeps the names it always had; a second copy has a name of its own, so
/// that diff, blame, comments and merge tell the copies apart (review rv113 F9: both were `table3`, and a file diffed
/// against itself as 「表三 [删除] / 表三 [新增]」). The merge's block ids are these names after a `T` (`Ttable3#2`).
public enum TableUnitName: Sendable, Hashable, CustomStringConvertible {
    /// A table of the format: its number (2, 3 or 4) and which copy of it in the section it is (1 for the first).
    case template(number: Int, copy: Int)
    /// A table that matches no template: its place among such tables of the section, from 1.
    case grid(Int)

    /// Reads a name (`table3`, `table3#2`, `grid1`); `nil` when it is none.
    public init?(_ name: String) {
        if name.hasPrefix("grid"), let ordinal = Int(name.dropFirst(4)), ordinal >= 1 {
            self = .grid(ordinal)
            return
        }
        guard name.hasPrefix("table") else { return nil }
        let parts = name.dropFirst(5).split(separator: "#", omittingEmptySubsequences: false)
        guard let number = parts.first.flatMap({ Int($0) }), number >= 1 else { return nil }
        switch parts.count {
        case 1: self = .template(number: number, copy: 1)
        case 2:
            guard let copy = Int(parts[1]), copy >= 2 else { return nil }
            self = .template(number: number, copy: copy)
        default: return nil
        }
    }

    /// The name as unit ids write it.
    public var description: String {
        switch self {
        case .template(let number, let copy): copy == 1 ? "table\(number)" : "table\(number)#\(copy)"
        case .grid(let ordinal): "grid\(ordinal)"
        }
    }

    /// The template's table number, for a table of the format.
    public var templateNumber: Int? {
        if case .template(let number, _) = self { return number }
        return nil
    }

    /// The names of the tables among a container's blocks, by block index (`nil` for a paragraph).
    ///
    /// - Complexity: O(b) for b blocks.
    static func names(of blocks: some Collection<Block>) -> [TableUnitName?] {
        var copies: [Int: Int] = [:]
        var grids = 0
        return blocks.map { block in
            guard let table = block.table else { return nil }
            if let number = UnitNaming.templateNumber(of: table) {
                copies[number, default: 0] += 1
                return .template(number: number, copy: copies[number, default: 1])
            }
            grids += 1
            return .grid(grids)
        }
    }
}
