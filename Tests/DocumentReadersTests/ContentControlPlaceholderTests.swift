import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// A county's form whose number cells are content controls (内容控件) with the placeholder `0`: a cell nobody filled
/// in still shows the grey placeholder (`w:showingPlcHdr`), and it was read as the figure 0 (wn99 M9). The
/// placeholder is not the document's text: the cell is blank, as it was left. A control that was filled reads as
/// typed, its properties (alias, the placeholder's grey) add nothing.
@Suite struct ContentControlPlaceholderTests {
    typealias F = DocxFixture

    /// A content control holding `text`, still showing its placeholder when `placeholder` (the property as given).
    func control(_ text: String, placeholder: String? = nil) -> String {
        "<w:sdt><w:sdtPr><w:rPr><w:color w:val=\"808080\"/></w:rPr><w:alias w:val=\"数字\"/>"
            + (placeholder ?? "") + "<w:text/></w:sdtPr><w:sdtContent><w:r><w:t>\(text)</w:t></w:r></w:sdtContent>"
            + "</w:sdt>"
    }

    @Test func aPlaceholderStillShowingIsNoFigure() throws {
        let texts = try StruckTextTests.docxCells([
            control("123"),
            control("0", placeholder: "<w:showingPlcHdr/>"),
            control("单击此处输入数字", placeholder: "<w:showingPlcHdr/>"),
            control("5", placeholder: "<w:showingPlcHdr w:val=\"0\"/>"),
            "<w:r><w:t>7</w:t></w:r>" + control("8"),
        ])
        #expect(texts == ["123", "", "", "5", "78"])
        #expect(texts.map(CellText.value) == [123, nil, nil, 5, 78])
    }

    /// A paragraph that is a placeholder still showing (a block-level control) is left out; the text after it, in a
    /// run whose format the control's grey does not touch, is read.
    @Test func aPlaceholderParagraphIsLeftOut() throws {
        let body =
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>单击此处输入文字。</w:t></w:r>"
            + "</w:p></w:sdtContent></w:sdt><w:p><w:r><w:t>本年度无收费。</w:t></w:r></w:p>"
        let document = try DocxReader.read(F.make(body: body))
        let texts = document.blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { paragraph.text } else { nil }
        }
        #expect(texts == ["本年度无收费。"])
    }
}
