import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import HTMLReader

/// Struck-through, deleted and hidden text in a table cell (a clerk's `9̶12`: the old figure struck out, the new one
/// typed beside it): never joined into a number. Tracked deletions and hidden text are not the document's and are
/// left out; struck text is shown, so it is kept struck and the cell's figure is missing.
@Suite struct StruckTextTests {
    typealias F = DocxFixture

    static func docxCells(_ cells: [String], styles: String? = nil) throws -> [String] {
        let body = F.tbl(
            grid: cells.map { _ in 1000 }, F.tr(cells.map { "<w:tc><w:p>\($0)</w:p></w:tc>" }.joined()))
        let document = try DocxReader.read(F.make(body: body, styles: styles))
        return try #require(document.tables.first).cells.map(\.text)
    }

    static func htmlCells(_ cells: [String]) throws -> [String] {
        let header = "<tr>" + cells.indices.map { "<td>栏目\($0)</td>" }.joined() + "</tr>"
        let page = "<table>\(header)<tr>" + cells.map { "<td><p>\($0)</p></td>" }.joined() + "</tr></table>"
        let table = try #require(try HTMLReader.read(Array(page.utf8)).tables.first)
        return table.cells(coveringRow: 1).map(\.text)
    }

    @Test func struckDigitsInAWordCellLeaveItsNumberMissing() throws {
        let struck = { (text: String, property: String) in "<w:r><w:rPr>\(property)</w:rPr><w:t>\(text)</w:t></w:r>" }
        let plain = "<w:r><w:t>12</w:t></w:r>"
        let styles = """
            <w:style w:type="character" w:styleId="Old"><w:rPr><w:strike/></w:rPr></w:style>
            """
        let texts = try Self.docxCells(
            [
                struck("9", "<w:strike/>") + plain,
                struck("9", "<w:dstrike w:val=\"true\"/>") + plain,
                "<w:r><w:rPr><w:rStyle w:val=\"Old\"/></w:rPr><w:t>9</w:t></w:r>" + plain,
                // Turned off, directly or against its style: the number as typed.
                struck("9", "<w:strike w:val=\"0\"/>") + plain,
                "<w:r><w:rPr><w:rStyle w:val=\"Old\"/><w:strike w:val=\"false\"/></w:rPr><w:t>9</w:t></w:r>" + plain,
                // A tracked deletion is not the document's: left out, as before.
                "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>9</w:delText></w:r></w:del>" + plain,
            ], styles: styles)
        #expect(texts == ["9̶12", "9̶12", "9̶12", "912", "912", "12"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, 912, 912, 12])
    }

    /// A phonetic guide (Word's ruby: `9` set small over `12`) is no part of the number: its base text is the cell's
    /// (review rr94 F3: the cell read 912).
    @Test func aRubyInAWordCellKeepsItsBaseTextOnly() throws {
        let ruby =
            "<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>9</w:t></w:r></w:rt>"
            + "<w:rubyBase><w:r><w:t>12</w:t></w:r></w:rubyBase></w:ruby></w:r>"
        let texts = try Self.docxCells([ruby, "<w:r><w:t>7</w:t></w:r>" + ruby])
        #expect(texts == ["12", "712"])
    }

    @Test func struckTextInAWordParagraphIsKeptStruck() throws {
        let body =
            "<w:p><w:r><w:t xml:space=\"preserve\">全年公开</w:t></w:r>"
            + "<w:r><w:rPr><w:strike/></w:rPr><w:t xml:space=\"preserve\">9 条</w:t></w:r><w:r><w:t>12条。</w:t></w:r></w:p>"
        let document = try DocxReader.read(F.make(body: body))
        #expect(document.paragraphs.map(\.text) == ["全年公开9̶ 条̶12条。"])
    }

    @Test func struckDeletedAndHiddenDigitsInAWebPageCell() throws {
        let texts = try Self.htmlCells([
            "<s>9</s>12", "<strike>9</strike>12", "<del>9</del>12",
            "<span style='text-decoration:line-through'>9</span>12",
            // Word's tracked change, not yet accepted: read accepted, as the .docx reader does.
            "<del cite=\"mailto:a\" datetime=\"2024-01-01T00:00\">9</del><ins cite=\"mailto:a\">12</ins>",
            "<span hidden>9</span>12", "<span style='visibility: hidden'>9</span>12",
            "<span style='mso-hide:all'>9</span>12", "<span style='display:none'>9</span>12",
        ])
        #expect(texts == ["9̶12", "9̶12", "9̶12", "9̶12", "12", "12", "12", "12", "12"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, nil, 12, 12, 12, 12, 12])
    }

    @Test func struckTextInAWebPageParagraphIsKeptStruck() throws {
        let page = "<html><body><p>全年公开<s>9 条</s>12条。</p></body></html>"
        #expect(try HTMLReader.read(Array(page.utf8)).paragraphs.map(\.text) == ["全年公开9̶ 条̶12条。"])
    }
}
