import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A 2019-format report without the format's optional 第二十条第（九）项 (政府集中采购): its page and its print view show
/// (printed from the same page) no such row of 缺失 cells, as the Word export draws none (``TableTemplate/drawnRows(in:)``); the report's other
/// rows are all there (review rr93 F8).
@Suite struct WebOptionalRowTests {
    @Test func anOptionalRowTheReportLeftOutIsNotShownAsMissing() async throws {
        let fixture = try await WebFixture.make()
        let data = try Data(
            contentsOf: Corpus.packageRoot.appendingPathComponent("Scripts/samples/003_a04c1cce206c730a.txt"))
        let parsed = try ReportParser.parse(data)
        let table2 = try #require(parsed.report.table(number: 2))
        #expect(table2.template == "table2-2019")
        let key = ReportKey(agency: "dazhuang", year: try #require(parsed.report.year))
        try await fixture.repository.commit(
            parsed.report, to: key, author: "赵强", message: "2019 年格式", force: true)
        try await fixture.test { client in
            for uri in ["/reports/dazhuang/\(key.year)"] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == .ok, "\(uri)")
                let html = Web.text(response)
                // (the comment form may still offer its cells as places: only the table is looked at)
                let table = html.replacing(/<option[^>]*>[^<]*<\/option>/, with: "")
                #expect(!table.contains("政府集中采购"), "\(uri)")
                #expect(html.contains("行政事业性收费"), "\(uri)")
            }
        }
    }
}
