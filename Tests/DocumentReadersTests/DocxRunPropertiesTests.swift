import DocumentLayout
import DocxReader
import Foundation
import ReportFixtures
import ReportModel
import Testing

/// The run properties that change what a .docx's text reads as: raised text (a footnote mark after a number) and
/// hidden text, set on a run or through its styles.
@Suite struct DocxRunPropertiesTests {
    typealias F = DocxFixture

    /// A run with properties.
    static func run(_ text: String, _ properties: String) -> String {
        "<w:r><w:rPr>\(properties)</w:rPr><w:t>\(text)</w:t></w:r>"
    }

    /// A one-row table whose cells hold the given runs, one paragraph each.
    static func table(_ cells: String...) -> String {
        F.tbl(grid: cells.map { _ in 1000 }, F.tr(cells.map { "<w:tc><w:p>\($0)</w:p></w:tc>" }.joined()))
    }

    static func cellTexts(_ body: String, styles: String? = nil) throws -> [String] {
        let document = try DocxReader.read(F.make(body: body, styles: styles))
        return try #require(document.tables.first).cells.map(\.text)
    }

    @Test func aRaisedFootnoteMarkNeverJoinsTheNumberBeforeIt() throws {
        let superscript = "<w:vertAlign w:val=\"superscript\"/>"
        let texts = try Self.cellTexts(
            Self.table(
                "<w:r><w:t>2.35</w:t></w:r>" + Self.run("1", superscript),
                "<w:r><w:t>100</w:t></w:r>" + Self.run("2", superscript),
                "<w:r><w:t>H</w:t></w:r>" + Self.run("2", "<w:vertAlign w:val=\"subscript\"/>")
                    + "<w:r><w:t>O</w:t></w:r>",
                "<w:r><w:t>3</w:t></w:r>" + Self.run("5", "<w:vertAlign w:val=\"baseline\"/>")))
        #expect(texts == ["2.35¹", "100²", "H₂O", "35"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, 35])
    }

    /// WPS and Word can raise a footnote mark with 字符位置「提升」 (`w:position`, in half-points) instead of 上标: it
    /// is kept raised too, while a cell moved up or down as a whole still reads as its number.
    @Test func aMarkRaisedByCharacterPositionNeverJoinsTheNumberBeforeIt() throws {
        let texts = try Self.cellTexts(
            Self.table(
                "<w:r><w:t>2.35</w:t></w:r>" + Self.run("1", "<w:position w:val=\"6\"/><w:sz w:val=\"14\"/>"),
                "<w:r><w:t>100</w:t></w:r>" + Self.run("2", "<w:position w:val=\"3pt\"/>"),
                "<w:r><w:t>7</w:t></w:r>" + Self.run("3", "<w:position w:val=\"-4\"/>"),
                // A whole cell nudged up, or two runs moved alike, stays one number.
                Self.run("12", "<w:position w:val=\"4\"/>") + Self.run("5", "<w:position w:val=\"4\"/>"),
                // A mark set back on the line by its own run reads as written.
                "<w:r><w:t>4</w:t></w:r>" + Self.run("8", "<w:position w:val=\"0\"/>"),
                // A raised mark before the number: the line is where most of the cell's characters are.
                Self.run("1", "<w:position w:val=\"6\"/>") + "<w:r><w:t>360</w:t></w:r>"))
        #expect(texts == ["2.35¹", "100²", "7₃", "125", "48", "¹360"])
        #expect(texts.map(CellText.value) == [nil, nil, nil, 125, 48, nil])
    }

    @Test func aCharacterStyleMovingTextOffTheLineRaisesIt() throws {
        let styles = """
            <w:style w:type="character" w:styleId="RaisedMark"><w:rPr><w:position w:val="5"/></w:rPr></w:style>
            """
        let texts = try Self.cellTexts(
            Self.table("<w:r><w:t>9</w:t></w:r>" + Self.run("1", "<w:rStyle w:val=\"RaisedMark\"/>")), styles: styles)
        #expect(texts == ["9¹"])
    }

    @Test func aCharacterStyleRaisesTextThroughItsBase() throws {
        let styles = """
            <w:style w:type="character" w:styleId="NoteMark"><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="RedNoteMark"><w:basedOn w:val="NoteMark"/><w:rPr><w:color w:val="FF0000"/></w:rPr></w:style>
            """
        let texts = try Self.cellTexts(
            Self.table(
                "<w:r><w:t>2.35</w:t></w:r>" + Self.run("1", "<w:rStyle w:val=\"RedNoteMark\"/>"),
                "<w:r><w:t>4</w:t></w:r>"
                    + Self.run("7", "<w:rStyle w:val=\"NoteMark\"/><w:vertAlign w:val=\"baseline\"/>")),
            styles: styles)
        #expect(texts == ["2.35¹", "47"])
        #expect(texts.map(CellText.value) == [nil, 47])
    }

    @Test func hiddenTextIsLeftOut() throws {
        let styles = """
            <w:style w:type="character" w:styleId="Secret"><w:rPr><w:vanish/></w:rPr></w:style>\
            <w:style w:type="character" w:styleId="Unhidden"><w:basedOn w:val="Secret"/><w:rPr><w:vanish w:val="false"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="HiddenBody"><w:rPr><w:vanish/></w:rPr></w:style>
            """
        let texts = try Self.cellTexts(
            Self.table(
                "<w:r><w:t>5</w:t></w:r>" + Self.run("8", "<w:vanish/>"),
                Self.run("9", "<w:vanish w:val=\"0\"/>"),
                "<w:r><w:t>6</w:t></w:r>" + Self.run("1", "<w:rStyle w:val=\"Secret\"/>"),
                // A style turning it off over a base that turned it on shows the text again.
                "<w:r><w:t>2</w:t></w:r>" + Self.run("3", "<w:rStyle w:val=\"Unhidden\"/>"),
                // The formatting before a tracked change is not the run's.
                Self.run("4", "<w:rPrChange w:id=\"1\" w:author=\"a\"><w:rPr><w:vanish/></w:rPr></w:rPrChange>")),
            styles: styles)
        #expect(texts == ["5", "9", "6", "23", "4"])
        #expect(texts.map(CellText.value) == [5, 9, 6, 23, 4])
        // A toggle property: a hidden character style in a hidden paragraph style shows again; the paragraph style alone
        // hides.
        let styledProse = """
            <w:p><w:pPr><w:pStyle w:val="HiddenBody"/></w:pPr><w:r><w:t>隐藏的段落</w:t></w:r></w:p>\
            <w:p><w:pPr><w:pStyle w:val="HiddenBody"/></w:pPr>\(Self.run("显示的文字", "<w:rStyle w:val=\"Secret\"/>"))</w:p>
            """
        #expect(try DocxReader.read(F.make(body: styledProse, styles: styles)).paragraphs.map(\.text) == ["显示的文字"])
        let prose =
            "<w:p><w:r><w:t>全年公开信息</w:t></w:r>\(Self.run("（草稿）", "<w:vanish/>"))<w:r><w:t>133条。</w:t></w:r></w:p>"
        #expect(try DocxReader.read(F.make(body: prose)).paragraphs.map(\.text) == ["全年公开信息133条。"])
    }
    /// What a tracked formatting change recorded as the *earlier* formatting (`w:rPrChange`, `w:pPrChange`), in the
    /// document or in a style, is not the text's: a paragraph mark deleted before the change does not join the next
    /// paragraph, and a style that was once raised or hidden is not read as raised or hidden now.
    @Test func theFormattingBeforeATrackedChangeIsNotTheTexts() throws {
        let oldDeletedMark =
            "<w:pPr><w:pPrChange w:id=\"1\" w:author=\"a\"><w:pPr><w:rPr><w:del w:id=\"2\" w:author=\"a\"/></w:rPr>"
            + "</w:pPr></w:pPrChange></w:pPr>"
        let prose = "<w:p>\(oldDeletedMark)<w:r><w:t>第一段。</w:t></w:r></w:p>" + F.p("第二段。")
        #expect(try DocxReader.read(F.make(body: prose)).paragraphs.map(\.text) == ["第一段。", "第二段。"])
        let styles = """
            <w:style w:type="character" w:styleId="WasRaised"><w:rPr>\
            <w:rPrChange w:id="3" w:author="a"><w:rPr><w:vertAlign w:val="superscript"/><w:vanish/></w:rPr></w:rPrChange>\
            </w:rPr></w:style>
            """
        let texts = try Self.cellTexts(
            Self.table("<w:r><w:t>2</w:t></w:r>" + Self.run("5", "<w:rStyle w:val=\"WasRaised\"/>")), styles: styles)
        #expect(texts == ["25"])
        #expect(texts.map(CellText.value) == [25])
    }
}
