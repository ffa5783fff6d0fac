import DocumentLayout
import ReportModel

/// The cells of a grid table that stand in columns its template does not have (a clerk's `备注` beside table 3's
/// 总计), gathered row by row while the rows are placed: their texts are kept as paragraphs after the table
/// (``KeptText``), each column with its header, and none of them goes into a template cell.
struct ExtraColumns {
    /// Each extra column's header text (empty when it has none), in the order met, with its cells' texts.
    private var columns: [(header: String, texts: [String])] = []

    /// Takes a placed row's cells that are in no template column: the filled ones left unplaced when every column
    /// of the row found its cell by its header (`allPlaced`). In a row some column of which found none, a cell left
    /// over may be that column's under a header that could not be read: it is no extra column's, and the column's
    /// cells are missing, as their own diagnostic says.
    mutating func take(_ values: [GridCell], placed: [GridCell], allPlaced: Bool, in context: GridContext) {
        guard allPlaced else { return }
        let placed = Set(placed)
        for cell in values where !placed.contains(cell) {
            let text = cell.text.trimmingLayoutSpace()
            guard !text.isEmpty else { continue }
            let header = context.headerTexts[GridContext.slot(of: cell, in: context.grid)] ?? ""
            if let index = columns.firstIndex(where: { $0.header == header }) {
                columns[index].texts.append(text)
            } else {
                columns.append((header, [text]))
            }
        }
    }

    /// What to keep: one ``KeptText`` for each column, its header first, then its cells from the top.
    var kept: [KeptText] {
        columns.map { column in
            KeptText(
                origin: .column(header: column.header), line: nil,
                paragraphs: (column.header.isEmpty ? [] : [column.header]) + column.texts)
        }
    }
}
