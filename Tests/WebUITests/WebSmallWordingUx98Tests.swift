import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// Small things of user review ux98 (N) on the pages: a clerk's workbook button says it holds her offices, a batch
/// export is named with its year, and the language switch after a form leads back to its page.
@Suite struct WebSmallWordingUx98Tests {
    @Test func aClerksWorkbookButtonSaysItHoldsHerOfficesOnly() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let hers = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: clerk))
            #expect(hers.contains("本机关 Excel"), "\(hers)")
            #expect(!hers.contains("全县 Excel</a>"))
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let county = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: reviewer))
            #expect(county.contains("全县 Excel</a>"))
            #expect(!county.contains("本机关 Excel"))
        }
    }

    @Test func aBatchExportIsNamedWithItsYears() {
        #expect(
            ExportWords(language: .chinese).archiveName(years: [2025, 2025], count: 2)
                == ("2025年政府信息公开工作年度报告（2 份）.zip", "nianbao-2025.zip"))
        #expect(
            ExportWords(language: .chinese).archiveName(years: [2025, 2024], count: 3)
                == ("2024、2025年政府信息公开工作年度报告（3 份）.zip", "nianbao-2024-2025.zip"))
    }

    /// The language switch on the answer to a form leads back to the report (or the people page), not the overview.
    @Test func theLanguageSwitchAfterAFormLeadsBackToItsPage() {
        #expect(WebSession.returnAddress(afterForm: "/reports/changzhang/2025/upload") == "/reports/changzhang/2025")
        #expect(WebSession.returnAddress(afterForm: "/reports/changzhang/2025/mark") == "/reports/changzhang/2025")
        #expect(WebSession.returnAddress(afterForm: "/people/password") == "/people")
        #expect(WebSession.returnAddress(afterForm: "/login") == "/login")
        #expect(WebSession.returnAddress(afterForm: "/batch") == "/")
        #expect(WebSession.returnAddress(afterForm: "/reports/..%2F/2025/mark") == "/")
    }

    /// The comparison with last year lists the checks' findings against last year (数字与上年完全相同), which only the
    /// report page listed.
    @Test func theComparisonWithLastYearListsTheCrossYearFindings() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        for year in [2024, 2025] {
            var report = SampleReport.make(agency: "南陈乡人民政府", year: year)
            guard case .table(var table) = report.sections[2].blocks[0] else { return }
            for column in table.columns where column.key != "total" {
                table.setText("2", row: "received", column: column.key)
            }
            report.sections[2].blocks[0] = .table(table)
            try await repository.commit(
                report, to: ReportKey(agency: "nanchen", year: year), author: "王审核", message: "上传",
                agency: Agency(id: "nanchen", name: "南陈乡人民政府"))
        }
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(
                try await client.execute(uri: "/reports/nanchen/2025/diff", method: .get, headers: reviewer))
            #expect(page.contains("检查发现的与上年对比的问题"), "\(page)")
            #expect(page.contains("的数字与 2024 年完全相同"))
        }
    }
}
