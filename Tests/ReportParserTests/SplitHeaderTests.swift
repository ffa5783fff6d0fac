import DocumentLayout
import DocumentReaders
import ReportModel
import ReportParser
import Testing

/// Table 3 set low on a page, as the template's layout often puts it: LibreOffice breaks its header rows across the
/// page (`自然` at the foot of one page, `人` and the other columns' headers at the head of the next). Its columns
/// are read by their headers, also when a clerk swapped two of them (`Scripts/tools/make_column_fixtures.py` makes
/// the files; row r of the table holds 10r+1 … 10r+7 in the format's columns). Where the headers put the columns
/// out of the format's order and one header cannot be read, that column's cells are missing, never placed by
/// position.
@Suite struct SplitHeaderTests {
    static func read(_ name: String) throws -> LaidOutDocument {
        try DocumentReaders.read(Array(FixtureDocuments.data(name, "pdf")))
    }

    /// The document with the text of the table cell `from` replaced.
    static func replacing(_ from: String, with text: String, in document: LaidOutDocument) -> LaidOutDocument {
        var changed = document
        changed.blocks = document.blocks.map { block in
            guard let grid = block.table else { return block }
            let cells = grid.cells.map { cell in
                var cell = cell
                if cell.text == from { cell.text = text }
                return cell
            }
            return .table(
                GridTable(
                    rowCount: grid.rowCount, columnCount: grid.columnCount, cells: cells, columnEdges: grid.columnEdges)
            )
        }
        return changed
    }

    /// Each cell of table 3 as (row key, column key, text), and what the fixture holds there.
    static func cells(of report: Report) throws -> [(row: String, column: String, text: String?, expected: String)] {
        let table = try #require(report.table(number: 3))
        let template = try #require(table.templateDefinition)
        var result: [(row: String, column: String, text: String?, expected: String)] = []
        for (index, row) in template.dataRows.enumerated() {
            for (column, definition) in template.columns(of: row).enumerated() {
                let cell = table.cell(row: row.key, column: definition.key)
                result.append((row.key, definition.key, cell?.text, String(10 * index + column + 1)))
            }
        }
        return result
    }

    @Test(arguments: ["split-header", "split-header-swapped"])
    func aHeaderBrokenAcrossPagesPlacesEveryColumn(name: String) async throws {
        let document = try Self.read(name)
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(document: document) }
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells { #expect(cell.text == cell.expected, "\(cell.row) \(cell.column)") }
        #expect(!result.diagnostics.contains { $0.subject?.table == 3 }, "\(result.diagnostics)")
    }

    /// The 自然人 header unreadable: in the format's order the columns are read by position as before; out of it
    /// (商业企业 and 科研机构 swapped) the columns the headers name are read by them, and the 自然人 column is
    /// missing with a diagnostic.
    @Test func aColumnWhoseHeaderCannotBeReadIsMissingWhenTheHeadersAreOutOfOrder() async throws {
        let ordered = Self.replacing("人", with: "甲", in: try Self.read("split-header"))
        let inOrder = try await FixtureDocuments.offPool { try ReportParser.parse(document: ordered) }
        for cell in try Self.cells(of: inOrder.report) { #expect(cell.text == cell.expected) }
        #expect(!inOrder.diagnostics.contains { $0.subject?.table == 3 })

        let swapped = Self.replacing("人", with: "甲", in: try Self.read("split-header-swapped"))
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(document: swapped) }
        for cell in try Self.cells(of: result.report) {
            #expect(cell.text == (cell.column == "natural-person" ? nil : cell.expected), "\(cell.row) \(cell.column)")
        }
        let diagnostics = result.diagnostics.filter { $0.subject?.table == 3 }
        #expect(diagnostics.map(\.code) == [.columnsOutOfOrder])
        #expect(diagnostics.first?.subject?.column == "natural-person")
        #expect(diagnostics.first?.message.contains("表三的栏目顺序与规定格式不同") == true)
        #expect(diagnostics.first?.message.contains("「自然人」栏") == true)
    }
}
