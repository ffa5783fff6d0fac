import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// A report whose title is still the blank template's (`政府信息公开工作年度报告格式模板`) is an error: it would be
/// published under that title (ux98 H).
@Suite struct TemplateTitleTests {
    /// The bundled sample 000 (常张乡 2024) with its title (the lines above the opening paragraph) replaced.
    static func sample(title: String) throws -> [Finding] {
        let url = Corpus.packageRoot.appendingPathComponent("Scripts/samples/000_35b5a4da37cb7d63.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let opening = try #require(text.range(of: "根据《"))
        let result = try ReportParser.parse(text: title + "\n\n" + text[opening.lowerBound...])
        return ReportChecker().check(result.report, diagnostics: result.diagnostics)
    }

    @Test func theTemplatesTitleIsAnErrorSayingWhatToWrite() throws {
        let findings = try Self.sample(title: "政府信息公开工作年度报告格式模板")
        let title = try #require(findings.first { $0.rule == "title-template" })
        #expect(title.severity == .error)
        #expect(title.message.hasPrefix("标题还是模板的“政府信息公开工作年度报告格式模板”，请改为“"))
        #expect(title.message.contains("政府信息公开工作年度报告”"))
        #expect(title.english?.contains("template's") == true)
        #expect(RuleNames.name(of: "title-template") == "标题仍是模板的标题")
    }

    @Test func aRealTitleHasNoSuchFinding() throws {
        let findings = try Self.sample(title: "常张乡人民政府2024年政府信息公开工作年度报告")
        #expect(!findings.contains { $0.rule == "title-template" })
    }

    /// The official blank template itself, read from its Word file.
    @Test(.enabled(if: Corpus.shouldRun, Corpus.skipMessage)) func theBlankTemplateFileHasTheFinding() throws {
        let result = try ReportParser.parse(try Corpus.data("files/template-2021.docx"))
        let findings = ReportChecker().check(result.report, diagnostics: result.diagnostics)
        #expect(findings.contains { $0.rule == "title-template" && $0.severity == .error })
    }
}
