import Foundation
import ReportModel
import Testing

/// What a cell's text means as a number: one rule for every reader and for the checks.
@Suite struct CellTextTests {
    @Test(arguments: [
        ("0", Decimal(0)), ("　0", 0), ("0\u{A0}", 0), ("1,234", 1234), ("7730.28", Decimal(string: "7730.28") ?? 0),
        ("－2", -2), ("１２", 12), ("12,345,678", 12_345_678),
    ])
    func plainNumbersAreTheirNumber(text: String, value: Decimal) {
        #expect(CellText.reading(text) == .number(value))
        #expect(Cell(column: "c", text: text).value == value)
    }

    @Test(arguments: ["447 7 0 0 0 0 454", "1 0", "1,2,3", "1234,567", ".5", "1e30", "٣", "约5", "5件以上"])
    func digitsAreNeverJoinedAcrossSpacesOrSeparators(text: String) {
        #expect(!CellText.isNumber(text))
        #expect(CellText.number(text) == nil)
        #expect(CellText.value(text) == nil)
        #expect(CellText.reading(text) == .text)
        // Kept as typed, and still a cell's content (not a label), so that it keeps its column.
        #expect(CellText.isCellContent(text) == !(text.contains("约") || text.contains("以上")))
    }

    @Test(arguments: [
        ("5件", Decimal(5), CellText.Writing.unit("件")), ("12 条", 12, .unit("条")), ("2.5万元", 2.5, .unit("万元")),
        ("一百", 100, .chineseNumerals), ("零", 0, .chineseNumerals), ("〇", 0, .chineseNumerals),
        ("一百零二", 102, .chineseNumerals), ("三十五", 35, .chineseNumerals), ("一万二千", 12000, .chineseNumerals),
    ])
    func writtenNumbersAreReadWithHowTheyWereWritten(text: String, value: Decimal, writing: CellText.Writing) {
        #expect(CellText.reading(text) == .writtenNumber(value, writing))
        let cell = Cell(column: "c", text: text)
        #expect(cell.value == value)
        #expect(cell.text == text)
        #expect(!cell.isNotFilled)
    }

    @Test(arguments: ["", "—", "/", "无", "－", "——"])
    func marksForNothingAreNotFilled(text: String) {
        #expect(CellText.reading(text) == .notFilled)
        #expect(Cell(column: "c", text: text).isNotFilled)
    }

    @Test func chineseNumeralsAreWellFormedOrNotNumbers() {
        #expect(ChineseNumerals.integer("十") == 10)
        #expect(ChineseNumerals.integer("两千三百") == 2300)
        #expect(ChineseNumerals.integer("一〇二") == 102)
        #expect(ChineseNumerals.integer("百") == nil)
        #expect(ChineseNumerals.integer("一百二十三十") == nil)
        #expect(ChineseNumerals.integer("一百零") == nil)
        #expect(ChineseNumerals.integer("总计") == nil)
        // Section numbers keep their own, narrower rule.
        #expect(ChineseNumerals.value(of: "一百") == nil)
    }

    /// Chinese numerals whose value is a guess are no number (review rv112 F13, F16): the everyday short form
    /// (`二百五` is 250, not 205), two digits with no place (`五六`, "five or six"), and `一`, `一一` typed for a dash.
    @Test func chineseNumeralsWhoseValueIsAGuessAreNoNumber() {
        for text in ["二百五", "一千二", "三万五", "一百一", "五六", "三四", "一一", "一一一"] {
            #expect(ChineseNumerals.integer(text) == nil, "\(text)")
            #expect(CellText.value(text) == nil, "\(text)")
        }
        #expect(CellText.value("一") == nil)
        #expect(CellText.reading("一") == .text)
        let kept: [(String, Int)] = [
            ("一百零五", 105), ("二百五十", 250), ("两千", 2000), ("一万零一", 10001), ("十万八千", 108000),
            ("一〇五", 105), ("三", 3), ("十二", 12), ("三万五千", 35000),
        ]
        for (text, value) in kept { #expect(ChineseNumerals.integer(text) == value, "\(text)") }
        #expect(CellText.value("三") == 3)
    }

    @Test func headingNumbersAndLabelsAreNotCellContent() {
        for label in ["1.", "（三）", "(1)", "1、", "规章", "第二十条第（一）项", "三"] {
            #expect(!CellText.isCellContent(label, chineseNumerals: false), "\(label)")
        }
        #expect(CellText.isCellContent("三"))
    }

    @Test func onlyTheMissingMarkItselfIsMissing() {
        #expect(CellText.isMissingMark("[缺失]"))
        // The same length in bytes, a different text; longer and shorter texts; the mark inside other text.
        for text in ["[缺少]", "[缺失] ", "缺失", "", "（[缺失]）", "[缺失]x"] {
            #expect(!CellText.isMissingMark(text), "\(text)")
        }
    }
}
