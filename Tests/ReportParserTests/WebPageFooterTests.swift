import ReportModel
import ReportParser
import Testing

/// LibreOffice's web page of a Word file with a page-number footer ends with the footer, `— 3 —`: a page number, left
/// out as the text reader leaves out `- 3 -`. It had stayed as a last paragraph of section 六 (review rr94 F8 item 8).
@Suite struct WebPageFooterTests {
    static func page(footer: String) -> String {
        """
        <html><body>
        <p>一、总体情况</p><p>本年度主动公开政府信息12条。</p>
        <p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>
        <div title="footer"><p align="center">\(footer)</p></div>
        </body></html>
        """
    }

    @Test func aPageNumberFooterIsLeftOut() throws {
        let result = try ReportParser.parse(Array(Self.page(footer: "— <sdfield type=PAGE>3</sdfield> —").utf8))
        let last = try #require(result.report.sections.last)
        #expect(last.allParagraphs.map(\.text) == ["本年度未收取信息处理费。"])
        #expect(result.diagnostics.contains { $0.code == .pageNumbers })
    }

    @Test func aFooterOfWordsStays() throws {
        let result = try ReportParser.parse(Array(Self.page(footer: "某某乡人民政府").utf8))
        let last = try #require(result.report.sections.last)
        #expect(last.allParagraphs.map(\.text) == ["本年度未收取信息处理费。", "某某乡人民政府"])
    }
}
