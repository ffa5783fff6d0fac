import Foundation
import ReportModel
import ReportParser
import Testing

/// The title is found among the opening lines as official documents print them: split over two lines, or below an
/// attachment label or a red header, which stay paragraphs of their own and never become part of the agency's name.
@Suite struct TitleLinesTests {
    static let body = "\n\n一、总体情况\n\n2024年，常张乡人民政府认真贯彻落实《条例》。\n"

    static func parse(_ opening: String) throws -> Report {
        try ReportParser.parse(Data((opening + body).utf8)).report
    }

    static func preamble(_ report: Report) -> [String] {
        report.preamble.compactMap(\.paragraph).map(\.text)
    }

    @Test(arguments: ["附件1", "附件 1", "附件：", "附件二", "常张乡人民政府办公室文件"])
    func aLineAboveAWholeTitleStaysItsOwnParagraph(above: String) throws {
        for gap in ["\n", "\n\n"] {
            let report = try Self.parse(above + gap + "常张乡人民政府2024年政府信息公开工作年度报告")
            #expect(report.title == "常张乡人民政府2024年政府信息公开工作年度报告")
            #expect(report.agency == "常张乡人民政府")
            #expect(Self.preamble(report) == [above])
        }
    }

    @Test func aTitleSplitInTwoIsJoinedBelowARedHeaderOrAnAttachmentLabel() throws {
        for above in ["", "附件1\n\n", "常张乡人民政府办公室文件\n\n"] {
            let report = try Self.parse(above + "常张乡人民政府\n2024年政府信息公开工作年度报告")
            #expect(report.title == "常张乡人民政府2024年政府信息公开工作年度报告")
            #expect(report.agency == "常张乡人民政府")
        }
    }

    @Test func anAttachmentLabelAboveATitleWithoutAnAgencyIsNotTheAgency() throws {
        let report = try Self.parse("附件1\n2024年政府信息公开工作年度报告")
        #expect(report.agency != "附件1")
        #expect(Self.preamble(report) == ["附件1"])
    }

    /// The label typed on the title's own line is not part of the agency's name either.
    @Test(arguments: ["附件1", "附件1  ", "附件2：", "附件三、"])
    func anAttachmentLabelOnTheTitlesLineIsNotTheAgency(label: String) throws {
        let report = try Self.parse(label + "常张乡人民政府2024年政府信息公开工作年度报告")
        #expect(report.agency == "常张乡人民政府")
        #expect(report.year == 2024)
    }
}

/// A title whose words were cut anywhere over two lines, as a line wraps or a converter splits it, is joined; a line
/// that reads as a sentence, or a join too long for a title, is not.
@Suite struct CutTitleTests {
    static let title = "长子县宋村乡人民政府2024年政府信息公开工作年度报告"

    @Test(arguments: [
        ("长子县宋村乡人民政府2024年政府信息公开工作年", "度报告"), ("长子县宋村乡人民政府2024年政府信息公开工作年度", "报告"),
        ("长子县宋村乡人民政府2024年政府信息公开工作年度报", "告"), ("长子县宋村乡人民政府2024年政府信息公开工作", "年度报告"),
        ("长子县宋村乡人民政府2024年政府信息", "公开工作年度报告"),
    ])
    func aTitleCutAnywhereIsJoined(first: String, second: String) throws {
        for gap in ["\n", "\n\n"] {
            let report = try TitleLinesTests.parse(first + gap + second)
            #expect(report.title == Self.title)
            #expect(report.agency == "长子县宋村乡人民政府")
            #expect(report.year == 2024)
            #expect(TitleLinesTests.preamble(report).isEmpty)
        }
    }

    @Test func aLongOfficeNameCutNearTheEndIsJoined() throws {
        let report = try TitleLinesTests.parse("中共长治市上党区委机构编制委员会办公室2024年政府信息公开工作年\n度报告")
        #expect(report.title == "中共长治市上党区委机构编制委员会办公室2024年政府信息公开工作年度报告")
        #expect(report.agency == "中共长治市上党区委机构编制委员会办公室")
    }

    @Test func theAgencyOnALineAboveACutTitleJoinsIt() throws {
        let report = try TitleLinesTests.parse("长子县宋村乡人民政府\n2024年政府信息公开工作年\n度报告")
        #expect(report.title == Self.title)
        #expect(report.agency == "长子县宋村乡人民政府")
    }

    @Test func anAttachmentLabelAboveACutTitleStaysItsOwnParagraph() throws {
        let report = try TitleLinesTests.parse("附件1\n\n长子县宋村乡人民政府2024年政府信息公开工作年\n度报告")
        #expect(report.title == Self.title)
        #expect(TitleLinesTests.preamble(report) == ["附件1"])
    }

    /// The first paragraph of a report without a title is never taken for one.
    @Test func aSentenceAboveAShortLineIsNotATitle() throws {
        let opening = "根据条例，现将长子县宋村乡人民政府2024年政府信息公开工作年\n度报告"
        let report = try TitleLinesTests.parse(opening)
        #expect(report.title == nil)
    }

    @Test func twoLinesTooLongForATitleAreNotJoined() throws {
        let opening = "中共长治市上党区委机构编制委员会办公室与长治市上党区人民政府办公室2024年政府信息公开工作年\n度报告"
        let report = try TitleLinesTests.parse(opening)
        #expect(report.title == nil)
    }

    /// A report read before titles were joined, its title's two pieces kept as paragraphs, is written and read back
    /// as it is: the writer marks both pieces as written text.
    @Test func theTwoPiecesKeptAsParagraphsReadBackAsParagraphs() throws {
        var report = try TitleLinesTests.parse(Self.title)
        report.title = nil
        report.preamble = ["长子县宋村乡人民政府2024年政府信息公开工作年", "度报告"].map { .paragraph(Paragraph($0)) }
        let again = try ReportParser.parse(text: ReportText.render(report)).report
        #expect(again == report)
    }
}

/// A long title that wrapped inside its agency's name (LibreOffice's PDF of a 22 pt title: `中共长子县常张乡委员会
/// 长子县常张乡人民` / `政府2024年政府信息公开工作年度报告`) is read whole, over two lines or more; the line above
/// joins only when the title's agency begins on it, never a first paragraph, a subtitle, an attachment label or a red
/// header.
@Suite struct TitleCutInItsNameTests {
    static let title = "中共长子县常张乡委员会长子县常张乡人民政府2024年政府信息公开工作年度报告"
    static let agency = "中共长子县常张乡委员会长子县常张乡人民政府"

    static func squeezed(_ text: String?) -> String? { text?.replacingOccurrences(of: " ", with: "") }

    @Test(arguments: [
        ["中共长子县常张乡委员会 长子县常张乡人民", "政府 2024 年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子县常张乡人", "民政府2024年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子县常张乡", "人民政府2024年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子县", "常张乡人民政府2024年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子", "县常张乡人民政府2024年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子县常张乡人民", "政府2024年政府信息公开工作年", "度报告"],
        ["中共长子县常张乡委员会 长子县", "常张乡人民政府2024年政府信息公开工作", "年度报告"],
        ["中共长子县常张乡", "委员会 长子县常张乡人民", "政府2024年政府信息公开工作年度报告"],
        ["中共长子县常张乡委员会 长子", "县常张乡人民", "政府2024年政府信息", "公开工作年度报告"],
    ])
    func aTitleCutInItsAgencysNameIsReadWhole(lines: [String]) throws {
        for gap in ["\n", "\n\n"] {
            for above in ["", "附件1\n\n", "长子县常张乡人民政府文件\n\n"] {
                let report = try TitleLinesTests.parse(above + lines.joined(separator: gap))
                #expect(Self.squeezed(report.title) == Self.title, "\(lines)")
                #expect(report.agency == Self.agency, "\(lines)")
                #expect(report.year == 2024)
                let preamble = TitleLinesTests.preamble(report)
                #expect(preamble == (above.isEmpty ? [] : [String(above.prefix { $0 != "\n" })]), "\(lines)")
            }
        }
    }

    /// A line above a title that names its agency whole stays its own paragraph: a red header, a subtitle, a
    /// paragraph, a line that names an office whole.
    @Test(arguments: ["（2025年1月8日）", "中共长子县常张乡委员会", "长子县常张乡人民政府", "常张乡人民政府办公室", "附件1"])
    func aLineAboveATitleThatNamesItsAgencyStaysApart(above: String) throws {
        let report = try TitleLinesTests.parse(above + "\n长子县常张乡人民政府2024年政府信息公开工作年度报告")
        #expect(report.title == "长子县常张乡人民政府2024年政府信息公开工作年度报告")
        #expect(report.agency == "长子县常张乡人民政府")
        #expect(TitleLinesTests.preamble(report) == [above])
    }

    /// The first paragraph and a subtitle stay below the title; a sentence above a cut title is never joined.
    @Test func aSubtitleAndAFirstParagraphStayParagraphs() throws {
        let opening =
            "中共长子县常张乡委员会 长子县常张乡人民\n政府2024年政府信息公开工作年度报告\n（2025年1月8日）\n本报告根据《条例》编制。"
        let report = try TitleLinesTests.parse(opening)
        #expect(Self.squeezed(report.title) == Self.title)
        #expect(TitleLinesTests.preamble(report) == ["（2025年1月8日）", "本报告根据《条例》编制。"])
        let sentence = try TitleLinesTests.parse("根据《条例》，现将长子县常张乡人民\n政府2024年政府信息公开工作年度报告")
        #expect(sentence.title == "政府2024年政府信息公开工作年度报告")
        #expect(TitleLinesTests.preamble(sentence) == ["根据《条例》，现将长子县常张乡人民"])
    }

    /// Lines that would make a title longer than any (40 letters and digits) stay apart.
    @Test func linesTooLongForATitleAreNotJoined() throws {
        let report = try TitleLinesTests.parse("中共长治市上党区委机构编制委员会办公室 长治市上党区人民\n政府2024年政府信息公开工作年度报告")
        #expect(report.title == "政府2024年政府信息公开工作年度报告")
    }
}
