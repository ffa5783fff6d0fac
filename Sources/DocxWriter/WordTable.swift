/// A table as it is written into a .docx: grid column widths and rows of cells, a cell spanning grid columns
/// (`w:gridSpan`) and merged with the cells below it (`w:vMerge`).
struct WordTable: Sendable, Hashable {
    /// How a cell takes part in a vertical merge.
    enum VerticalMerge: Sendable, Hashable {
        /// The top cell of a merge: it holds the text.
        case restart
        /// A cell covered by the cell above it: empty.
        case `continue`
    }

    /// One cell of a row.
    struct Cell: Sendable, Hashable {
        /// The text as written.
        var text: String
        /// How many grid columns it covers.
        var span: Int = 1
        /// Its part in a vertical merge, if any.
        var merge: VerticalMerge?
        /// Whether it is a header or label (centred) rather than a value.
        var isLabel: Bool = true
        /// Whether it is a label read along its row — table 3's row labels and the note in its corner — which the
        /// national template sets left-aligned, not centred as the column headers.
        var isRowLabel = false
    }

    /// The width of each grid column, in twentieths of a point.
    var widths: [Int]
    /// The rows, top to bottom; each row's spans add up to the number of grid columns.
    var rows: [[Cell]]
    /// How many rows at the top are the table's header, repeated on every page the table runs onto.
    var headerRows: Int = 0

    /// A cell continuing the vertical merge above it.
    static func covered(span: Int = 1) -> Cell { Cell(text: "", span: span, merge: .continue) }

    /// The table's XML (`w:tbl`).
    var xml: String {
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
        xml += "<w:tblBorders>"
        for edge in ["top", "left", "bottom", "right", "insideH", "insideV"] {
            xml += "<w:\(edge) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>"
        }
        xml += "</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"57\" w:type=\"dxa\"/><w:right w:w=\"57\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "</w:tblPr><w:tblGrid>"
        for width in widths { xml += "<w:gridCol w:w=\"\(width)\"/>" }
        xml += "</w:tblGrid>"
        // A row of labels only (a header, or a caption such as 第二十条第（一）项) stays on the page of the row after
        // it, never alone at the foot of a page; in a table of text only, rows break where they fall.
        let hasValues = rows.contains { $0.contains { !$0.isLabel } }
        for (index, row) in rows.enumerated() {
            let keepNext = hasValues && index + 1 < rows.count && row.allSatisfy(\.isLabel)
            xml += "<w:tr><w:trPr><w:cantSplit/>"
            if index < headerRows { xml += "<w:tblHeader/>" }
            xml += "</w:trPr>"
            var column = 0
            for cell in row {
                let span = max(1, cell.span)
                let width = widths[min(column, widths.count)..<min(column + span, widths.count)].reduce(0, +)
                column += span
                xml += "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
                if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
                switch cell.merge {
                case .restart: xml += "<w:vMerge w:val=\"restart\"/>"
                case .continue: xml += "<w:vMerge/>"
                case nil: break
                }
                xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
                let text = cell.merge == .continue ? "" : cell.text
                xml += WordXML.paragraph(
                    text, style: cell.isLabel ? .headerCell : .cell, keepNext: keepNext,
                    properties: cell.isRowLabel ? "<w:jc w:val=\"left\"/>" : "")
                xml += "</w:tc>"
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }
}
