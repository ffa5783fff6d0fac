import DocumentLayout
import ReportChecks
import ReportModel
import ReportParser
import Testing

/// A PDF report whose first page is a scan among printed pages (review wn99 F6): the parser names the page that is a
/// picture, and the sections and tables not found are a reading problem of that page, not the clerk's gaps.
@Suite struct ImagePageReportTests {
    /// Pages 2 and 3 of a report, read; page 1 (title, sections 一 and 二, table 2) a picture without text.
    static func parsed(imagePages: [Int]) throws -> ParseResult {
        let texts = [
            "三、收到和处理政府信息公开申请情况", "本年度未收到政府信息公开申请。",
            "四、政府信息公开行政复议、行政诉讼情况", "本年度未发生政府信息公开行政复议、行政诉讼。",
            "五、政府信息公开工作存在的主要问题及改进情况", "公开内容还不够全面。",
            "六、其他需要报告的事项", "本年度未收取信息处理费。",
        ]
        var document = LaidOutDocument(
            format: .pdf, blocks: texts.map { .paragraph(LayoutParagraph($0, page: 2)) }, pageCount: 3)
        document.imagePages = imagePages
        return try ReportParser.parse(document: document)
    }

    @Test func thePageThatIsAPictureIsNamedAndWhatIsMissingIsAReadingProblem() throws {
        let result = try Self.parsed(imagePages: [1])
        let note = try #require(result.diagnostics.first { $0.code == .pageImage })
        #expect(note.severity == .warning)
        #expect(note.subject?.page == 1)
        #expect(note.message.hasPrefix("第1页是图片（扫描件）"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.contains { $0.rule == "page-image" && $0.kind == .reading })
        let missing = findings.filter { $0.rule.hasSuffix("-missing") }
        // Sections 一 and 二, tables 2 to 4, the title and the year (on page 1).
        #expect(missing.count == 7)
        for finding in missing {
            #expect(finding.kind == .reading && finding.severity == .warning)
            #expect(finding.message.contains("第1页是图片（扫描件），无法读取其中的文字和表格"))
        }
        #expect(!findings.contains { $0.severity == .error })
    }

    @Test func withoutAPictureThePageTheSameGapsAreTheReports() throws {
        let result = try Self.parsed(imagePages: [])
        #expect(!result.diagnostics.contains { $0.code == .pageImage })
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.contains { $0.rule == "section-missing" && $0.severity == .error && $0.kind == .report })
        #expect(findings.contains { $0.rule == "table-missing" && $0.severity == .error && $0.kind == .report })
    }
}
