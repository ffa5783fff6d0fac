import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncServer
import Testing
import WebUI

/// 王审核 published a report whose merge (a township's `merge --take ours`) had left out her correction, the 公开
/// button offered as for any report (user review ux96, finding 1). The button now says which of her changes a merge
/// did not take.
@Suite struct WebPublishNotTakenTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func thePublishButtonNamesTheReviewersCorrectionAMergeLeftOut() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try ReportRepository.create(
            at: folder.path("county.sqlite").path, node: "县政务公开办", logger: WebFixture.logger)
        let time = Date(timeIntervalSince1970: 1_736_300_000)
        // Given 王审核's correction of the first paragraph, and 常张乡's change of it pushed from the same draft
        let base = SampleReport.make()
        let first = try await repository.commit(base, to: Self.key, author: "李四", message: "初稿", time: time).revision
        _ = try await repository.commit(
            SampleReport.rewritingParagraph(of: base, index: 0, to: "县里核实：130条。"), to: Self.key, author: "王审核",
            message: "县里更正", time: time.addingTimeInterval(60))
        let edited = SampleReport.rewritingParagraph(of: base, index: 0, to: "乡里改过的第一段。")
        let (root, objects) = ObjectGraph.objects(of: edited)
        let record = RevisionContent(
            report: Self.key, root: root, parents: [first.id], author: "李四", node: "常张乡",
            time: time.addingTimeInterval(120), message: "乡里改")
        let revision = EncodedObject(.revision(record))
        _ = try await repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: Self.key, ref: .draft, revision: revision.id, expected: first.id)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])))
        // merged keeping 常张乡's, and submitted
        _ = try await repository.mergeHeads(
            of: Self.key, takeAll: .theirs, author: "李四", time: time.addingTimeInterval(180))
        try await repository.mark(Self.key.description, as: .submitted, author: "李四")
        let reviewer = try await repository.issueToken(label: "王审核", scope: .all).secret
        let other = try await repository.issueToken(label: "赵六", scope: .all).secret
        let application = buildNodeWebApplication(
            repository: repository,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
        try await application.test(.router) { client in
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(reviewer)))

            #expect(page.contains("class=\"alert publish-caution\""), "\(page)")
            #expect(
                page.contains("注意：合并时没有采用你的修改——一、（一）第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改。"),
                "\(page)")

            // Another reviewer, whose change it was not, is told nothing
            let others = Web.text(
                try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(other)))
            #expect(others.contains("value=\"published\""))
            #expect(!others.contains("publish-caution"))
        }
    }
}
