import Foundation
import Testing

@testable import ReportParser

/// A numbered line that ends in two or more numbers standing on their own is a row of a table typed as a line, not
/// a heading (`LineKind.endsInNumbers`, read from the end of the line).
@Suite struct LineEndsInNumbersTests {
    @Test(arguments: [
        "本年新收政府信息公开申请数量 69 121 13 17 10 116 346",
        "本年新收 | 69 | 121",
        "本年新收 69 121 |",
        "本年新收　69　121",
        "申请 12 13",
        "上年结转\t0\t0 ",
    ])
    func aTitleEndingInTwoNumbersIsARow(_ title: String) {
        #expect(LineKind.endsInNumbers(title))
    }

    @Test(arguments: [
        "总体情况 2024",
        "12 13",
        " 12 13 ",
        "主动公开情况",
        "依申请公开情况。2024 年共收到申请 12 件",
        "收到申请 12 件 13",
        "",
        "   ",
    ])
    func aTitleThatDoesNotIsNot(_ title: String) {
        #expect(!LineKind.endsInNumbers(title))
    }

    @Test func aNumberedRowOfATableTypedAsALineIsTextAndAHeadingStaysOne() {
        #expect(LineKind.of(SourceLine(number: 1, raw: "一、本年新收政府信息公开申请数量 69 121 13 17 10 116 346")) == .text)
        #expect(
            LineKind.of(SourceLine(number: 1, raw: "一、总体情况"))
                == .sectionHeading(heading: "一、总体情况", rest: nil))
    }
}
