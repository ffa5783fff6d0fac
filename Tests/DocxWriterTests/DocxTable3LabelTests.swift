import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// Table 3 of the Word export is laid out as the national template draws it: its row labels (`一、本年新收政府信息公开申请数量`,
/// `（二）部分公开（区分处理的，只计这一情形，不计其他情形）`, `1.属于国家秘密`) and the note in its corner left-aligned, in label
/// columns as wide as the template's, so that they no longer print centred and wrapped onto two or three lines; the
/// column headers stay centred; the file reads back to the same report.
@Suite struct DocxTable3LabelTests {
    /// A cell of a Word table: its text and its paragraph's alignment (`w:jc`), if any.
    struct WordCell: Equatable {
        var text: String
        var alignment: String?
    }

    /// The table of a `document.xml` that holds `marker`: its grid's column widths and its cells, read with regular
    /// expressions, independent of Nianbao's reader.
    static func table(holding marker: String, in xml: String) throws -> (widths: [Int], cells: [WordCell]) {
        let tables = xml.components(separatedBy: "<w:tbl>").dropFirst().map {
            $0.components(separatedBy: "</w:tbl>")[0]
        }
        let table = try #require(tables.first { $0.contains(marker) })
        let grid =
            table.components(separatedBy: "<w:tblGrid>").dropFirst().first?.components(separatedBy: "</w:tblGrid>")
            .first ?? ""
        let widths = grid.matches(of: /<w:gridCol w:w="(\d+)"\/>/).compactMap { Int($0.1) }
        let cells = table.components(separatedBy: "<w:tc>").dropFirst().map { cell -> WordCell in
            let body = cell.components(separatedBy: "</w:tc>")[0]
            let text = body.matches(of: /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/).map { String($0.1) }.joined()
            let alignment = body.firstMatch(of: /<w:jc w:val="([a-z]+)"\/>/).map { String($0.1) }
            return WordCell(text: text, alignment: alignment)
        }
        return (widths, cells)
    }

    /// The bundled sample 000 (常张乡 2024).
    static func sample() throws -> Report {
        let path = "Scripts/samples/000_35b5a4da37cb7d63.txt"
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        return try ReportParser.parse(data).report
    }

    @Test func table3sRowLabelsAreLeftAlignedInTheTemplatesWidths() throws {
        let report = try Self.sample()
        let bytes = try DocxWriter.write(report)
        let xml = String(decoding: try DocxRoundTripTests.documentXML(bytes), as: UTF8.self)
        let (widths, cells) = try Self.table(holding: "申请人情况", in: xml)
        #expect(Array(widths.prefix(3)) == [754, 921, 3_271], "\(widths)")
        func alignment(_ text: String) -> String? { cells.first { $0.text == text }?.alignment }
        for label in [
            "一、本年新收政府信息公开申请数量", "三、本年度办理结果", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
            "1.属于国家秘密", "（七）总计", "四、结转下年度继续办理",
        ] {
            #expect(alignment(label) == "left", "\(label)")
        }
        #expect(cells.first { $0.text.hasPrefix("（本列数据的勾稽关系为") }?.alignment == "left")
        // The column headers are centred by their style, as before.
        for header in ["申请人情况", "自然人", "法人或其他组织", "商业企业", "总计"] {
            #expect(cells.contains(WordCell(text: header, alignment: nil)), "\(header)")
        }
        // Only the layout changed: the file reads back to the same report.
        #expect(try ReportParser.parse(bytes).report == report)
    }

    /// The export's table 3 against the blank template itself: the same label column widths, and every label the
    /// template sets left-aligned is left-aligned in the export.
    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage))
    func table3MatchesTheBlankTemplate() throws {
        let template = String(
            decoding: try DocxRoundTripTests.documentXML(try Corpus.data("files/template-2021.docx")), as: UTF8.self)
        let official = try Self.table(holding: "申请人情况", in: template)
        let xml = String(
            decoding: try DocxRoundTripTests.documentXML(try DocxWriter.write(try Self.sample())), as: UTF8.self)
        let exported = try Self.table(holding: "申请人情况", in: xml)
        #expect(Array(exported.widths.prefix(3)) == Array(official.widths.prefix(3)))
        let left = official.cells.filter { $0.alignment == "left" && !$0.text.isEmpty }
        #expect(left.count >= 20)
        for cell in left {
            let ours = exported.cells.first { $0.text == cell.text }
            #expect(ours == nil || ours?.alignment == "left", "\(cell.text)")
        }
        #expect(left.filter { cell in exported.cells.contains { $0.text == cell.text } }.count >= 20)
    }
}
