import DocumentLayout
import Foundation
import PDFGeometry
import ReportModel
import Testing

/// How the PDF geometry step reads text: spaces from gaps, raised footnote marks, where paragraphs break.
@Suite struct PDFTextTests {
    static func paragraphs(_ page: SyntheticPage) throws -> [String] {
        try PDFLayout.document(from: [page.content]).paragraphs.map(\.text)
    }

    @Test func columnsWithoutRulesAreSeparatedBySpaces() throws {
        // A row of table 2 printed at tab stops, no rules and no space characters: 规章  11  12  13.
        var page = SyntheticPage()
        page.text("规章", x: 100, baseline: 100)
        page.text("11", x: 200, baseline: 100, size: 10, advance: 5)
        page.text("12", x: 260, baseline: 100, size: 10, advance: 5)
        page.text("13", x: 320, baseline: 100, size: 10, advance: 5)
        #expect(try Self.paragraphs(page) == ["规章 11 12 13"])
    }

    @Test func numbersOfNarrowColumnsAreNeverJoined() throws {
        // 100 and 1 in neighbouring columns, 0.6 em apart: two numbers, never 1001.
        var page = SyntheticPage()
        page.text("100", x: 100, baseline: 100)
        page.text("1", x: 136, baseline: 100)
        #expect(try Self.paragraphs(page) == ["100 1"])
    }

    @Test func justifiedProseKeepsItsCharactersTogether() throws {
        // Justification spreads the characters of a line by a fraction of an em (0.3 em here).
        var page = SyntheticPage()
        page.text("本报告中使用数据统计期限为2024年", x: 100, baseline: 100, size: 10, advance: 13)
        #expect(try Self.paragraphs(page) == ["本报告中使用数据统计期限为2024年"])
    }

    @Test func rowsOfATableWithoutRulesAreParagraphsOfTheirOwn() throws {
        // Two full-width rows of table 3 without rules: not one paragraph, and not one number.
        var page = SyntheticPage()
        page.text("一、本年新收政府信息公开申请数量", x: 100, baseline: 100)
        page.text("100", x: 400, baseline: 100)
        page.text("6", x: 480, baseline: 100)
        page.text("二、上年结转政府信息公开申请数量", x: 100, baseline: 115)
        page.text("7", x: 400, baseline: 115)
        page.text("13", x: 470, baseline: 115)
        #expect(
            try Self.paragraphs(page) == ["一、本年新收政府信息公开申请数量 100 6", "二、上年结转政府信息公开申请数量 7 13"])
    }

    @Test func raisedSmallDigitsAfterANumberAreAFootnoteMark() throws {
        // 2.35 with a raised footnote mark 1 in a cell: 2.35¹, a text whose number is missing, never 2.351.
        var page = SyntheticPage()
        page.grid(xs: [100, 200, 300], ys: [100, 120, 140])
        page.text("行政事业性收费", inColumn: 100, row: 100, size: 5)
        page.text("2.35", x: 202, baseline: 112, size: 10, advance: 5)
        page.text("1", x: 222, baseline: 108, size: 6)
        page.text("规章", inColumn: 100, row: 120)
        page.text("100", x: 202, baseline: 132, size: 10, advance: 5)
        let table = try PDFGeometryTests.onlyTable([page.content])
        let cells = PDFGeometryTests.texts(table)
        #expect(cells == [["行政事业性收费", "2.35¹"], ["规章", "100"]])
        #expect(CellText.value(cells[0][1]) == nil)
        #expect(CellText.value(cells[1][1]) == 100)
    }

    @Test func raisedMarkInProseIsKeptAsWritten() throws {
        var page = SyntheticPage()
        page.text("共收到申请100件", x: 100, baseline: 100)
        page.text("2", x: 190, baseline: 96, size: 6)
        #expect(try Self.paragraphs(page) == ["共收到申请100件²"])
    }

    @Test func smallTextOnTheBaselineIsNotRaised() throws {
        var page = SyntheticPage()
        page.text("金额2.35", x: 100, baseline: 100)
        page.text("万元", x: 160, baseline: 100, size: 6)
        #expect(try Self.paragraphs(page) == ["金额2.35万元"])
    }

    @Test func aHeadingAfterASentenceEndStartsAParagraph() throws {
        // No first-line indents (LibreOffice's default): the heading's only sign is its number after a 。.
        var page = SyntheticPage()
        page.text("本报告中使用数据统计期限为二〇二四年一月一日至十二月三十一日。", x: 100, baseline: 100)
        page.text("一、总体情况", x: 100, baseline: 115)
        page.text("（一）主动公开情况", x: 100, baseline: 130)
        page.text("一年来，我乡积极落实省市县关于全面推进政府信息公开工作的决策", x: 100, baseline: 145)
        page.text("部署。", x: 100, baseline: 160)
        #expect(
            try Self.paragraphs(page) == [
                "本报告中使用数据统计期限为二〇二四年一月一日至十二月三十一日。", "一、总体情况", "（一）主动公开情况",
                "一年来，我乡积极落实省市县关于全面推进政府信息公开工作的决策部署。",
            ])
    }

    @Test func aNumberWrappedMidSentenceStaysInItsParagraph() throws {
        // A line that wraps before 1. mid-sentence is not a heading.
        var page = SyntheticPage()
        page.text("全年共办理申请二十件，其中依申请公开的办理结果见下表，第", x: 100, baseline: 100)
        page.text("1.项为本年新收的申请数量，以下各项依次类推，均按规定统计", x: 100, baseline: 115)
        #expect(
            try Self.paragraphs(page) == [
                "全年共办理申请二十件，其中依申请公开的办理结果见下表，第1.项为本年新收的申请数量，以下各项依次类推，均按规定统计"
            ])
    }

    @Test func aWebAddressWrappedWholeDoesNotEndTheParagraph() throws {
        // The line above stops four characters short because the address did not fit there.
        var page = SyntheticPage()
        page.text("内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。全文", x: 100, baseline: 100)
        page.text("包括六个部分，本报告可通过长子县人民政府门户网站或政务公开专栏查询", x: 100, baseline: 115)
        page.text("（http://www.zhangzi.gov.cn)", x: 100, baseline: 130, size: 10, advance: 5)
        page.text("查阅，统计期限为全年。", x: 240, baseline: 130)
        page.text("本报告中使用数据统计期限为二〇二四年一月一日至十二月三十一日。", x: 100, baseline: 145)
        #expect(
            try Self.paragraphs(page) == [
                "内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况。全文包括六个部分，本报告可通过长子县人民政府门户网站或政务公开专栏查询（http://www.zhangzi.gov.cn)查阅，统计期限为全年。",
                "本报告中使用数据统计期限为二〇二四年一月一日至十二月三十一日。",
            ])
    }

    /// A paragraph set with wider line spacing than the rest of the page (pasted from a web page, `Normal (Web)`) is
    /// one paragraph: its lines are as far apart as each other. A wider gap between lines spaced as the rest still
    /// ends a paragraph.
    @Test func aParagraphWithWiderLineSpacingStaysOneParagraph() throws {
        /// A text cut into lines of 24 characters, each filling the line.
        func lines(_ text: String) -> [String] {
            stride(from: 0, to: text.count, by: 24).map { String(text.dropFirst($0).prefix(24)) }
        }
        let wide = lines("本报告由常张乡人民政府办公室根据中华人民共和国政府信息公开条例要求编制此报告报告中所列数据统计期限自二〇二四年一月一日起至")
        let first = lines(String(String(repeating: "一年来我乡积极落实省市县关于全面推进政府信息公开工作的决策部署", count: 7).prefix(192)))
        let second = lines(String(String(repeating: "下一步我乡将继续加强政府信息公开工作不断完善工作机制进一步提升", count: 2).prefix(48)))
        var page = SyntheticPage()
        var baseline = 100.0
        // The opening paragraph's lines 26 pt apart; the body's 15 pt, with a 30 pt gap between its paragraphs
        for line in wide {
            page.text(line, x: 100, baseline: baseline)
            baseline += 26
        }
        baseline += 14
        for line in first {
            page.text(line, x: 100, baseline: baseline)
            baseline += 15
        }
        baseline += 15
        for line in second {
            page.text(line, x: 100, baseline: baseline)
            baseline += 15
        }
        let paragraphs = try Self.paragraphs(page)
        #expect(paragraphs == [wide.joined(), first.joined(), second.joined()])
    }
}
