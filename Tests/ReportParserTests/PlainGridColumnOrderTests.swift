import ReportModel
import ReportParser
import Testing

/// Tables 3 and 4 of a web page or a Word file typed as a plain grid: every row has a cell for every column, a merged header cell
/// is its text in its first place and empty cells after it (no `colspan`, no `rowspan`). The header rows are header
/// rows (their empty cells made them data rows: `商业企业 | … | 其他 |` was read as the row 3.其他, and hid the
/// headers above the numbers), and a group label heads the empty cells after it that stand over the group's
/// columns. So the numbers are placed by the headers above them, in whatever order the clerk put the columns;
/// before, they were placed by their order in the row, and swapped columns gave wrong numbers with no diagnostic.
/// (`Scripts/tools/make_order_fixtures.py` makes the files from the qingshi-2024 fixture.)
@Suite struct PlainGridColumnOrderTests {
    /// Each cell of tables 3 and 4 as `table row column`, with its text (`nil` when missing).
    static func cells(_ report: Report) throws -> [String: String?] {
        var cells: [String: String?] = [:]
        for number in [3, 4] {
            let table = try #require(report.table(number: number))
            for (row, cell) in table.cells { cells["\(number) \(row.key) \(cell.column)"] = cell.text }
        }
        return cells
    }

    @Test(arguments: [
        "plain-grid.html", "plain-grid-swapped.html", "plain-grid-legal-first.html", "plain-grid-t4-swapped.html",
        "plain-grid.docx", "plain-grid-swapped.docx",
    ])
    func aPlainGridIsReadByItsHeaders(file: String) async throws {
        let name = String(file.prefix { $0 != "." })
        let ext = String(file.drop { $0 != "." }.dropFirst())
        let reference = try Self.cells(try await FixtureDocuments.parse("qingshi-2024", "docx").report)
        #expect(reference.count == 175 + 15)
        #expect(reference.values.allSatisfy { $0 != nil })
        let result = try await FixtureDocuments.parse(name, ext)
        let cells = try Self.cells(result.report)
        for (key, text) in reference { #expect(cells[key] == text, "\(file): \(key)") }
        // No row taken for another (`3.其他` read twice), no header row taken for an unknown row, nothing missing.
        let problems = result.diagnostics.filter { [3, 4].contains($0.subject?.table) }
        #expect(problems.isEmpty, "\(problems.map(\.message))")
    }
}
