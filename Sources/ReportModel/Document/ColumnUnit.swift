/// What a template column's numbers are counted in, which settles the units a cell of it may be typed with: a
/// count column's cell may say `12件` (read as 12), the fee column's (in 万元) `2.5万元`; a number typed with any
/// other unit (`5000元` where the header says 万元, `3万元` in a count column) is no value of the column. Converting it
/// would be a guess about what the clerk meant, so the cell keeps its text and its number is *missing*.
public enum ColumnUnit: Sendable, Hashable {
    /// Counts of documents, applications or cases (件).
    case count
    /// Amounts of money in the unit the header names (`万元`), or in a unit it does not name (`nil`).
    case amount(String?)

    /// The units a count may be typed with.
    public static let countUnits: Set<String> = ["人次", "件", "个", "条", "项", "次", "份"]

    /// Whether a number typed with a unit (`件`, `万元`, `元`) is a number of this column.
    public func admits(_ unit: String) -> Bool {
        switch self {
        case .count: Self.countUnits.contains(unit)
        case .amount(let own): own == unit
        }
    }

    /// The column's unit as a message names it (`件`, `万元`), or `nil` for an amount whose unit the header does not
    /// name.
    public var name: String? {
        switch self {
        case .count: "件"
        case .amount(let own): own
        }
    }
}
