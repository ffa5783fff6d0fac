import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The report page shows reading problems apart from the report's own: with their own badge and style, and counted
/// apart.
@Suite struct WebReadingFindingTests {
    @Test func readingProblemsAreShownApartFromTheReportsOwn() async throws {
        let fixture = try await WebFixture.make()
        // Table 4's 行政复议: 1, 0, 0, 0 and 总计 10 — the total fails (the report's error), and joining the 1 and
        // the 0 would make it hold (a reading hint: a PDF extraction may have split 10).
        var report = SampleReport.make(agency: "小李庄乡人民政府", year: 2024)
        if case .table(var table) = report.sections[3].blocks[0] {
            for (part, text) in zip(Table4Part.allCases, ["1", "0", "0", "0", "10"]) {
                table.setText(text, row: Table4Row.cases.rawValue, column: Table4Column(.review, part).rawValue)
            }
            report.sections[3].blocks[0] = .table(table)
        }
        _ = try await fixture.repository.commit(
            report, to: ReportKey(agency: "xiaoli", year: 2024), author: "王芳", message: "初稿",
            agency: Agency(id: "xiaoli", name: "小李庄乡人民政府"), time: Date(timeIntervalSince1970: 1_736_300_000))
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/xiaoli/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let html = Web.text(response)
            #expect(html.contains("t4-total"))
            #expect(html.contains("class=\"sev-error kind-report\""))
            #expect(html.contains("class=\"sev-note kind-reading\""))
            #expect(html.contains("<span class=\"tag kind-reading\">读取问题</span> 「结果维持」与「结果纠正」两格的1和0若原为一个数10"))
            #expect(html.contains("读取问题 <strong class=\"n-reading\">1</strong>"))
            #expect(html.contains("错误 <strong class=\"n-error\">1</strong>"))
        }
    }
}
