import Foundation
import ReportModel
import ReportParser
import Testing

/// A report on a government website's article page whose site writes the page's own data (索引号, 发布机构, 发布日期,
/// 名称 …) in a table above the report (review wn99 F5; `Scripts/tools/make_site_fixtures.py`): that table is the
/// site's, not the report's. The page reads as the same page without it: the same title, paragraphs and tables.
@Suite struct SiteInfoTableTests {
    @Test(arguments: ["site-info", "site-info-th"])
    func theSitesInfoTableIsNoPartOfTheReport(name: String) async throws {
        let plain = try await FixtureDocuments.parse("qingshi-2024", "cms.html")
        let result = try await FixtureDocuments.parse(name, "cms.html")
        #expect(result.report.title == "青石镇人民政府2024年政府信息公开工作年度报告")
        #expect(result.report.tables.count == plain.report.tables.count)
        #expect(result.report == plain.report)
        #expect(result.diagnostics == plain.diagnostics)
    }
}
