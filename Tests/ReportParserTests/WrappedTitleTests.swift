import Foundation
import ReportModel
import ReportParser
import Testing

/// A title too long for one line, cut inside 年度报告 (`宋村乡人民政府2024年政府信息公开工作年` / `度报告`), is read
/// whole in every format: wrapped by LibreOffice in a PDF, typed as two paragraphs in Word, saved from Word as a web
/// page and as text (`Scripts/tools/make_title_fixtures.py` makes the files). The report's first paragraph stays a
/// paragraph, and the agency and year come from the title.
@Suite struct WrappedTitleTests {
    static let title = "宋村乡人民政府2024年政府信息公开工作年度报告"
    static let firstParagraph = "本报告根据《中华人民共和国政府信息公开条例》要求编制。"

    @Test(arguments: [
        ("wrapped-title", "pdf"), ("wrapped-title", "docx"), ("split-title", "docx"), ("split-title", "html"),
        ("split-title", "txt"),
    ])
    func aTitleOverTwoLinesIsReadWhole(name: String, format: String) async throws {
        let report = try await FixtureDocuments.parse(name, format).report
        #expect(report.title.map(FixtureDocuments.squeezed) == Self.title)
        #expect(report.agency == "宋村乡人民政府")
        #expect(report.year == 2024)
        let preamble = report.preamble.compactMap(\.paragraph?.text)
        #expect(preamble.count == 1)
        #expect(preamble.first?.hasPrefix(Self.firstParagraph) == true)
    }
}
