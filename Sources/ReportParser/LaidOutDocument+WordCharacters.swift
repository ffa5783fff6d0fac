// A laid-out document without the characters a Word file cannot hold (rv105 F2): the HTML reader leaves them out
// already, a .docx cannot hold them, a PDF's text may.

import DocumentLayout
import ReportModel

extension LaidOutDocument {
    /// The document with each paragraph's and each table cell's text ``StringProtocol/keepingWordCharacters``.
    var keepingWordCharacters: LaidOutDocument {
        var document = self
        document.blocks = blocks.map { block in
            switch block {
            case .paragraph(var paragraph):
                paragraph.text = paragraph.text.keepingWordCharacters
                return .paragraph(paragraph)
            case .table(let table):
                guard table.cells.contains(where: { $0.text.keepingWordCharacters != $0.text }) else { return block }
                let cells = table.cells.map { cell in
                    var cell = cell
                    cell.text = cell.text.keepingWordCharacters
                    if let without = cell.uncertain?.textWithout {
                        cell.uncertain?.textWithout = without.keepingWordCharacters
                    }
                    return cell
                }
                return .table(
                    GridTable(
                        rowCount: table.rowCount, columnCount: table.columnCount, cells: cells,
                        columnEdges: table.columnEdges))
            }
        }
        return document
    }
}
