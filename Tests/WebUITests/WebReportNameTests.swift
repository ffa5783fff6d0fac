import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// The pages name a report as the command line does, by one rule (``ReportNames``): `常张乡人民政府 2024 年度报告`. They
/// built their own `常张乡人民政府 2024 年` in each heading, title, printed footer, diff side and audit row.
@Suite struct WebReportNameTests {
    @Test func headingsTitlesAndLabelsNameTheReportByTheOneRule() async throws {
        let fixture = try await WebFixture.make()
        let (old, new) = (fixture.revisions2024[0], fixture.revisions2024[1])
        try await fixture.test { client in
            func page(_ uri: String) async throws -> String {
                Web.text(try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county)))
            }
            let history = try await page("/reports/changzhang/2024/history")
            #expect(history.contains("<h1><bdi>常张乡人民政府 2024 年度报告</bdi> · 历史</h1>"), "\(history)")
            #expect(history.contains("<title>常张乡人民政府 2024 年度报告 · 历史"), "\(history)")
            let report = try await page("/reports/changzhang/2024")
            #expect(report.contains("<title>常张乡人民政府 2024 年度报告"), "\(report)")
            let diff = try await page("/reports/changzhang/2024/diff")
            #expect(diff.contains("<h1>常张乡人民政府 2024 年度报告 · 对比</h1>"), "\(diff)")
            #expect(diff.contains("常张乡人民政府 2023 年度报告"), "\(diff)")
            let redline = try await page("/reports/changzhang/2024/redline?to=\(new.id.hex)&from=\(old.id.hex)")
            #expect(redline.contains("<h1>常张乡人民政府 2024 年度报告 · 修订视图</h1>"), "\(redline)")
            #expect(redline.contains("<div class=\"print-footer\">常张乡人民政府 2024 年度报告 · 修订视图"), "\(redline)")
            let conflict = try await page("/reports/changzhang/2024/conflict")
            #expect(conflict.contains("<h1>常张乡人民政府 2024 年度报告 · 冲突</h1>"), "\(conflict)")
            for text in [history, report, diff, redline, conflict] {
                #expect(!text.contains("常张乡人民政府 2024 年 ·") && !text.contains("常张乡人民政府 2024 年<"))
            }
        }
    }
}
