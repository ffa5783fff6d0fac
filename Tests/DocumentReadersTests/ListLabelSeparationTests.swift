import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import Testing

/// A list's label was joined to its paragraph's text without the tab or space Word shows between them: a fee cell
/// Word shows as `1.⇥5` read as 1.5 万元, and a paragraph `1.⇥2024年…` as `1.2024年…` (wn99 F12). Where the label and
/// the text would read as one number, they are kept apart; elsewhere (`一、总体情况`) they read as before.
@Suite struct ListLabelSeparationTests {
    typealias F = DocxFixture

    /// A decimal list with `w:suff` at level 0 as given (none: Word's default, a tab).
    static func numbering(suffix: String?) -> String {
        let suff = suffix.map { "<w:suff w:val=\"\($0)\"/>" } ?? ""
        return """
            <w:abstractNum w:abstractNumId="0">\
            <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>\(suff)<w:lvlText w:val="%1."/></w:lvl>\
            <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2、"/></w:lvl>\
            </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            """
    }

    static func numbered(_ text: String, level: Int = 0) -> String {
        "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + "<w:r><w:t>\(text)</w:t></w:r></w:p>"
    }

    @Test(arguments: [nil, "tab", "space"])
    func aNumberAfterANumberedLabelIsNotJoinedToIt(suffix: String?) throws {
        let body =
            F.tbl(grid: [2000, 800], F.tr(F.tc("行政事业性收费"), "<w:tc>\(Self.numbered("5"))</w:tc>"))
            + Self.numbered("2024年公开内容不够全面。") + Self.numbered("总体情况", level: 1)
        let document = try DocxReaderTests.read(body, numbering: Self.numbering(suffix: suffix))
        #expect(document.tables.first.map(DocxReaderTests.rows) == [["行政事业性收费", "1. 5"]])
        #expect(document.paragraphs.map(\.text) == ["2. 2024年公开内容不够全面。", "一、总体情况"])
    }

    @Test func withoutASuffixWordShowsThemJoined() throws {
        let document = try DocxReaderTests.read(
            Self.numbered("140") + Self.numbered("第二项"), numbering: Self.numbering(suffix: "nothing"))
        #expect(document.paragraphs.map(\.text) == ["1.140", "2.第二项"])
    }
}
