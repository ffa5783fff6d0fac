import DocumentLayout
import PDFGeometry
import Testing

/// A table drawn without rules whose figures are set smaller than its labels (小五 beside 五号), centred in rows of one
/// or two label lines, as LibreOffice prints a table whose borders were lost (review rv112 F23): each row's figures
/// read on its label's line, as plain figures, never as footnote marks and never as the row above's.
@Suite struct SmallFiguresPDFTests {
    /// Figures of 6.5 pt, `advance` apart in columns from x = 300, on a baseline.
    static func figures(_ texts: [String], baseline: Double, on page: inout SyntheticPage) {
        for (column, text) in texts.enumerated() {
            page.text(text, x: 300 + Double(column) * 34, baseline: baseline, size: 6.5, advance: 3.6)
        }
    }

    @Test func smallFiguresCentredBesideTheirLabelsStayOnTheirRows() throws {
        // The rows 3., 4. and 5. of table 3's 不予处理 with the group label `（五）不` / `予处理` beside them: the
        // figures of one-line rows sit 2.3 pt above the label's baseline; those of 5., whose label takes two lines,
        // sit between its first line and the group label's second, on no label's baseline.
        var page = SyntheticPage()
        page.text("（五）不", x: 95, baseline: 633.4)
        page.text("3.要求提供公开出版物", x: 141, baseline: 630.0)
        Self.figures(["270", "271", "272"], baseline: 627.7, on: &page)
        page.text("4.无正当理由大量反复申请", x: 141, baseline: 645.6)
        Self.figures(["280", "281", "282"], baseline: 643.3, on: &page)
        page.text("予处理", x: 95, baseline: 649.0)
        // the first line of 5. runs up to its column's edge, less than 1 em short of the first figure
        page.text("5.要求行政机关确认或重新出具已", x: 136, baseline: 664.6)
        Self.figures(["290", "291", "292"], baseline: 658.6, on: &page)
        page.text("获取信息", x: 141, baseline: 680.2)
        let paragraphs = try PDFLayout.document(from: [page.content]).paragraphs.map(\.text)
        #expect(paragraphs.contains("3.要求提供公开出版物 270 271 272"), "\(paragraphs)")
        #expect(paragraphs.contains("4.无正当理由大量反复申请 280 281 282"), "\(paragraphs)")
        #expect(paragraphs.contains("5.要求行政机关确认或重新出具已 290 291 292"), "\(paragraphs)")
        #expect(!paragraphs.contains { $0.contains("²") || $0.contains("¹") || $0.contains("⁰") }, "\(paragraphs)")
    }

    @Test func aSmallMarkRightAfterAFigureIsStillAMark() throws {
        // `2.35` with a footnote mark set as 上标 right after it, and a mark after a label: marks, as before.
        var page = SyntheticPage()
        page.text("fee", x: 100, baseline: 100)
        page.text("2.35", x: 300, baseline: 100, advance: 5)
        page.text("1", x: 320, baseline: 96.5, size: 6.5)
        let paragraphs = try PDFLayout.document(from: [page.content]).paragraphs.map(\.text)
        #expect(paragraphs == ["fee 2.35¹"])
    }
}
