import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing
import WebUI
import ZIPFoundation

/// The Word and Excel downloads: a revision as .docx, next year's draft, the county's workbook; each within the
/// token's reach, another agency's report answered exactly as one that does not exist.
@Suite struct WebDownloadTests {
    static func bytes(_ response: TestResponse) -> Data { Data(response.body.readableBytesView) }

    @Test func aRevisionDownloadsAsAWordFileThatReadsBackToIt() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let old = fixture.revisions2024[0].id.hex
            for (uri, ref) in [
                ("/reports/changzhang/2024/export.docx", "changzhang/2024"),
                ("/reports/changzhang/2024/export.docx?rev=\(old)", old),
            ] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.township))
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.contains("wordprocessingml") == true)
                #expect(response.headers[.contentDisposition]?.contains("attachment") == true)
                let report = try ReportParser.parse(Self.bytes(response)).report
                #expect(report == (try await fixture.repository.report(at: ref)))
            }
        }
    }

    @Test func nextYearsDraftDownloadsWithTheYearsMovedOn() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/next-year.docx", method: .get, headers: Web.cookie(fixture.township))
            #expect(response.status == .ok)
            let draft = try ReportParser.parse(Self.bytes(response)).report
            let last = try await fixture.repository.report(at: "changzhang/2024")
            #expect(draft.year == 2025)
            #expect(draft.title == "常张乡人民政府2025年政府信息公开工作年度报告")
            let carried = try #require(last.table(number: 3))
            let table3 = try #require(draft.table(number: 3))
            for column in table3.columns {
                #expect(
                    table3.cell(row: "carried-over", column: column.key)?.text
                        == carried.cell(row: "carry-forward", column: column.key)?.text)
            }
        }
    }

    /// 2024 has its report already: the 2023 page's 下载 2024 年草稿 says the draft holds none of it, as the command
    /// line does (rv105 F9); the 2024 page, whose next year has none, says nothing.
    @Test func theDraftOfAYearWithAReportSaysSoOnThePage() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let note = "2024 年已有报告：这份草稿按本年报告重新生成，不含那份报告里的修改"
            let last = try await client.execute(
                uri: "/reports/changzhang/2023", method: .get, headers: Web.cookie(fixture.township))
            #expect(Web.text(last).contains("下载 2024 年草稿</a> <span class=\"muted\">\(note)</span>"))
            let this = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township))
            #expect(Web.text(this).contains("下载 2025 年草稿</a>"))
            #expect(!Web.text(this).contains("年已有报告：这份草稿"))
        }
    }

    @Test func anotherAgencysDownloadsAnswerAsOnesThatDoNotExist() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for page in ["/2024/export.docx", "/2024/next-year.docx", "/2024/export.docx?rev=abcd"] {
                let other = try await client.execute(
                    uri: "/reports/dazhuang" + page, method: .get, headers: Web.cookie(fixture.township))
                let none = try await client.execute(
                    uri: "/reports/nosuchagency" + page, method: .get, headers: Web.cookie(fixture.township))
                #expect(other.status == .notFound, "\(page)")
                #expect(other.status == none.status, "\(page)")
                #expect(Web.text(other).replacingOccurrences(of: "dazhuang", with: "nosuchagency") == Web.text(none))
            }
            // A revision of another agency named on its own report's download is one that does not exist.
            let prefix = String(fixture.dazhuang.id.hex.prefix(8))
            let other = try await client.execute(
                uri: "/reports/changzhang/2024/export.docx?rev=\(prefix)", method: .get,
                headers: Web.cookie(fixture.township))
            let none = try await client.execute(
                uri: "/reports/changzhang/2024/export.docx?rev=00000000", method: .get,
                headers: Web.cookie(fixture.township))
            #expect(other.status == .notFound)
            #expect(Web.text(other).replacingOccurrences(of: prefix, with: "00000000") == Web.text(none))
            // Next year's draft of a year with no report is a missing report, not a file.
            let nothing = try await client.execute(
                uri: "/reports/changzhang/2030/next-year.docx", method: .get, headers: Web.cookie(fixture.township))
            #expect(nothing.status == .notFound)
            // Without a login: to the login page.
            let anonymous = try await client.execute(uri: "/reports/changzhang/2024/export.docx", method: .get)
            #expect(anonymous.status == .seeOther)
        }
    }

    @Test func theWorkbookHoldsTheReportsTheTokenReaches() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let county = try await client.execute(
                uri: "/workbook/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(county.status == .ok)
            #expect(county.headers[.contentType]?.contains("spreadsheetml") == true)
            let countyText = try Self.sharedStrings(Self.bytes(county))
            #expect(countyText.contains("常张乡人民政府") && countyText.contains("大庄乡人民政府"))
            #expect(countyText.contains("（全县汇总）"))
            let township = try await client.execute(
                uri: "/workbook/2024", method: .get, headers: Web.cookie(fixture.township))
            #expect(township.status == .ok)
            let townshipText = try Self.sharedStrings(Self.bytes(township))
            #expect(townshipText.contains("常张乡人民政府") && !townshipText.contains("大庄乡"))
            // A township's workbook is titled by its office, not 全县汇总
            #expect(townshipText.contains("表三 收到和处理政府信息公开申请情况（常张乡人民政府）"), "\(townshipText)")
            #expect(!townshipText.contains("全县汇总"))
            let bad = try await client.execute(uri: "/workbook/20x4", method: .get, headers: Web.cookie(fixture.county))
            #expect(bad.status == .badRequest)
        }
    }

    /// The text of a workbook's shared strings (every agency's name is one).
    static func sharedStrings(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["xl/sharedStrings.xml"])
        var bytes = Data()
        _ = try archive.extract(entry) { bytes.append($0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
