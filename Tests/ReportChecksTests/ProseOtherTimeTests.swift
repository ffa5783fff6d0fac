import Foundation
import ReportChecks
import ReportModel
import Testing

/// A figure the overview gives for last year, another year or a month is no figure of the year's table 3: it is not
/// compared with it. `上年收到申请96件` beside this year's figure had been read as this year's, and the clerk was
/// warned 正文与表格不一致 about a sentence every year-over-year report has (review rv112 F19).
@Suite struct ProseOtherTimeTests {
    /// The balanced report (year 2024) with `sentence` added to section 一, and its prose findings.
    static func proseFindings(_ sentence: String) -> [Finding] {
        var report = GeneratedCheckTests.balanced()
        report.sections[0].blocks.append(.paragraph(Paragraph(sentence)))
        return ReportChecker().check(report).filter { $0.rule == "prose-table" }
    }

    static var received: Decimal {
        GeneratedCheckTests.balanced().table(number: 3)?.value(Table3Row.received, Table3Column.total) ?? 0
    }

    @Test(arguments: [
        "上年收到申请96件。", "较2023年收到申请96件增长10.4%。", "2023年收到申请96件。", "去年同期收到申请96件。",
        "其中收到申请最多的是3月，收到申请20件。",
    ])
    func aFigureOfAnotherTimeIsNotComparedWithTheTable(other: String) {
        let this = "本年度收到政府信息公开申请\(Self.received)件，"
        #expect(Self.proseFindings(this + other).isEmpty)
    }

    /// This year's figure, given with the year's number or after a clause about another time, is compared as before.
    @Test func thisYearsFigureIsStillCompared() {
        let wrong = Self.received + 1
        let sentences = [
            "2024年收到申请\(wrong)件。", "上年收到申请96件，本年收到申请\(wrong)件。", "1-12月共收到申请\(wrong)件。",
            // The year's end is the year (review rv114 F3).
            "12月底前，我单位共收到政府信息公开申请\(wrong)件。", "截至12月31日，共收到申请\(wrong)件。",
        ]
        for sentence in sentences {
            let findings = Self.proseFindings(sentence)
            #expect(findings.map { $0.numbers["正文"] } == [wrong], "\(sentence)")
        }
    }
}
