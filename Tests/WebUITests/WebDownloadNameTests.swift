import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// 下载 Word had named every version of a report alike (`常张乡人民政府2024年政府信息公开工作年度报告.docx`, the
/// published one and the draft: the browser added “(1)”), and the workbook every node's alike, so the workbooks a
/// city collects from its counties shared one name (rv105 F8). A Word file names its version as the batch export's
/// notes do; the workbook names the office whose node made it.
@Suite struct WebDownloadNameTests {
    /// The name a download is saved under (its `filename*`).
    static func savedName(_ uri: String, _ token: String, client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(token))
        #expect(response.status == .ok, "\(uri)")
        let disposition = try #require(response.headers[.contentDisposition])
        let encoded = try #require(disposition.components(separatedBy: "filename*=UTF-8''").last)
        return try #require(encoded.removingPercentEncoding)
    }

    @Test func eachVersionOfAReportDownloadsUnderItsOwnName() async throws {
        let fixture = try await WebFixture.make()
        let key = WebFixture.changzhang2024
        try await fixture.repository.mark(key.description, as: .submitted, author: "李四")
        let published = try await fixture.repository.mark(
            key.description, as: .published, author: "王审核", overriding: "县里核实过"
        ).revision
        let report = try await fixture.repository.report(at: published.hex)
        try await fixture.repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 0, to: "20"), to: key, author: "李四",
            message: "公开后改表三")
        let number = try #require(try await fixture.repository.generations(of: [published])[published])
        try await fixture.test { client in
            let title = "常张乡人民政府2024年政府信息公开工作年度报告"
            let draft = try await Self.savedName("/reports/changzhang/2024/export.docx", fixture.county, client: client)
            #expect(draft == title + "（第 \(number + 1) 版）.docx")
            let public_ = try await Self.savedName(
                "/reports/changzhang/2024/export.docx?rev=\(published.hex)", fixture.county, client: client)
            #expect(public_ == title + "（已公开的第 \(number) 版）.docx")
            let workbook = try await Self.savedName("/workbook/2024", fixture.county, client: client)
            #expect(workbook == "2024年政府信息公开工作年度报告汇总表（county）.xlsx")
        }
    }

    /// The two sides of a sync conflict are both 第 2 版: each downloads under a name that says whose it is, as the
    /// pages name them (`第 2 版，changzhang 常张乡党政办`), so the second download does not overwrite the first
    /// (rv109 F9).
    @Test func theTwoSidesOfAConflictDownloadUnderTwoNames() async throws {
        let fixture = try await WebFixture.make()
        let township = try await ConflictMaker.openConflict(in: fixture)
        let county = fixture.revisions2024[1].id
        let number = try #require(try await fixture.repository.generations(of: [township])[township])
        #expect(try await fixture.repository.generations(of: [county])[county] == number)
        try await fixture.test { client in
            let title = "常张乡人民政府2024年政府信息公开工作年度报告"
            let theirs = try await Self.savedName(
                "/reports/changzhang/2024/export.docx?rev=\(township.hex)", fixture.county, client: client)
            let ours = try await Self.savedName(
                "/reports/changzhang/2024/export.docx?rev=\(county.hex)", fixture.county, client: client)
            #expect(theirs == title + "（第 \(number) 版，changzhang 常张乡党政办）.docx")
            #expect(ours.hasPrefix(title + "（第 \(number) 版，") && ours != theirs, "\(ours)")
            // (a version no other shares keeps its plain name)
            let first = try await Self.savedName(
                "/reports/changzhang/2024/export.docx?rev=\(fixture.revisions2024[0].id.hex)", fixture.county,
                client: client)
            #expect(first == title + "（第 1 版）.docx")
        }
    }

    /// The text export had been named `…2024年报-第2版.txt` beside the Word file's `…（第 2 版）.docx`, and the plain
    /// `filename=` (what a browser without `filename*` saves under) held the agency's id and a hash,
    /// `changzhang-2024-0ad44e26.docx` (rv120 M8): both are named by one rule now, the plain name in pinyin.
    @Test func theTextAndWordFilesAreNamedAlikeAndThePlainNameReads() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let title = "常张乡人民政府2024年政府信息公开工作年度报告"
            for (uri, fileExtension) in [
                ("/reports/changzhang/2024/export", "txt"), ("/reports/changzhang/2024/export.docx", "docx"),
            ] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                let disposition = try #require(response.headers[.contentDisposition])
                #expect(
                    disposition.hasPrefix("attachment; filename=\"changzhangxiang-2024-v2.\(fileExtension)\"; "),
                    "\(disposition)")
                let saved = try await Self.savedName(uri, fixture.county, client: client)
                #expect(saved == title + "（第 2 版）.\(fileExtension)")
            }
            let draft = try await client.execute(
                uri: "/reports/changzhang/2024/next-year.docx", method: .get, headers: Web.cookie(fixture.county))
            #expect(
                draft.headers[.contentDisposition]?.hasPrefix(
                    "attachment; filename=\"changzhangxiang-2025-draft.docx\"")
                    == true)
        }
        // The office's short name, without the county in front; its id where the name spells nothing
        let key = ReportKey(agency: "changzhang", year: 2025)
        #expect(
            DownloadName.fallback(key, agencyName: "长子县常张乡人民政府", generation: 9, fileExtension: "docx")
                == "changzhangxiang-2025-v9.docx")
        #expect(
            DownloadName.fallback(key, agencyName: "（）", generation: nil, label: "original", fileExtension: "pdf")
                == "changzhang-2025-original.pdf")
    }
}
