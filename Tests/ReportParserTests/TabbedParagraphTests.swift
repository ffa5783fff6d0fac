import DocumentLayout
import Foundation
import ReportModel
import ReportParser
import Testing

/// A Word file whose tables are rows of tab-separated text (a text report pasted into Word, or converted by
/// LibreOffice: one paragraph per line) reads as the text file does: the same tables with every number, the same
/// prose. It read every table row as a paragraph, or as a section heading (`一、本年新收政府信息公开申请数量 21 22 …`).
@Suite struct TabbedParagraphTests {
    @Test(arguments: FixtureDocuments.names)
    func tabSeparatedRowsInParagraphsAreTables(name: String) async throws {
        let text = try #require(String(data: try FixtureDocuments.data(name, "txt"), encoding: .utf8))
        let lines = text.components(separatedBy: "\n").map { $0.hasSuffix("\r") ? String($0.dropLast()) : $0 }
        #expect(lines.contains { $0.contains("\t") })
        let document = LaidOutDocument(
            format: .docx, blocks: lines.filter { !$0.isEmpty }.map { .paragraph(LayoutParagraph($0)) })
        let word = try ReportParser.parse(document: document).report
        let plain = try ReportParser.parse(text: text).report
        #expect(word.tables.map(\.table) == plain.tables.map(\.table))
        #expect(word.tables.filter { $0.table.template != nil }.count == 3)
        #expect(FixtureDocuments.outline(word) == FixtureDocuments.outline(plain))
        #expect(FixtureDocuments.paragraphs(word) == FixtureDocuments.paragraphs(plain))
    }
}
