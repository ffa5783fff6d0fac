import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// White text in a cell that a Word table style (`w:tblStyle`) shades dark: Word shows it, and it had been read as
/// white on the white page and left out, so that the cell's `100` and a white `9` beside it read `100` where Word
/// shows `1009`. The style's shading is read; where a conditional format of the style (the header row, banded rows)
/// may shade the cell, the reader cannot tell, and the cell is missing with a note.
@Suite struct TableStyleShadingTests {
    typealias F = DocxFixture

    static let columns = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]

    /// Table 3's header rows and row 一、 (100…106), its 自然人 cell `100` followed by a white `9`, in a table of
    /// style `style` (none when `nil`), with the table properties `tableProperties` besides.
    static func word(style: String?, tableProperties: String = "") throws -> [UInt8] {
        let header1 =
            F.tc("申请人情况", merge: "restart") + F.tc("自然人", merge: "restart") + F.tc("法人或其他组织", span: 5)
            + F.tc("总计", merge: "restart")
        let header2 =
            F.tc("", merge: "continue") + F.tc("", merge: "continue") + columns.map { F.tc($0) }.joined()
            + F.tc("", merge: "continue")
        let white = "<w:r><w:rPr><w:color w:val=\"FFFFFF\"/></w:rPr><w:t>9</w:t></w:r>"
        let natural = "<w:tc><w:tcPr/><w:p><w:r><w:t>100</w:t></w:r>\(white)</w:p></w:tc>"
        let row = F.tc("一、本年新收政府信息公开申请数量") + natural + (101...106).map { F.tc(String($0)) }.joined()
        let properties = (style.map { "<w:tblStyle w:val=\"\($0)\"/>" } ?? "") + tableProperties
        let table =
            "<w:tbl><w:tblPr>\(properties)</w:tblPr><w:tblGrid>"
            + String(repeating: "<w:gridCol w:w=\"900\"/>", count: 9) + "</w:tblGrid>"
            + F.tr(header1) + F.tr(header2) + F.tr(row) + "</w:tbl>"
        return try F.make(
            body: F.p("三、收到和处理政府信息公开申请情况") + table + F.p("四、政府信息公开行政复议、行政诉讼情况"),
            styles: styles)
    }

    /// `Dark` shades every cell dark blue; `DarkBased` is based on it; `Banded` shades only its header row and
    /// banded rows (conditional formats); `Plain` (as Word's 网格型) shades nothing.
    static let styles = """
        <w:style w:type="table" w:styleId="Dark"><w:name w:val="Dark"/><w:tblPr/>\
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr></w:style>\
        <w:style w:type="table" w:styleId="DarkBased"><w:basedOn w:val="Dark"/></w:style>\
        <w:style w:type="table" w:styleId="Banded"><w:name w:val="Banded"/><w:tblPr/>\
        <w:tblStylePr w:type="firstRow"><w:rPr><w:color w:val="FFFFFF"/></w:rPr>\
        <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr></w:tblStylePr>\
        <w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="2E74B5"/></w:tcPr>\
        </w:tblStylePr></w:style>\
        <w:style w:type="table" w:styleId="Plain"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders>\
        <w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
        """

    static func received(_ data: [UInt8]) throws -> (cells: [String?], result: ParseResult) {
        let result = try ReportParser.parse(data)
        let table = try #require(result.report.table(number: 3))
        let row = try #require(table.rows.first { $0.key == "received" })
        return (row.cells.map(\.text), result)
    }

    @Test(arguments: ["Dark", "DarkBased"])
    func whiteTextOnAStylesDarkCellIsRead(style: String) throws {
        let (cells, result) = try Self.received(try Self.word(style: style))
        #expect(cells == ["1009"] + (101...106).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .cellTextUncertain })
    }

    /// A table's own `w:tblPr/w:shd` lies behind its cells too.
    @Test func whiteTextOnATablesOwnDarkShadingIsRead() throws {
        let shading = "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"000080\"/>"
        let (cells, _) = try Self.received(try Self.word(style: "Plain", tableProperties: shading))
        #expect(cells.first == "1009")
    }

    @Test func whiteTextWhereAConditionalFormatMayShadeTheCellIsMissingWithANote() throws {
        let (cells, result) = try Self.received(try Self.word(style: "Banded"))
        #expect(cells == [nil] + (101...106).map { String($0) })
        let note = try #require(result.diagnostics.first { $0.code == .cellTextUncertain })
        #expect(note.subject?.row == "received" && note.subject?.column == "natural-person")
    }

    /// Without shading, white text is white on the white page, and left out as before.
    @Test(arguments: [nil, "Plain", "Missing"])
    func whiteTextOnAnUnshadedTableIsLeftOut(style: String?) throws {
        let (cells, result) = try Self.received(try Self.word(style: style))
        #expect(cells == (100...106).map { String($0) })
        #expect(!result.diagnostics.contains { $0.code == .cellTextUncertain })
    }
}
