import DocumentLayout
import DocumentReaders
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Table 3 drawn without rules, whose rows a PDF gives as lines of text and which is read as a text report's table:
/// when its header lines name the columns in another order than the format's (a clerk swapped 商业企业 and 科研机构
/// and kept each header over its numbers), the numbers are not placed by their order in the row, which would put
/// them in the wrong columns: they are missing, with one `columns-out-of-order` for the table, and the rows are not
/// said to be missing from the text. The same holds for a plain-text report's table.
/// (`Scripts/tools/make_column_fixtures.py` makes the PDFs; row r of the table holds 10r+1 … 10r+7 in the format's
/// columns.)
@Suite struct BorderlessColumnOrderTests {
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

    static func parse(_ name: String) async throws -> ParseResult {
        let document = try DocumentReaders.read(Array(FixtureDocuments.data(name, "pdf")))
        return try await FixtureDocuments.offPool { try ReportParser.parse(document: document) }
    }

    /// In the format's order the table is read as before: every cell read is the one the file holds (four rows whose
    /// long labels wrap are missing, with a reading problem), and no column is said to be out of order.
    @Test func aBorderlessTableInTheFormatsOrderIsReadByPosition() async throws {
        let result = try await Self.parse("borderless")
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells where cell.text != nil { #expect(cell.text == cell.expected, "\(cell.row) \(cell.column)") }
        #expect(cells.count { $0.text == $0.expected } >= 140)
        #expect(!result.diagnostics.contains { $0.code == .columnsOutOfOrder })
    }

    /// Swapped: no cell holds another column's number; every cell of a row the text placed is missing with one
    /// diagnostic for the table naming the two columns; only the rows the text lacks (as in the format's order) are
    /// said not to be found.
    @Test func aBorderlessTableWithSwappedColumnsGivesNoWrongNumber() async throws {
        let result = try await Self.parse("borderless-swapped")
        let cells = try Self.cells(of: result.report)
        #expect(cells.count == 175)
        for cell in cells { #expect(cell.text == nil || cell.text == cell.expected, "\(cell.row) \(cell.column)") }
        let outOfOrder = result.diagnostics.filter { $0.code == .columnsOutOfOrder }
        #expect(outOfOrder.count == 1)
        let diagnostic = try #require(outOfOrder.first)
        #expect(diagnostic.subject?.table == 3 && diagnostic.subject?.column == nil)
        #expect(diagnostic.severity == .warning && diagnostic.code.isReadingProblem)
        #expect(diagnostic.message.hasPrefix("表三的栏目顺序与规定格式不同（表头中「科研」在「商业」之前），从文本中无法确定各数字属于哪一栏："))
        let ordered = try await Self.parse("borderless")
        let missingRows = { (result: ParseResult) in
            result.diagnostics.filter { $0.code == .rowsMissing }.map(\.message)
        }
        #expect(missingRows(result) == missingRows(ordered))
    }

    /// A PDF table drawn without rules as its text lines: the header lines put 科研 left of 商业.
    @Test func headerLinesOutOfTheFormatsOrderLeaveTheRowsMissing() throws {
        var lines = BorderlessPDFTableTests.lines
        let header = try #require(lines.firstIndex(of: "自然 商业 科研 社会 法律"))
        lines[header] = "自然 科研 商业 社会 法律"
        lines[header + 2] = "机构 企业 组织 机构"
        let blocks = lines.map { LayoutBlock.paragraph(LayoutParagraph($0, page: 1)) }
        let result = try ReportParser.parse(document: LaidOutDocument(format: .pdf, blocks: blocks))
        let table3 = try #require(result.report.table(number: 3))
        #expect(table3.rows.allSatisfy { $0.cells.allSatisfy { $0.text == nil } })
        let outOfOrder = result.diagnostics.filter { $0.code == .columnsOutOfOrder }
        #expect(outOfOrder.count == 1 && outOfOrder.first?.subject?.column == nil)
        #expect(outOfOrder.first?.message.contains("4行共28个单元格未读取") == true, "\(outOfOrder)")

        // In the format's order the same lines are read by position
        let ordered = try BorderlessPDFTableTests.report(.pdf).table(number: 3)
        #expect(
            ordered?.rows.first { $0.key == "received" }?.cells.map(\.text) == ["100", "1", "2", "3", "4", "5", "6"])
    }

    /// A plain-text report (tab-separated) whose header names 科研机构 before 商业企业: the same.
    @Test func aTextReportsHeaderOutOfTheFormatsOrderLeavesTheRowsMissing() throws {
        let report = ReportGenerator(numbers: .distinct).make(seed: 5)
        let text = LayoutRenderer(layout: .tabRows, seed: 5).render(report)
        let before = try ReportParser.parse(text: text)
        #expect(!before.diagnostics.contains { $0.code == .columnsOutOfOrder })
        #expect(try #require(before.report.table(number: 3)).rows.contains { $0.cells.contains { $0.text != nil } })

        let swapped = try #require(text.swappingTabbedHeaderCells(startingWith: "商业", and: "科研"))
        let result = try ReportParser.parse(text: swapped)
        let table3 = try #require(result.report.table(number: 3))
        #expect(table3.rows.allSatisfy { $0.cells.allSatisfy { $0.text == nil } })
        let outOfOrder = result.diagnostics.filter { $0.code == .columnsOutOfOrder }
        #expect(outOfOrder.count == 1 && outOfOrder.first?.subject?.column == nil)
        // The other tables are read as before
        #expect(result.report.table(number: 2) == before.report.table(number: 2))
        #expect(result.report.table(number: 4) == before.report.table(number: 4))
    }
}
