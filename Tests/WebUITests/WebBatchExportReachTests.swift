import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// A clerk's batch export with a form edited by hand to tick a report out of her reach: `说明.txt` said
/// `changzhang 2025 年度报告：未报送（没有这份报告的任何修订）` — an id, and untrue of a report the county had published (user
/// review rv120, M11). A report out of reach reads exactly like one that does not exist, in words true of both, with
/// no id.
@Suite struct WebBatchExportReachTests {
    /// Posts the board's export form as a session, with the reports given.
    static func export(
        _ reports: [String], session: HTTPFields, client: any TestClientProtocol
    ) async throws -> TestResponse {
        let board = try await client.execute(uri: "/", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(board)))
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        return try await client.execute(
            uri: "/batch/export", method: .post, headers: headers,
            body: Web.body([("csrf", csrf)] + reports.map { ("report", $0) }))
    }

    @Test func aReportOutOfReachIsSaidLikeOneThatDoesNotExistWithNoID() async throws {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        // 大庄乡 2024 is published: nothing about it is 未报送
        try await repository.mark("dazhuang/2024", as: .submitted, author: "赵强")
        try await repository.mark("dazhuang/2024", as: .published, author: "王审核")
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let response = try await Self.export(
                ["changzhang/2024", "dazhuang/2024", "nosuch/2024"], session: clerk, client: client)
            #expect(response.status == .ok)
            let files = try WebBatchExportTests.files(response)
            #expect(Set(files.keys).contains("2024-常张乡人民政府.docx"))
            #expect(!files.keys.contains { $0.contains("大庄乡") })
            let notes = String(decoding: try #require(files["说明.txt"]), as: UTF8.self)
            let line = "- 一份 2024 年度报告：没有导出（不在你可查看的范围内，或没有这份报告）"
            // The published report out of reach and the one made up read alike, twice the same line
            #expect(notes.components(separatedBy: line).count == 3, "\(notes)")
            for leak in ["dazhuang", "nosuch", "大庄乡", "未报送"] { #expect(!notes.contains(leak), "\(leak): \(notes)") }
            // Ticked alone, they are refused alike on a page, in the same words, without 都还没有报送
            let alone = Web.text(try await Self.export(["dazhuang/2024"], session: clerk, client: client))
            let made = Web.text(try await Self.export(["nosuch/2024"], session: clerk, client: client))
            #expect(alone.contains("所选的报告没有可导出的 Word 文件和汇总表：一份 2024 年度报告：没有导出（不在你可查看的范围内，或没有这份报告）"))
            #expect(!alone.contains("都还没有报送") && !alone.contains("dazhuang"), "\(alone)")
            #expect(Self.body(alone) == Self.body(made))
        }
    }

    /// A page's main part, without the parts that differ from request to request (the forms' tokens).
    static func body(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }
}
