import DocxReader
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// A symbol inserted between digits (`3`, `w:sym` `,`, `0`: Word shows `3,0`) and an absolute-position tab
/// (`3`, `w:ptab`, `2`: Word shows `3 … 2`) were skipped, and the digits on either side joined into 30 and 32 (wn99
/// M1). The symbol is its character and the tab a tab now, so the cell holds no number; digits around other run
/// content read as before.
@Suite struct WordSymbolAndTabTests {
    @Test func aSymbolOrAPositionTabBetweenDigitsKeepsThemApart() throws {
        let texts = try StruckTextTests.docxCells([
            "<w:r><w:t>3</w:t></w:r><w:r><w:sym w:font=\"Symbol\" w:char=\"F02C\"/></w:r><w:r><w:t>0</w:t></w:r>",
            "<w:r><w:t>3</w:t><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/>"
                + "<w:t>2</w:t></w:r>",
            "<w:r><w:t>4</w:t><w:sym w:font=\"Wingdings\" w:char=\"zz\"/><w:t>5</w:t></w:r>",
            "<w:r><w:t>3</w:t></w:r><w:r><w:t>2</w:t></w:r>",
        ])
        #expect(texts == ["3\u{F02C}0", "3\t2", "4\u{FFFD}5", "32"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, 32])
    }
}
