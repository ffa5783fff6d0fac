import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel
import ReportParser
import Testing

/// A PDF's text may hold control characters (a font's broken character map) where a Word file cannot: the parser
/// leaves them out of a laid-out document's paragraphs and cells as it does a text file's (rv105 F2;
/// `WordCharacterRoundTripTests` has the text file and the round trip through the Word export).
@Suite struct WordCharacterReadingTests {
    @Test func aLaidOutDocumentIsReadWithoutTheCharactersAWordFileCannotHold() throws {
        let document = try DocumentReaders.read(Array(try FixtureDocuments.data("qingshi-2024", "pdf")), as: .pdf)
        var noisy = document
        noisy.blocks = document.blocks.map { block in
            switch block {
            case .paragraph(var paragraph):
                paragraph.text += "\u{1}\u{FFFE}"
                return .paragraph(paragraph)
            case .table(let table):
                let cells = table.cells.map { cell in
                    var cell = cell
                    cell.text = "\u{1B}" + cell.text + "\u{C}"
                    return cell
                }
                return .table(
                    GridTable(
                        rowCount: table.rowCount, columnCount: table.columnCount, cells: cells,
                        columnEdges: table.columnEdges))
            }
        }
        #expect(noisy != document)
        #expect(!document.tables.isEmpty)
        let expected = try ReportParser.parse(document: document).report
        #expect(try ReportParser.parse(document: noisy).report == expected)
    }
}
