public import Foundation

/// One cell of a table: the text as typed, and its number when it is one.
///
/// `0`, `　0` (with a full-width space) and `0\u{A0}` are all the number 0 and keep their text. `5件` and `一百` are
/// the numbers 5 and 100 and keep their text too. `—`, `/`, `无` and an empty cell are *not filled*, and `1e30` or
/// `٣` are text that is not a number: they have text but no value. A cell the parser could not read is *missing*.
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

    /// The cell's number, when its text says one (see ``CellText/value(_:)``).
    public var value: Decimal? { text.flatMap(CellText.value) }

    /// How the cell's text reads, or `nil` when the cell is missing.
    public var reading: CellText.Reading? { text.map(CellText.reading) }

    /// Whether the cell was read but holds no number: blank, `—`, `-`, `/`, `无`, or text that is not a number.
    public var isNotFilled: Bool { text != nil && value == nil }
}
