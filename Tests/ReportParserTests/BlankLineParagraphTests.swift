import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A blank line ends a paragraph: a paragraph a clerk ended with a remark in brackets (`（全年召开专题会议2次）`), or
/// with no full stop, is not joined to the next one. Nianbao's own text export puts a blank line between paragraphs;
/// the two had been read as one, and the own-copy check then no longer saw a correction the file put back (review
/// rr96 F4). Lines wrapped without a blank line between them still join.
@Suite struct BlankLineParagraphTests {
    static let remark = "（全年召开专题会议2次）"

    static func subsection(_ text: String) throws -> [String] {
        let report = try ReportParser.parse(text: text).report
        return try #require(report.sections.first?.sections.first).blocks.compactMap(\.paragraph?.text)
    }

    @Test func aParagraphEndingInARemarkInBracketsStaysAParagraph() throws {
        var report = SampleReport.make()
        let first = try #require(report.sections[0].sections[0].blocks[0].paragraph?.text)
        report.sections[0].sections[0].blocks[0] = .paragraph(Paragraph(first + Self.remark))
        let expected = try #require(report.sections.first?.sections.first).blocks.compactMap(\.paragraph?.text)
        let parsed = try ReportParser.parse(text: ReportText.render(report))
        #expect(try Self.subsection(ReportText.render(report)) == expected)
        #expect(parsed.report == report)
    }

    /// A paragraph with no full stop before a blank line is kept as two, with the warning that words may be missing.
    @Test func aParagraphStoppingMidSentenceBeforeABlankLineIsTwoWithAWarning() throws {
        let text = """
            常张乡人民政府2024年政府信息公开工作年度报告

            一、总体情况

            （一）主动公开情况

            2024年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息

            133条，涉及社会救助、应急管理等重点领域。

            """
        let result = try ReportParser.parse(text: text)
        #expect(
            try Self.subsection(text) == ["2024年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息", "133条，涉及社会救助、应急管理等重点领域。"])
        #expect(result.diagnostics.contains { $0.code == .paragraphJoined && $0.line == 9 })
    }

    /// Lines wrapped mid-sentence with no blank line between them are still one paragraph.
    @Test func wrappedLinesStillJoin() throws {
        let text = """
            常张乡人民政府2024年政府信息公开工作年度报告
            一、总体情况
            （一）主动公开情况
            2024年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息
            133条，涉及社会救助、应急管理等重点领域。
            """
        #expect(try Self.subsection(text) == ["2024年，我乡坚持以公开为常态、不公开为例外，全年主动公开政府信息133条，涉及社会救助、应急管理等重点领域。"])
    }
}
