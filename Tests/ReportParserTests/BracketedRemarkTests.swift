import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A paragraph ending in a remark in brackets (`…取得了新进展。（全年召开专题会议2次）`) stays the paragraph the clerk
/// wrote: it had been joined to the next one across the blank line between them, one paragraph of the section lost,
/// and with it the own-copy check's sight of a reviewer's correction in the next (review rr96 F4a).
@Suite struct BracketedRemarkTests {
    static let remarked = "我乡政府信息公开工作取得了新进展。（全年召开专题会议2次）"
    static let next = "2024年全年常张乡人民政府信息公开共133条，涉及社会救助、应急管理等重点领域。"

    /// The bundled sample with `remark` added to the end of 一（一）'s first paragraph.
    static func sample(remark: String) throws -> String {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let first = "我乡政府信息公开工作取得了新进展。"
        #expect(text.contains(first + "\n\n"))
        return text.replacingOccurrences(of: first + "\n", with: first + remark + "\n")
    }

    static func firstSubsection(_ text: String) throws -> [String] {
        let report = try ReportParser.parse(text: text).report
        return try #require(report.sections.first?.sections.first).blocks.compactMap(\.paragraph).map(\.text)
    }

    @Test(arguments: ["（全年召开专题会议2次）", "(全年召开专题会议2次)", "【全年召开专题会议2次】"])
    func aRemarkInBracketsEndsItsParagraph(remark: String) throws {
        let plain = try Self.firstSubsection(try Self.sample(remark: ""))
        let remarked = try Self.firstSubsection(try Self.sample(remark: remark))
        #expect(remarked.count == plain.count)
        #expect(remarked.first?.hasSuffix("取得了新进展。" + remark) == true)
        #expect(remarked.dropFirst() == plain.dropFirst())
    }

    @Test func aRemarkWithoutAFullStopEndsItsParagraphToo() throws {
        let text = """
            常张乡人民政府2024年政府信息公开工作年度报告

            一、总体情况

            我乡政府信息公开工作取得了新进展（全年召开专题会议2次）

            \(Self.next)
            """
        #expect(
            try Self.firstSection(text) == ["我乡政府信息公开工作取得了新进展（全年召开专题会议2次）", Self.next])
    }

    /// A paragraph broken mid-sentence across a blank line (a converter's page break) is still read as one, with
    /// its warning; and a line wrapped right after a bracket, with no blank line, still runs on.
    @Test func aBreakMidSentenceStillJoins() throws {
        let text = """
            常张乡人民政府2024年政府信息公开工作年度报告

            一、总体情况

            根据《中华人民共和国政府信息公开条例》（国务院令第711号）和上级

            要求，我乡编写了本年度报告。

            本年度我乡主动公开政府信息（含“三务”公开）
            共133条，涉及社会救助等重点领域。
            """
        let result = try ReportParser.parse(text: text)
        let paragraphs = result.report.sections.first?.blocks.compactMap(\.paragraph).map(\.text)
        #expect(
            paragraphs == [
                "根据《中华人民共和国政府信息公开条例》（国务院令第711号）和上级要求，我乡编写了本年度报告。",
                "本年度我乡主动公开政府信息（含“三务”公开）共133条，涉及社会救助等重点领域。",
            ])
        #expect(result.diagnostics.contains { $0.code == .paragraphJoined })
    }

    /// The same paragraphs in a Word file, one Word paragraph each, are read as written too.
    @Test func theWordFileKeepsItsParagraphs() throws {
        let body = [
            "常张乡人民政府2024年政府信息公开工作年度报告", "一、总体情况", Self.remarked, "", Self.next,
        ].map(DocxFixture.p).joined()
        let report = try ReportParser.parse(try DocxFixture.make(body: body)).report
        #expect(report.sections.first?.blocks.compactMap(\.paragraph).map(\.text) == [Self.remarked, Self.next])
    }

    static func firstSection(_ text: String) throws -> [String] {
        try ReportParser.parse(text: text).report.sections.first?.blocks.compactMap(\.paragraph).map(\.text) ?? []
    }
}
