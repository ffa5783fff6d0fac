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

    /// The report's own table of documents, headed 序号｜名称｜文号｜发布日期 in one row, is the report's: it was
    /// dropped as the site's data, without a word (rv104 F10). So is a page laid out in one table whose cell below
    /// the site's rows holds the article (rv104 F6).
    @Test func aTableOfTheReportsOwnOrOneHoldingTheArticleIsKept() async throws {
        // (a page of the text report's lines as paragraphs, in UTF-8: the CMS fixtures are GBK)
        let lines = String(decoding: try FixtureDocuments.data("qingshi-2024", "txt"), as: UTF8.self)
            .split(whereSeparator: \.isNewline).map { "<p>\($0)</p>" }.joined(separator: "\n")
        let page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n\(lines)\n</body></html>"
        let listing =
            "<table border=\"1\"><tr><td>序号</td><td>名称</td><td>文号</td><td>发布日期</td></tr>"
            + "<tr><td>1</td><td>青石镇政务公开工作要点</td><td>青政发〔2024〕3号</td><td>2024-03-01</td></tr></table>"
        let anchor = try #require(page.range(of: "</p>"))
        var withListing = page
        withListing.insert(contentsOf: listing, at: anchor.upperBound)
        let listingBytes = Array(withListing.utf8)
        let plain = try await FixtureDocuments.offPool { try ReportParser.parse(Array(page.utf8)) }
        let listed = try await FixtureDocuments.offPool { try ReportParser.parse(listingBytes) }
        #expect(listed.report != plain.report)
        #expect("\(listed.report)".contains("青政发〔2024〕3号"))
        // the site's rows and the article in one table: the article is read
        let body = try #require(page.range(of: "<body"))
        let article =
            "<table><tr><td>索引号：</td><td>1</td><td>发布机构：</td><td>青石镇</td></tr>"
            + "<tr><td>名称：</td><td>年报</td><td>发布日期：</td><td>2025-01-20</td></tr><tr><td colspan=\"4\">"
        var oneTable = page
        oneTable.insert(contentsOf: article, at: try #require(oneTable[body.upperBound...].range(of: ">")).upperBound)
        oneTable = oneTable.replacingOccurrences(of: "</body>", with: "</td></tr></table></body>")
        let oneTableBytes = Array(oneTable.utf8)
        let whole = try await FixtureDocuments.offPool { try ReportParser.parse(oneTableBytes) }
        #expect(whole.report.title == plain.report.title)
    }
}
