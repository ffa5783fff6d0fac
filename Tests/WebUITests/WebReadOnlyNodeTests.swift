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
/// node never saves, and to send it where it is saved.
@Suite struct WebReadOnlyNodeTests {
    @Test func aFormRefusedByAReadOnlyNodeIsNotToBeSentAgainThere() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let path = folder.path("repository.sqlite").path
        let fixture = try await WebFixture.make(at: path)
        let head = fixture.revisions2024[1]
        let report = try await fixture.repository.report(at: head.id.hex)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") })
        // Given the repository served read-only
        let archive = try ReportRepository.open(at: path, access: .readOnly, logger: WebFixture.logger)
        let application = buildNodeWebApplication(
            repository: archive,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
        try await application.test(.router) { client in
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
        }
        #expect(try await fixture.repository.comments(of: WebFixture.changzhang2024).isEmpty)
    }
}
