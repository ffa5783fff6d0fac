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
