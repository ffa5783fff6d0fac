import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import Testing

/// A formula field that uses other fields (`{ = { REF a } + { REF b } }`, a 总计 cell adding bookmarked figures) was
/// read as the inner fields' cached results and the outer one's run together: Word shows 16, the reader read 13316
/// (wn99 F3). Everything between a field's `begin` and `separate` is its code, nested fields and their results too;
/// only the outermost result is the document's text.
@Suite struct NestedFieldTests {
    typealias F = DocxFixture

    func begin() -> String { "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" }
    func separate() -> String { "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" }
    func end() -> String { "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" }
    func code(_ text: String) -> String { "<w:r><w:instrText xml:space=\"preserve\">\(text)</w:instrText></w:r>" }
    func run(_ text: String) -> String { "<w:r><w:t>\(text)</w:t></w:r>" }

    /// `{ REF name }` showing `value`.
    func reference(_ name: String, _ value: String) -> String {
        begin() + code(" REF \(name) ") + separate() + run(value) + end()
    }

    func cell(_ content: String) -> String { "<w:tc><w:p>\(content)</w:p></w:tc>" }

    @Test func aNestedFieldShowsOnlyTheOuterResult() throws {
        let sum =
            begin() + code(" = ") + reference("a", "13") + code(" + ") + reference("b", "3")
            + separate() + run("16") + end()
        let sumFunction =
            begin() + code(" =SUM(") + reference("c", "13") + code(",") + reference("d", "3")
            + code(") ") + separate() + run("16") + end()
        let condition =
            begin() + code(" IF ") + reference("e", "1") + code(" > 0 \"1\" \"0\" ") + separate()
            + run("1") + end()
        let table = try #require(
            try DocxReaderTests.read(
                F.tbl(grid: [800, 800, 800, 800], F.tr(F.tc("本年新收"), cell(sum), cell(sumFunction), cell(condition)))
            ).tables.first)
        #expect(DocxReaderTests.rows(table) == [["本年新收", "16", "16", "1"]])
    }

    @Test func aPlainFieldAndTheTextAroundItStayAsBefore() throws {
        let body =
            "<w:p>" + run("共") + reference("total", "12") + run("件") + "</w:p>"
            + "<w:p>" + begin() + code(" PAGE ") + run("不是正文") + "</w:p>" + F.p("下一段")
        // A field left open in its paragraph (no separate, no end) hides nothing after that paragraph.
        #expect(try DocxReaderTests.read(body).paragraphs.map(\.text) == ["共12件", "下一段"])
    }
}
