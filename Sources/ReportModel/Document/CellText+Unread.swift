// Why a cell's text that looks like a number has no value: the one rule the parser's note and the checks' finding
// both ask, so that a number typed with another unit or a decimal comma is never missing without a word.

extension CellText {
    /// Why a cell's text that a clerk meant as a number has none (its text is kept as typed, never converted).
    public enum Unread: Sendable, Hashable {
        /// A number typed with a unit its column is not counted in (`77302800元` where the column says 万元): the unit.
        case foreignUnit(String)
        /// Digits with separators that make no number (`7730,28` with a decimal comma, `1,2,3`, `1.2.3`).
        case malformedNumber
    }

    /// Why `text` in a column counted in `column` has no value though it was meant as a number, or `nil` when it has
    /// one, or is blank, a mark for "nothing here", or words (`约5`, `12（注1）`: text that shows itself as such).
    ///
    /// - Parameters:
    ///   - text: The cell's text.
    ///   - column: The unit of the cell's column, or `nil` when it is not known.
    public static func unread(_ text: String, in column: ColumnUnit?) -> Unread? {
        guard case .text = reading(text, in: column) else { return nil }
        if let column, let unit = foreignUnit(text, in: column) { return .foreignUnit(unit) }
        let scalars = text.trimmingLayoutSpace().unicodeScalars
        let digits = scalars.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }.count
        let separators = scalars.filter { ",.，．".unicodeScalars.contains($0) }.count
        guard digits > 0, separators > 0, digits + separators == scalars.count else { return nil }
        return .malformedNumber
    }
}
