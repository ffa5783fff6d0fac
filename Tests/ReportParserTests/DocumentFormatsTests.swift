import DocumentLayout
import DocumentReaders
import Foundation
import ReportModel
import ReportParser
import Testing

/// The same report as .docx, as PDF and as text: every cell right in each, and the same tables, outline and
/// paragraphs whatever the format.
@Suite struct DocumentFormatsTests {
    static let cases = FixtureDocuments.names.flatMap { name in FixtureDocuments.formats.map { (name, $0) } }

    @Test(arguments: cases)
    func everyCellIsRight(name: String, format: String) async throws {
        let expected = try FixtureDocuments.expected(name)
        let result = try await FixtureDocuments.parse(name, format)
        #expect(result.report.agency == expected.agency)
        #expect(result.report.year == expected.year)
        for row in expected.rows {
            let cells = FixtureDocuments.cells(of: result.report, table: row.table, label: row.row)
            #expect(cells == row.values, "table \(row.table) \(row.row)")
        }
        #expect(result.report.tables.filter { $0.table.template != nil }.count == 3)
    }

    @Test(arguments: FixtureDocuments.names)
    func formatsAgreeOnTablesOutlineAndText(name: String) async throws {
        let docx = try await FixtureDocuments.parse(name, "docx").report
        for format in FixtureDocuments.formats.dropFirst() {
            let other = try await FixtureDocuments.parse(name, format).report
            #expect(other.tables.map(\.table) == docx.tables.map(\.table), "tables of \(format)")
            #expect(FixtureDocuments.outline(other) == FixtureDocuments.outline(docx), "outline of \(format)")
            #expect(FixtureDocuments.paragraphs(other) == FixtureDocuments.paragraphs(docx), "paragraphs of \(format)")
            #expect(other.title.map(FixtureDocuments.squeezed) == docx.title.map(FixtureDocuments.squeezed))
        }
    }

    @Test(arguments: FixtureDocuments.formats)
    func readingTwiceGivesIdenticalResults(format: String) async throws {
        let name = "qingshi-2024"
        let first = try await FixtureDocuments.parse(name, format)
        let second = try await FixtureDocuments.parse(name, format)
        #expect(first.report == second.report)
        #expect(first.diagnostics == second.diagnostics)
        #expect(ReportText.render(first.report) == ReportText.render(second.report))
    }

    @Test func theFormatIsToldByContentNotByName() async throws {
        // A .docx saved under a .pdf name and a PDF under a .txt name read as what they are.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let mislabelled = folder.appendingPathComponent("report.pdf")
        try FixtureDocuments.data("qingshi-2024", "docx").write(to: mislabelled)
        let bytes = try Data(contentsOf: mislabelled)
        let result = try await FixtureDocuments.offPool { try ReportParser.parse(bytes) }
        #expect(result.format == .docx)
        let pdfBytes = try FixtureDocuments.data("qingshi-2024", "pdf")
        let pdf = try await FixtureDocuments.offPool { try ReportParser.parse(pdfBytes) }
        #expect(pdf.format == .pdf)
        #expect(pdf.report.tables.map(\.table) == result.report.tables.map(\.table))
    }
}

/// A .doc (or Kingsoft .wps) read through LibreOffice, where it is installed (`Scripts/check-doc` installs it).
@Suite(.enabled(if: LegacyWordConverter.program != nil, "LibreOffice (soffice) is not installed: .doc not tried"))
struct LegacyWordTests {
    @Test func aDocFileReadsLikeTheDocxItWasSavedFrom() async throws {
        let docBytes = try FixtureDocuments.data("qingshi-2024", "doc")
        let doc = try await FixtureDocuments.offPool { try ReportParser.parse(docBytes) }
        #expect(doc.format == .legacyWord)
        let docx = try await FixtureDocuments.parse("qingshi-2024", "docx")
        #expect(doc.report.tables.map(\.table) == docx.report.tables.map(\.table))
        #expect(FixtureDocuments.outline(doc.report) == FixtureDocuments.outline(docx.report))
    }
}
