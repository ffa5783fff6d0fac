import DocumentLayout
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Nianbao's Word file marks a paragraph that would read as something else (a heading, a caption) with the style
/// 报告正文（原样）. Saved as .doc in Word or WPS and then uploaded (or converted back), the style keeps its name under
/// another id (`Style18`), and the paragraph was read as a heading or dropped as a caption (rv105 F14). The style is
/// known by its name too.
@Suite struct AsWrittenStyleByNameTests {
    typealias F = DocxFixture

    static func paragraphs(styleID: String, name: String) throws -> (sections: [String], body: [String]) {
        let styles =
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(styleID)\"><w:name w:val=\"\(name)\"/></w:style>"
        let marked = "<w:p><w:pPr><w:pStyle w:val=\"\(styleID)\"/></w:pPr><w:r><w:t>（一）主动公开情况</w:t></w:r></w:p>"
        let body =
            F.p("常张乡人民政府2024年政府信息公开工作年度报告") + F.p("一、总体情况") + F.p("2024年，我乡主动公开政府信息133条。")
            + marked + F.p("六、其他需要报告的事项") + F.p("无。")
        let report = try ReportParser.parse(try F.make(body: body, styles: styles)).report
        let one = try #require(report.section(slot: 1))
        return (one.sections.map(\.heading), one.blocks.compactMap(\.paragraph).map(\.text))
    }

    @Test(arguments: [LayoutParagraph.asWrittenStyle, "Style18", "a1"])
    func aParagraphInTheStyleNamedAsWrittenIsReadAsWritten(styleID: String) throws {
        let read = try Self.paragraphs(styleID: styleID, name: LayoutParagraph.asWrittenStyleName)
        #expect(read.sections.isEmpty)
        #expect(read.body == ["2024年，我乡主动公开政府信息133条。", "（一）主动公开情况"])
    }

    @Test func aParagraphInAnotherStyleReadsAsItsTextSays() throws {
        let read = try Self.paragraphs(styleID: "Style18", name: "正文")
        #expect(read.sections == ["（一）主动公开情况"])
    }
}
