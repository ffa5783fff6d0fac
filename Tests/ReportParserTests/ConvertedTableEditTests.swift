import ReportModel
import ReportParser
import Testing

/// Table 3 as a clerk edited it, converted by LibreOffice (`Scripts/tools/make_reader_fixtures.py` makes the files
/// from the real template; row r of the table holds 10r+1 … 10r+7 in the format's columns). Review rr94 F8.
@Suite struct ConvertedTableEditTests {
    /// The key of （一）予以公开.
    static let disclosed = "disclosed"

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

    /// （一）予以公开 a cell short (its 24 deleted in Word), saved as a web page by LibreOffice: the export gives
    /// 三、本年度办理结果 one column too many, and every row under it stood a column right of the headers. The 21
    /// rows below are read as the .docx is; the short row's numbers stand between two headers each in the page
    /// and are missing, the warning naming them (22 rows were lost, 21 warnings of "1 cell of 7").
    @Test func aRowACellShortInAWebPageCostsOnlyThatRow() async throws {
        let result = try await FixtureDocuments.parse("short-row", "html")
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells {
            let expected = cell.row == Self.disclosed ? nil : cell.expected
            #expect(cell.text == expected, "\(cell.row) \(cell.column)")
        }
        let warnings = result.diagnostics.filter { $0.subject?.table == 3 }
        #expect(warnings.count == 1, "\(warnings.map(\.message))")
        let warning = try #require(warnings.first)
        #expect(warning.code == .rowIncomplete)
        #expect(warning.subject?.row == Self.disclosed)
        #expect(warning.message.contains("21、22、23、25、26、27"), "\(warning.message)")
    }

    /// Table 3 split in two before （四）1., its three header rows repeated on the second piece, printed to PDF by
    /// LibreOffice, which draws the copied label cells of that piece without their rules: each row is read with its
    /// own numbers, or is missing, never with another's. (The label column was one cell of 190 characters, and the
    /// nine rows （四）1. to （六）1. were lost.)
    @Test func aPDFWithTheHeaderRowsRepeatedReadsEveryRow() async throws {
        let result = try await FixtureDocuments.parse("header-repeated", "pdf")
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells {
            #expect(cell.text == cell.expected || cell.text == nil, "\(cell.row) \(cell.column): \(cell.text ?? "?")")
        }
        let missing = Set(cells.filter { $0.text == nil }.map(\.row))
        #expect(missing.isEmpty, "\(missing.sorted())")
        #expect(!result.diagnostics.contains { $0.code == .tableRowUnknown }, "\(result.diagnostics.map(\.message))")
    }

    /// （一）予以公开 a cell short, printed to PDF by LibreOffice across two pages, which draws the label column's edge
    /// 1.5 pt apart on them: （七）总计, on the second page, is read (it had been taken for 三、本年度办理结果, and its
    /// numbers kept as a paragraph); only the short row is missing.
    @Test func aRowACellShortInAPDFOfTwoPagesCostsOnlyThatRow() async throws {
        let result = try await FixtureDocuments.parse("drop-cell", "pdf")
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells {
            let expected = cell.row == Self.disclosed ? nil : cell.expected
            #expect(cell.text == expected, "\(cell.row) \(cell.column)")
        }
        let warnings = result.diagnostics.filter { $0.subject?.table == 3 }
        #expect(warnings.map(\.code) == [.rowIncomplete], "\(warnings.map(\.message))")
    }
}
