import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The Word file the county publishes keeps the 落款 right-aligned, as GB/T 9704 and the clerk's own file have it
/// (ux96 finding 7: the office and the date printed as indented body text under 六、): the signature's paragraphs are
/// `w:jc="right"` without a first-line indent, the body paragraphs are as before, and the file reads back to the
/// same report.
@Suite struct DocxSignatureTests {
    /// A paragraph of `word/document.xml`: its text and the properties the test looks at.
    struct WordParagraph {
        var text = ""
        var style: String?
        var alignment: String?
        var firstLineIndent: Int?
        var keepNext = false
        var spaceBefore: Int?
    }

    /// The body's paragraphs (not those in table cells), read with `XMLParser`, independent of Nianbao's reader.
    static func paragraphs(_ bytes: Data) throws -> [WordParagraph] {
        final class Collector: NSObject, XMLParserDelegate {
            var paragraphs: [WordParagraph] = []
            var current: WordParagraph?
            var tableDepth = 0
            var inText = false
            func parser(
                _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]
            ) {
                switch name {
                case "w:tbl": tableDepth += 1
                case "w:p" where tableDepth == 0: current = WordParagraph()
                case "w:pStyle": current?.style = attributes["w:val"]
                case "w:jc": current?.alignment = attributes["w:val"]
                case "w:ind": current?.firstLineIndent = attributes["w:firstLine"].flatMap { Int($0) }
                case "w:keepNext": current?.keepNext = true
                case "w:spacing": current?.spaceBefore = attributes["w:before"].flatMap { Int($0) }
                case "w:t": inText = true
                default: break
                }
            }
            func parser(_ parser: XMLParser, foundCharacters string: String) {
                if inText { current?.text += string }
            }
            func parser(
                _ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?
            ) {
                switch name {
                case "w:tbl": tableDepth -= 1
                case "w:t": inText = false
                case "w:p" where tableDepth == 0:
                    if let current { paragraphs.append(current) }
                    current = nil
                default: break
                }
            }
        }
        let parser = XMLParser(data: try DocxRoundTripTests.documentXML(bytes))
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse())
        return collector.paragraphs
    }

    /// The bundled sample 000 (常张乡 2024), which ends `常张乡人民政府` / `2025年1月8日` under 六、.
    static func sample() throws -> Report {
        let path = "Scripts/samples/000_35b5a4da37cb7d63.txt"
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        return try ReportParser.parse(data).report
    }

    @Test func theSignatureIsRightAlignedAndTheBodyIsNot() throws {
        let report = try Self.sample()
        let bytes = try DocxWriter.write(report)
        let paragraphs = try Self.paragraphs(bytes)
        let signature = paragraphs.suffix(2)
        #expect(signature.map(\.text) == ["常张乡人民政府", "2025年1月8日"])
        for line in signature {
            #expect(line.alignment == "right", "\(line.text)")
            #expect(line.firstLineIndent == 0, "\(line.text)")
            #expect(line.style == "ReportSignature")
        }
        // One blank line below the text, and the office kept on the page of the date.
        #expect(signature.first?.spaceBefore == 560 && signature.first?.keepNext == true)
        #expect(signature.last?.keepNext == false)
        // Every other paragraph is as before: body text indented by its style, no alignment of its own.
        let body = paragraphs.dropLast(2)
        #expect(body.contains { $0.text == "我乡2024年未收取信息处理费。" && $0.style == "BodyText" })
        #expect(body.allSatisfy { $0.alignment == nil && $0.firstLineIndent == nil && $0.style != "ReportSignature" })
        // The style shows as 落款 in Word's gallery, right-aligned without a first-line indent.
        let styles = String(decoding: try DocxRoundTripTests.part("word/styles.xml", of: bytes), as: UTF8.self)
        let style = try #require(styles.components(separatedBy: "w:styleId=\"ReportSignature\"").dropFirst().first)
        let definition = style.components(separatedBy: "</w:style>")[0]
        #expect(definition.contains("<w:name w:val=\"落款\"/>") && definition.contains("<w:jc w:val=\"right\"/>"))
        #expect(definition.contains("w:firstLine=\"0\""))
        // The file reads back to the same report: only the layout changed.
        #expect(try ReportParser.parse(bytes).report == report)
    }

    @Test func aReportWithoutASignatureHasNoRightAlignedParagraph() throws {
        var report = try Self.sample()
        let last = report.sections.count - 1
        report.sections[last].blocks.removeLast(2)
        report.sections[last].blocks.append(.paragraph(Paragraph("无")))
        let bytes = try DocxWriter.write(report)
        #expect(try Self.paragraphs(bytes).allSatisfy { $0.alignment == nil && $0.style != "ReportSignature" })
        #expect(try ReportParser.parse(bytes).report == report)
    }

    /// A signature in Chinese numerals, in the last subsection, after a joint office line, reads back the same.
    @Test func aJointSignatureInTheLastSubsectionReadsBack() throws {
        var report = try Self.sample()
        let last = report.sections.count - 1
        report.sections[last].blocks.removeLast(2)
        report.sections[last].sections = [
            Section(
                heading: "（一）信息处理费",
                blocks: ["本年度未收取。", "中共常张乡委员会", "常张乡人民政府", "二〇二五年一月八日"].map { .paragraph(Paragraph($0)) })
        ]
        let bytes = try DocxWriter.write(report)
        let paragraphs = try Self.paragraphs(bytes)
        #expect(paragraphs.filter { $0.alignment == "right" }.map(\.text) == ["中共常张乡委员会", "常张乡人民政府", "二〇二五年一月八日"])
        #expect(paragraphs.filter { $0.spaceBefore == 560 }.map(\.text) == ["中共常张乡委员会"])
        #expect(try ReportParser.parse(bytes).report == report)
    }

    /// A 落款 above the attachments listed under it is right-aligned; the attachment lines stay body text as written
    /// (rv101 F6: the office and the date were printed as indented body text).
    @Test func aSignatureAboveItsAttachmentsIsRightAligned() throws {
        var report = try Self.sample()
        let last = report.sections.count - 1
        report.sections[last].blocks += ["附件：1.常张乡政务公开目录", "2.常张乡政务公开指南"].map { .paragraph(Paragraph($0)) }
        let bytes = try DocxWriter.write(report)
        let paragraphs = try Self.paragraphs(bytes)
        #expect(paragraphs.filter { $0.alignment == "right" }.map(\.text) == ["常张乡人民政府", "2025年1月8日"])
        #expect(paragraphs.filter { $0.style == "ReportSignature" }.map(\.text) == ["常张乡人民政府", "2025年1月8日"])
        // The office kept with the date, the date with nothing: the attachments may start the next page.
        #expect(paragraphs.suffix(4).map(\.keepNext) == [true, false, false, false])
        #expect(paragraphs.suffix(2).allSatisfy { $0.style != "ReportSignature" && $0.alignment == nil })
        #expect(try ReportParser.parse(bytes).report == report)
    }
}
