import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import Testing
import WebUI

/// A township clerk's workbook holds her office only, but it downloaded as
/// `2025年政府信息公开工作年度报告汇总表（长子县政务公开办）.xlsx`, the county office's name, and the board's batch note
/// told her it held `所选报告的全县 Excel 汇总表` (rv115 M1). Her workbook is named after the office it holds; the
/// county's keeps the county office's name.
@Suite struct WebClerkWorkbookNameTests {
    @Test func aClerksWorkbookIsNamedAfterHerOffice() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            // A clerk of 常张乡 (a token reaching 常张乡 only)
            let hers = try await WebDownloadNameTests.savedName("/workbook/2024", fixture.township, client: client)
            #expect(hers == "2024年政府信息公开工作年度报告汇总表（常张乡人民政府）.xlsx")
            // The county's, of every office, by the office that made it
            let county = try await WebDownloadNameTests.savedName("/workbook/2024", fixture.county, client: client)
            #expect(county == "2024年政府信息公开工作年度报告汇总表（county）.xlsx")
            // The board's batch note promises no 全县 table to her
            let board = Web.text(
                try await client.execute(uri: "/?year=2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(board.contains("所选报告的 Excel 汇总表"), "\(board)")
            #expect(!board.contains("全县 Excel 汇总表"))
        }
    }
}
