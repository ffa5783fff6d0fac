import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel
import ReportParser
import Testing

/// Table 2's fee column whose unit is stated at the end of the table's title line (`表二 主动公开政府信息情况（单位：元）`,
/// the unit set right by a tab, or at the end of a piece's caption: `第二十条第（八）项　单位：元`) instead of in its
/// header (`本年收费金额`, no unit): the figure (110.10 in the `unit-title` fixtures, made by
/// `Scripts/tools/make_unit_fixtures.py`) was read as 110.10 万元, the title taken for a line that states nothing. It is
/// missing now, with the note of a unit stated above the table, in every format; a title in 万元 keeps it.
@Suite struct UnitInTitleTests {
    /// The fixtures and formats: the title with the unit in brackets, the title with the unit set right by a tab
    /// (LibreOffice's PDF prints it as a gap), and the CMS page's caption of the fee's piece ending with the unit.
    static let files = [
        ("unit-title", "docx"), ("unit-title", "pdf"), ("unit-title", "txt"), ("unit-title", "word.html"),
        ("unit-title", "cms.html"), ("unit-title-tab", "docx"), ("unit-title-tab", "pdf"),
    ]

    /// The line that states the unit, as each fixture reads it (`表二 主动公开政府信息情况（单位：元）` in the others).
    static let lines = [
        "unit-title.cms.html": "第二十条第（八）项　　单位：元", "unit-title-tab.docx": "表二 主动公开政府信息情况\t单位：元",
        "unit-title-tab.pdf": "表二 主动公开政府信息情况 单位：元",
    ]

    /// The fixture `name` in a format, its text edited by `edit` as ``UnitAboveTableTests/parse(_:edit:)`` does.
    static func parse(
        _ name: String, _ format: String, edit: @escaping @Sendable (String) -> String = { $0 }
    ) async throws -> ParseResult {
        try await UnitAboveTableTests.parse(format, from: name, edit: edit)
    }

    /// The unit at the end of the title: the fee is missing with the note naming the line and both units, the checks
    /// say so as the report's, the counts read as before, table 2 is one table (the CMS page's caption with its unit
    /// between two pieces no longer makes the fee's piece a second table 2), and the line stays in the report.
    @Test(arguments: files)
    func aFeeUnderATitleInYuanIsNotReadAsWanYuan(name: String, format: String) async throws {
        let result = try await Self.parse(name, format)
        #expect(result.report.tables.count == 3)
        let line = Self.lines[name + "." + format] ?? "表二 主动公开政府信息情况（单位：元）"
        try UnitAboveTableTests.expectFeeWithheld(result, statedAbove: line.trimmingLayoutSpace())
        let section = try #require(result.report.sections.first { $0.heading.hasSuffix("主动公开政府信息情况") })
        #expect(section.allParagraphs.map(\.text).contains(line))
    }

    /// Other units and other ways to write them at the end of the title: 千元, `（元）` and `金额单位：元` withhold the
    /// figure, 万元 (in brackets or after a space) reads it, and so does a title that states no unit, or ends with a
    /// figure's unit (`（2024年）`).
    @Test(arguments: [
        ("（单位：千元）", false), ("（元）", false), ("　　金额单位：元", false), ("单位：元", false),
        ("（单位：万元）", true), ("　单位：万元", true), ("（2024年）", true), ("", true),
    ])
    func theStatedUnitDecides(ending: String, read: Bool) async throws {
        for format in ["docx", "pdf", "txt", "word.html"] {
            let result = try await Self.parse("unit-title", format) { text in
                text.replacingOccurrences(of: "主动公开政府信息情况（单位：元）", with: "主动公开政府信息情况" + ending)
            }
            let fee = try #require(result.report.table(number: 2)?.cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == (read ? Decimal(string: "110.10") : nil), "\(format) \(ending)")
            #expect(result.diagnostics.contains { $0.code == .cellNumberUnread } == !read, "\(format) \(ending)")
        }
    }

    /// The title typed as the first row of the table, one cell over its width (`表二 主动公开政府信息情况（单位：元）`),
    /// states the unit as a header does: the fee is missing with the note naming it; `（单位：万元）` there reads it.
    @Test(arguments: [("（单位：元）", false), ("（单位：万元）", true)])
    func aTitleRowOfTheTableStatesItsUnit(ending: String, read: Bool) async throws {
        for format in ["docx", "pdf"] {
            var document = try DocumentReaders.read(Array(FixtureDocuments.data("unit-above", format)))
            let index = try #require(
                document.blocks.firstIndex { $0.table?.cells.contains { $0.text.contains("收费") } == true })
            let grid = try #require(document.blocks[index].table)
            let title = GridCell(row: 0, column: 0, columnSpan: grid.columnCount, text: "表二 主动公开政府信息情况" + ending)
            let cells = grid.cells.map { cell -> GridCell in
                var moved = cell
                moved.row += 1
                return moved
            }
            document.blocks[index] = .table(
                GridTable(rowCount: grid.rowCount + 1, columnCount: grid.columnCount, cells: [title] + cells))
            document.blocks.removeAll { $0.paragraph?.text == "单位：元" }
            let edited = document
            let result = try await FixtureDocuments.offPool { try ReportParser.parse(document: edited) }
            let fee = try #require(result.report.table(number: 2)?.cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == (read ? Decimal(string: "110.10") : nil), "\(format) \(ending)")
            let notes = result.diagnostics.filter { $0.code == .cellNumberUnread }
            #expect(notes.map(\.message).allSatisfy { $0.contains("表头「表二 主动公开政府信息情况（单位：元）」的单位是“元”") })
            #expect(notes.count == (read ? 0 : 1), "\(format) \(ending)")
        }
    }

    /// A title in 元 over a sentence that stands right above the table states nothing for it: the sentence ends the
    /// search for the table's unit, as it does for a line of its own.
    @Test func aTitleAboveASentenceIsNotTheTables() async throws {
        for format in ["docx", "txt"] {
            let result = try await Self.parse("unit-title", format) {
                $0.replacingOccurrences(
                    of: "主动公开政府信息情况（单位：元）", with: "主动公开政府信息情况（单位：元）\n本表为本机关主动公开情况。")
            }
            let fee = try #require(result.report.table(number: 2)?.cell(row: "fees", column: "fee-amount"))
            #expect(fee.value == Decimal(string: "110.10"), "\(format)")
        }
    }
}
