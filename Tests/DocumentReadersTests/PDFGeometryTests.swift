import DocumentLayout
import Foundation
import PDFGeometry
import Testing

/// The PDF geometry step on pages built by hand: no MuPDF, no file.
@Suite struct PDFGeometryTests {
    static func onlyTable(_ pages: [PageContent]) throws -> GridTable {
        let document = try PDFLayout.document(from: pages)
        let tables = document.tables
        try #require(tables.count == 1)
        return tables[0]
    }

    static func texts(_ table: GridTable) -> [[String]] {
        (0..<table.rowCount).map { row in table.cells(coveringRow: row).map(\.text) }
    }

    @Test func ruledGridGivesOneCellPerBox() throws {
        var page = SyntheticPage()
        page.grid(xs: [100, 200, 260, 320], ys: [100, 120, 140])
        page.text("项目", inColumn: 100, row: 100)
        page.text("甲", inColumn: 200, row: 100)
        page.text("乙", inColumn: 260, row: 100)
        page.text("规章", inColumn: 100, row: 120)
        page.text("3", inColumn: 200, row: 120)
        page.text("15", inColumn: 260, row: 120)
        let table = try Self.onlyTable([page.content])
        #expect(table.rowCount == 2 && table.columnCount == 3)
        #expect(Self.texts(table) == [["项目", "甲", "乙"], ["规章", "3", "15"]])
        #expect(table.columnEdges == [100, 200, 260, 320])
        #expect(table.cells.first?.box == LayoutBox(page: 1, x0: 100, y0: 100, x1: 200, y1: 120))
    }

    /// A number wrapped in a narrow cell is one number; numbers typed on lines of their own in a cell with room to
    /// spare are two, and so no number: joined, `9487` and `13` would read as 948713.
    @Test func onlyANumberThatFillsItsCellIsJoinedToTheNextLine() throws {
        var page = SyntheticPage()
        page.grid(xs: [100, 200, 230, 330], ys: [100, 130])
        page.text("行政许可", inColumn: 100, row: 100)
        // 30 pt wide: four 6 pt digits leave no room for a fifth with the padding
        page.text("1234", x: 202, baseline: 110, size: 6)
        page.text("56", x: 202, baseline: 118, size: 6)
        // 100 pt wide: the same four digits end far short of its edge
        page.text("9487", x: 232, baseline: 110, size: 6)
        page.text("13", x: 232, baseline: 118, size: 6)
        let table = try Self.onlyTable([page.content])
        #expect(Self.texts(table) == [["行政许可", "123456", "9487\n13"]])
    }

    /// How much room a wrap leaves is judged by the table's own cell padding, as its flush-left labels show it: a
    /// LibreOffice table's 0.1 cm (2.8 pt) leaves `350` in a 32 pt column room for another digit, so `350` / `13`
    /// there is two numbers (no number), where Word's 0.19 cm would have left none.
    @Test func theTablesOwnPaddingDecidesWhatFillsACell() throws {
        var page = SyntheticPage()
        page.grid(xs: [100, 200, 230, 262], ys: [100, 130])
        page.text("行政许可", x: 102.8, baseline: 110)
        page.text("1234", x: 202.8, baseline: 110, size: 6)
        page.text("56", x: 202.8, baseline: 118, size: 6)
        page.text("350", x: 232.8, baseline: 110, size: 6)
        page.text("13", x: 232.8, baseline: 118, size: 6)
        let table = try Self.onlyTable([page.content])
        #expect(Self.texts(table) == [["行政许可", "123456", "350\n13"]])
    }

    @Test func mergedCellsComeFromMissingRules() throws {
        // A 3-row label on the left: its inner horizontal rules start at x = 150 only.
        var page = SyntheticPage()
        page.segments = [
            .horizontal(y: 100, from: 100, to: 300), .horizontal(y: 120, from: 150, to: 300),
            .horizontal(y: 140, from: 150, to: 300), .horizontal(y: 160, from: 100, to: 300),
            .vertical(x: 100, from: 100, to: 160), .vertical(x: 150, from: 100, to: 160),
            .vertical(x: 300, from: 100, to: 160),
        ]
        page.text("三", inColumn: 100, row: 100)
        page.text("、", inColumn: 100, row: 112)
        page.text("办", inColumn: 100, row: 124)
        for (index, label) in ["（一）", "（二）", "（三）"].enumerated() {
            page.text(label, inColumn: 150, row: 100 + Double(index) * 20)
        }
        let table = try Self.onlyTable([page.content])
        let label = try #require(table.cell(atRow: 0, column: 0))
        #expect(label.rowSpan == 3 && label.columnSpan == 1)
        // A label stacked one glyph per line reads top to bottom.
        #expect(label.text.replacingOccurrences(of: "\n", with: "") == "三、办")
        #expect(table.cells(coveringRow: 2).map(\.text) == [label.text, "（三）"])
    }

    @Test func thinFillsAreRulesAndBackgroundFillsAreNot() throws {
        var page = SyntheticPage()
        // The rules drawn as 0.5 pt filled rectangles; a white background box behind the whole table and one
        // behind a paragraph below it.
        page.segments.append(PageSegment(.fill, x0: 90, y0: 90, x1: 400, y1: 300))
        for y in [100.0, 120, 140] {
            page.segments.append(PageSegment(.fill, x0: 100, y0: y - 0.25, x1: 300, y1: y + 0.25))
        }
        for x in [100.0, 200, 300] {
            page.segments.append(PageSegment(.fill, x0: x - 0.25, y0: 100, x1: x + 0.25, y1: 140))
        }
        page.segments.append(PageSegment(.fill, x0: 90, y0: 200, x1: 500, y1: 260))
        page.text("行政许可", inColumn: 100, row: 100)
        page.text("550", inColumn: 200, row: 100)
        page.text("行政处罚", inColumn: 100, row: 120)
        page.text("4119", inColumn: 200, row: 120)
        page.text("下面是正文，不是表格。", x: 100, baseline: 230)
        let document = try PDFLayout.document(from: [page.content])
        #expect(document.tables.count == 1)
        #expect(document.tables.first.map(Self.texts) == [["行政许可", "550"], ["行政处罚", "4119"]])
        #expect(document.paragraphs.map(\.text) == ["下面是正文，不是表格。"])
    }

    @Test func tableCutByAPageIsClosedAndContinued() throws {
        // Page 1 ends inside the table without a rule under its last row; page 2 goes on with the same columns and
        // without a rule above its first row. The label column's cell is open at the break (empty on page 2).
        var first = SyntheticPage(number: 1)
        first.segments = [
            .horizontal(y: 700, from: 100, to: 300), .horizontal(y: 720, from: 150, to: 300),
            .vertical(x: 100, from: 700, to: 740), .vertical(x: 150, from: 700, to: 740),
            .vertical(x: 250, from: 700, to: 740), .vertical(x: 300, from: 700, to: 740),
        ]
        first.text("三、", inColumn: 100, row: 700)
        first.text("1.甲", inColumn: 150, row: 700)
        first.text("7", inColumn: 250, row: 700)
        first.text("2.乙", inColumn: 150, row: 720)
        first.text("8", inColumn: 250, row: 720)
        var second = SyntheticPage(number: 2)
        second.segments = [
            .horizontal(y: 120, from: 150, to: 300), .horizontal(y: 140, from: 100, to: 300),
            .vertical(x: 100, from: 100, to: 140), .vertical(x: 150, from: 100, to: 140),
            .vertical(x: 250, from: 100, to: 140), .vertical(x: 300, from: 100, to: 140),
        ]
        second.text("3.丙", inColumn: 150, row: 100)
        second.text("9", inColumn: 250, row: 100)
        second.text("4.丁", inColumn: 150, row: 120)
        second.text("10", inColumn: 250, row: 120)
        let table = try Self.onlyTable([first.content, second.content])
        #expect(table.rowCount == 4)
        let label = try #require(table.cell(atRow: 0, column: 0))
        #expect(label.text == "三、" && label.rowSpan == 4)
        #expect(
            (0..<4).map { table.cells(coveringRow: $0).dropFirst().map(\.text) } == [
                ["1.甲", "7"], ["2.乙", "8"], ["3.丙", "9"], ["4.丁", "10"],
            ])
    }

    @Test func rowSplitAcrossPagesIsJoined() throws {
        // The producer broke the row `4.保护第三方合法权益 | 3 | 0` after `4.保护第`: the numbers stay on page 1,
        // the rest of the label opens page 2 in a row with empty number cells.
        var first = SyntheticPage(number: 1)
        first.grid(xs: [100, 220, 260, 300], ys: [700, 720, 740])
        first.text("3.危及", inColumn: 100, row: 700)
        first.text("1", inColumn: 220, row: 700)
        first.text("2", inColumn: 260, row: 700)
        first.text("4.保护第", inColumn: 100, row: 720)
        first.text("3", inColumn: 220, row: 720)
        first.text("0", inColumn: 260, row: 720)
        var second = SyntheticPage(number: 2)
        second.grid(xs: [100, 220, 260, 300], ys: [100, 120, 140])
        second.text("三方合法权益", inColumn: 100, row: 100)
        second.text("5.属于", inColumn: 100, row: 120)
        second.text("4", inColumn: 220, row: 120)
        second.text("6", inColumn: 260, row: 120)
        let table = try Self.onlyTable([first.content, second.content])
        #expect(Self.texts(table) == [["3.危及", "1", "2"], ["4.保护第\n三方合法权益", "3", "0"], ["5.属于", "4", "6"]])
    }

    @Test func tablesWithOtherColumnsAreNotJoined() throws {
        var first = SyntheticPage(number: 1)
        first.grid(xs: [100, 200, 300], ys: [700, 720, 740])
        first.text("甲", inColumn: 100, row: 700)
        var second = SyntheticPage(number: 2)
        second.grid(xs: [100, 150, 250, 350], ys: [100, 120, 140])
        second.text("乙", inColumn: 100, row: 100)
        let document = try PDFLayout.document(from: [first.content, second.content])
        #expect(document.tables.count == 2)
    }

    @Test func proseReadsInParagraphsWithoutPageFurniture() throws {
        var first = SyntheticPage(number: 1)
        first.text("某某乡2024年政府信息公开工作年度报告", x: 150, baseline: 100, size: 14)
        first.text("一、总体情况", x: 120, baseline: 140)
        // A paragraph with a first-line indent that wraps onto a second full line and a short third line.
        first.text("二〇二四年，本乡认真贯彻落实条例要求，扎实推进", x: 120, baseline: 160)
        first.text("政务公开工作，主动公开政府信息一百二十条，依申请公", x: 100, baseline: 175)
        first.text("开办理完毕。", x: 100, baseline: 190)
        first.text("（一）主动公开情况", x: 120, baseline: 205)
        first.text("-1-", x: 290, baseline: 810)
        first.text("某某乡人民政府", x: 250, baseline: 40)
        var second = SyntheticPage(number: 2)
        second.text("某某乡人民政府", x: 250, baseline: 40)
        second.text("二、主动公开政府信息情况", x: 120, baseline: 100)
        second.text("— 2 —", x: 290, baseline: 810)
        var third = SyntheticPage(number: 3)
        third.text("某某乡人民政府", x: 250, baseline: 40)
        third.text("三、收到和处理政府信息公开申请情况", x: 120, baseline: 100)
        third.text("第3页", x: 290, baseline: 810)
        let document = try PDFLayout.document(from: [first.content, second.content, third.content])
        #expect(
            document.paragraphs.map(\.text) == [
                "某某乡2024年政府信息公开工作年度报告", "一、总体情况",
                "二〇二四年，本乡认真贯彻落实条例要求，扎实推进政务公开工作，主动公开政府信息一百二十条，依申请公开办理完毕。",
                "（一）主动公开情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            ])
        #expect(document.paragraphs.map(\.page) == [1, 1, 1, 1, 2, 3])
    }

    @Test func aPageOfImagesIsAScan() {
        var scan = SyntheticPage()
        scan.imageCount = 1
        #expect(throws: DocumentReadError.scanned(pages: 2)) {
            try PDFLayout.document(from: [scan.content, scan.content])
        }
        #expect(throws: DocumentReadError.noText(format: .pdf)) {
            try PDFLayout.document(from: [SyntheticPage().content])
        }
    }
}
