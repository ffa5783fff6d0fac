public import Foundation

/// One cell of a table: the text as typed, and its number when it is one.
///
/// `0`, `　0` (with a full-width space) and `0\u{A0}` are all the number 0 and keep their text. `5件` and `一百` are
/// the numbers 5 and 100 and keep their text too; `5000元` in the fee column (万元) is text, for its unit is not the
/// column's (``ColumnUnit``). `—`, `/`, `无` and an empty cell are *not filled*, and `1e30` or `٣` are text that is
/// not a number: they have text but no value. A cell the parser could not read is *missing*.
/// ``CellText`` holds the rule, for every reader.
public struct Cell: Sendable, Hashable {
    /// The key of the column this cell is in.
    public var column: String
    /// The text as typed, or `nil` when the cell could not be read.
    public var text: String?

    /// Creates a cell.
    public init(column: String, text: String?) {
        self.column = column
        self.text = text
    }

    /// Whether the cell could not be read.
    public var isMissing: Bool { text == nil }

    /// The cell's number, when its text says one in its column's unit (see ``reading``).
    public var value: Decimal? { reading?.value }

    /// How the cell's text reads, or `nil` when the cell is missing: ``CellText/reading(_:in:)`` in the unit of its
    /// column (``TemplateCatalog/unit(ofColumn:)``), so that `5000元` in the fee column (万元) has no value.
    public var reading: CellText.Reading? {
        guard let text else { return nil }
        let reading = CellText.reading(text)
        // Only a number typed with a unit (or an abbreviated one, which reads as text without the column) depends on
        // the column: the column is looked up for no plain number and no blank.
        switch reading {
        case .writtenNumber(_, .unit), .text: return CellText.reading(text, in: unit)
        case .number, .notFilled, .writtenNumber(_, .chineseNumerals): return reading
        }
    }

    /// The unit of the cell's column in the templates, or `nil` for a column no template has (a plain grid's).
    public var unit: ColumnUnit? { TemplateCatalog.standard.unit(ofColumn: column) }

    /// Whether the cell was read but holds no number: blank, `—`, `-`, `/`, `无`, or text that is not a number.
    public var isNotFilled: Bool { text != nil && value == nil }
}
