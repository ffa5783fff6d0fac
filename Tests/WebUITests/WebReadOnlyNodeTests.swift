import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import SyncServer
import Testing

@testable import WebUI

/// A node serving its repository read-only (`serve --read-only`, or an archive it cannot write) refuses every form.
/// The refusal told the person to copy what they wrote, go back to the report “with the button below” (there was
/// none: only 返回概览) and send it again from there — where it can never be saved (rv108 F7). It now says that this
/// node never saves, and to send it where it is saved, with a button back to the report, which can be read there. And
/// the pages of such a node are a viewer's: no upload, mark, comment, decision, batch mark or people form, one line
/// under the top bar saying the node is read-only.
@Suite struct WebReadOnlyNodeTests {
    /// The application over a repository file opened read-only.
    static func readOnly(_ path: String) throws -> some ApplicationProtocol {
        let archive = try ReportRepository.open(at: path, access: .readOnly, logger: WebFixture.logger)
        return buildNodeWebApplication(
            repository: archive,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
    }

    /// The forms a page offers to change something: their addresses.
    static let changingForms = [
        "action=\"/reports/changzhang/2024/upload\"", "action=\"/reports/changzhang/2024/mark\"",
        "action=\"/reports/changzhang/2024/comments\"", "action=\"/upload\"", "name=\"action\" value=\"published\"",
        "action=\"/people\"", "action=\"/people/password\"", "action=\"/people/disable\"",
    ]

    @Test func aReadOnlyNodesPagesOfferNoFormThatChangesAnythingAndSaySo() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let fixture = try await WebFixture.make(at: path)
        _ = try await fixture.repository.addPerson(name: "王审核", role: .reviewer, password: "审核员的密码-2024", by: "管理员")
        let county = Web.bearer(fixture.county)
        let pages = ["/reports/changzhang/2024", "/", "/people"]
        // Given the node that saves: the county's token gets every form
        try await fixture.test { client in
            var offered = ""
            for page in pages {
                offered += Web.text(try await client.execute(uri: page, method: .get, headers: county))
            }
            for form in Self.changingForms { #expect(offered.contains(form), "\(form)") }
            #expect(!offered.contains("本节点以只读方式提供仓库"))
        }
        // When the same file is served read-only
        try await Self.readOnly(path).test(.router) { client in
            for page in pages {
                let answer = try await client.execute(uri: page, method: .get, headers: county)
                #expect(answer.status == .ok, "\(page)")
                let html = Web.text(answer)
                // Then no page offers a form that would change anything, and each says why
                for form in Self.changingForms { #expect(!html.contains(form), "\(page): \(form)") }
                #expect(html.contains("本节点以只读方式提供仓库（只读的存档，或用 --read-only 启动）：这里只能查看"), "\(page)")
            }
            // The report is read as a viewer reads it, and the board's batch export (a download) stays
            let report = Web.text(try await client.execute(uri: pages[0], method: .get, headers: county))
            #expect(report.contains("只读查看：不能修改或设置标记。"), "\(report)")
            #expect(!report.contains("class=\"card decide\""))
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: county))
            #expect(board.contains("formaction=\"/batch/export\""))
            // The people page lists the people, without its forms
            let people = Web.text(try await client.execute(uri: "/people", method: .get, headers: county))
            #expect(people.contains("王审核"))
        }
    }

    @Test func aFormRefusedByAReadOnlyNodeIsNotToBeSentAgainThere() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let fixture = try await WebFixture.make(at: path)
        let head = fixture.revisions2024[1]
        let report = try await fixture.repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        // Given the repository served read-only
        try await Self.readOnly(path).test(.router) { client in
            // When the county writes a comment on a cell
            let refused = try await WebWorkflowTests.post(
                "comments", [("revision", head.id.hex), ("anchor", cell.unit), ("text", "表三请核对")],
                session: Web.bearer(fixture.county), client: client)
            // Then it is refused, what was written shown back, and the page says not to send it again here
            #expect(refused.status == .serviceUnavailable)
            let html = Web.text(refused)
            #expect(html.contains("您填写的内容没有保存"), "\(html)")
            #expect(html.contains(">表三请核对</textarea>"), "\(html)")
            #expect(html.contains("本节点从不保存修改，在这里再次提交也不会保存"), "\(html)")
            #expect(!html.contains("在新打开的页面上填写提交"), "\(html)")
            #expect(html.contains("在本节点再次提交也一样"), "\(html)")
            // The button leads back to the report, which can be read here
            #expect(html.contains("<a class=\"button\" href=\"/reports/changzhang/2024\">返回报告页</a>"), "\(html)")
        }
        #expect(try await fixture.repository.comments(of: WebFixture.changzhang2024).isEmpty)
    }
}
