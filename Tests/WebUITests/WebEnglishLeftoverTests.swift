import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// Nianbao's own words on the English pages that had stayed Chinese, found walking the reviewer's pages in English
/// once more after ux98 J: a table cell the text did not provide (`缺失`, `这一格无法读出`, `未填写`) and the printed
/// report's footer (`状态：`, `打印于`, `第 1 页`). The report's own text and labels stay as written.
@Suite struct WebEnglishLeftoverTests {
    static func english(_ token: String) -> HTTPFields {
        var headers = Web.cookie(token)
        headers[.cookie] = "lang=en"
        return headers
    }

    @Test func aMissingAndAnUnfilledCellSayWhatTheyAreInEnglish() async throws {
        let fixture = try await WebFixture.make()
        var report = try await fixture.repository.report(at: fixture.revisions2024[1].id.hex)
        report = SampleReport.settingTable3Cell(of: report, index: 0, to: "—")
        guard case .table(var table) = report.sections[2].blocks[0] else {
            Issue.record("no table 3")
            return
        }
        _ = table.setText(nil, rowAt: 0, cellAt: 1)
        report.sections[2].blocks[0] = .table(table)
        _ = try await fixture.repository.commit(report, to: WebFixture.changzhang2024, author: "李明", message: "改")
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Self.english(fixture.county)))
            #expect(page.contains("title=\"This cell could not be read\""), "\(page)")
            #expect(page.contains(">missing<"), "\(page)")
            #expect(page.contains("No number filled in (“—”)"), "\(page)")
            #expect(!page.contains("缺失") && !page.contains("这一格无法读出") && !page.contains("未填写"))
            // The Chinese page as before
            let chinese = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(chinese.contains("这一格无法读出") && chinese.contains("未填写数字（“—”）"))
        }
    }

    @Test func thePrintedFooterIsInEnglish() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let css = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/print.css", method: .get, headers: Self.english(fixture.county)))
            #expect(css.contains("常张乡人民政府 2024 report · Status: "), "\(css)")
            // (a no-break space before the bracket: the time is never broken inside, rv105 F11)
            #expect(css.contains("\u{A0}(Beijing time)") && css.contains("\"Page \" counter(page)"), "\(css)")
            #expect(!css.contains("状态") && !css.contains("打印于") && !css.contains("第 "), "\(css)")
            let chinese = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/print.css", method: .get, headers: Web.cookie(fixture.county)))
            #expect(chinese.contains("状态：") && chinese.contains("\"第 \" counter(page) \" 页\""), "\(chinese)")
        }
    }
}
