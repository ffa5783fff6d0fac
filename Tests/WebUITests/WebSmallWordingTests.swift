import DocxWriter
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// Small confusions of the pages, on a real server: a published report's latest revision is not called a draft; a
/// section is named once in the comment form's list, and by its title in the audit log; the original file of a
/// revision that merged more than the file says so.
@Suite struct WebSmallWordingTests {
    typealias People = WebPeopleTests.People

    static func get(_ uri: String, _ session: HTTPFields, _ client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: session)
        #expect(response.status == .ok, "\(uri)")
        return Web.text(response)
    }

    @Test func aPublishedReportsLatestRevisionIsNotCalledADraft() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let draft = try await Self.get("/reports/changzhang/2024", reviewer, client)
            #expect(draft.contains("<dt>修订</dt><dd>第 2 版 · 当前草稿</dd>"))
            try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
            try await repository.mark("changzhang/2024", as: .published, author: "王审核", overriding: "县政府已审定")
            let published = try await Self.get("/reports/changzhang/2024", reviewer, client)
            #expect(published.contains("<dt>修订</dt><dd>第 2 版 · 当前版本（已公开）</dd>"), "\(published)")
            #expect(!published.contains("当前草稿"))
            let old = people.fixture.revisions2024[0].id.hex
            let older = try await Self.get("/reports/changzhang/2024?rev=\(old)", reviewer, client)
            #expect(older.contains("旧修订，<a href=\"/reports/changzhang/2024\">查看当前版本（已公开）</a>"))
            let history = try await Self.get("/reports/changzhang/2024/history", reviewer, client)
            #expect(history.contains("<span class=\"tag\">当前版本（已公开）</span>"), "\(history)")
            #expect(!history.contains("当前草稿"))
        }
    }

    @Test func aSectionIsNamedOnceInTheFormAndByItsTitleInTheAuditLog() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        // 五 as some townships write it: without its number.
        var report = try await repository.report(at: "changzhang/2024")
        report.sections[4].heading = "存在的主要问题及改进情况"
        try await repository.commit(
            report, to: WebFixture.changzhang2024, author: "李明", message: "第五部分标题",
            agency: Agency(id: "changzhang", name: "常张乡人民政府"))
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = try await Self.get("/reports/changzhang/2024", reviewer, client)
            #expect(page.contains("<option value=\"section:一\">一、总体情况</option>"), "\(page)")
            #expect(page.contains(">存在的主要问题及改进情况</option>"), "\(page)")
            #expect(!page.contains("存在的主要问题及改进情况 存在的主要问题及改进情况"))
            // A comment on a section: the audit log and the comment list name the section by its title.
            let csrf = try #require(Web.csrf(in: page))
            var headers = Web.form(nil)
            for field in reviewer { headers.append(field) }
            let head = try await repository.resolve("changzhang/2024")
            let written = try await client.execute(
                uri: "/reports/changzhang/2024/comments", method: .post, headers: headers,
                body: Web.body([
                    ("csrf", csrf), ("revision", head.id.hex), ("anchor", "section:一"), ("text", "请补充总体情况"),
                ]))
            #expect(written.status == .seeOther || written.status == .found)
            let audit = try await Self.get("/audit", reviewer, client)
            #expect(audit.contains("<td data-label=\"说明\" class=\"wraps\">批注 一、总体情况</td>"), "\(audit)")
            let after = try await Self.get("/reports/changzhang/2024", reviewer, client)
            #expect(after.contains("<strong><bdi>一、总体情况</bdi></strong>"), "\(after)")
        }
    }

    /// 第 1 版 downloaded as Word and edited while the county corrected a cell (第 2 版): the upload merges both, and
    /// the new revision's original is the file as sent, without the county's correction — the page says so.
    @Test func anOriginalThatLacksWhatTheRevisionMergedSaysSo() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let first = try await repository.resolve("qingshi/2024")
        let downloaded = try await repository.report(at: first.id.hex)
        try await repository.commit(
            SampleReport.settingTable3Cell(of: downloaded, index: 0, to: "41"), to: WebUploadTests.qingshi,
            author: "王审核", message: "县里更正")
        let edited = SampleReport.settingTable3Cell(of: downloaded, index: 1, to: "42")
        let note = "上传的文件本身。本修订还合入了草稿上的其他修改（见说明），原件里没有"
        try await people.live { client in
            let clerk = try await WebPeopleTests.session("王审核", client: client)
            let merged = try await WebUploadTests.upload(
                ("青石镇年报.docx", [UInt8](try DocxWriter.write(edited, revision: first.id))),
                to: "/reports/qingshi/2024/upload", session: clerk, client: client)
            #expect(merged.status == .ok)
            let page = Web.text(merged)
            #expect(page.contains("已把文件的修改和第 2 版的修改合在一起提交"))
            #expect(page.contains(">下载原件</a>"))
            #expect(page.contains(note), "\(page)")
            // A file taken as it was sent says nothing of the kind.
            let again = try await WebUploadTests.upload(
                (
                    "青石镇年报-2.docx",
                    [UInt8](
                        try DocxWriter.write(
                            SampleReport.settingTable3Cell(
                                of: try await repository.report(at: "qingshi/2024"), index: 2, to: "43"),
                            revision: try await repository.resolve("qingshi/2024").id))
                ), to: "/reports/qingshi/2024/upload", session: clerk, client: client)
            #expect(again.status == .ok)
            #expect(Web.text(again).contains(">下载原件</a>"))
            #expect(!Web.text(again).contains(note))
        }
    }
}
