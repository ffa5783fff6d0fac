import DocumentLayout
import DocumentReaders
import DocxWriter
import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// The Word export draws the tables of the report's own format, no other (rr89 F10): a report in the 2019 format
/// that has no 第二十条第（九）项 (政府集中采购, optional in that format) got a table of `[缺失]` marks for it, a table
/// the report never had.
@Suite struct DocxTemplateTablesTests {
    /// The texts of a .docx as Nianbao's own reader reads it: its paragraphs and its tables' cells.
    static func texts(_ bytes: Data) throws -> [String] {
        let document = try DocumentReaders.read(Array(bytes))
        #expect(document.format == .docx)
        return document.paragraphs.map(\.text) + document.tables.flatMap { $0.cells.map(\.text) }
    }

    /// Every cell of every template table: its place and its text.
    static func cells(_ report: Report) -> [String] {
        report.tables.flatMap { entry in
            entry.table.rows.flatMap { row in row.cells.map { "\(row.key)/\($0.column)=\($0.text ?? "nil")" } }
        }
    }

    @Test func a2019ReportWithoutItem9HasNoItem9Table() throws {
        let path = "Scripts/samples/003_a04c1cce206c730a.txt"
        let data = try #require(
            FileManager.default.contents(atPath: Corpus.packageRoot.appendingPathComponent(path).path))
        let report = try ReportParser.parse(data).report
        let table2 = try #require(report.table(number: 2))
        #expect(table2.template == "table2-2019")
        let bytes = try DocxWriter.write(report)
        let texts = try Self.texts(bytes)
        #expect(!texts.contains { $0.contains("第二十条第（九）项") || $0.contains("政府集中采购") || $0.contains("采购") })
        #expect(texts.contains("第二十条第（八）项"))
        // Every number reads back, in its place.
        let again = try ReportParser.parse(bytes).report
        #expect(Self.cells(again) == Self.cells(report))
        #expect(again == report)
    }

    /// A 2019 report that fills 第二十条第（九）项 keeps its table.
    @Test func a2019ReportWithItem9KeepsIt() throws {
        var generator = ReportGenerator(numbers: .distinct)
        generator.table2Format2019 = true
        let report = generator.make(seed: 3)
        let procurement = try #require(report.table(number: 2)?.cell(row: "procurement", column: "purchase-items"))
        #expect(procurement.text != nil)
        let bytes = try DocxWriter.write(report)
        let texts = try Self.texts(bytes)
        #expect(texts.contains("第二十条第（九）项") && texts.contains("政府集中采购"))
        let again = try ReportParser.parse(bytes).report
        #expect(Self.cells(again) == Self.cells(report))
    }
}
