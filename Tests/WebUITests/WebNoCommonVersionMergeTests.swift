import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// 常张乡's clerk, set up late, pushed his own first version over the county's draft: no common version. The
/// conflict page lists each place the two wrote differently — the opening, a reworded paragraph, a paragraph only
/// he has — and "all ours" keeps the county's text only (review rr99 F1: both wordings were kept).
@Suite struct WebNoCommonVersionMergeTests {
    @Test func allOursKeepsTheCountysTextOnly() async throws {
        let fixture = try await WebFixture.make()
        // Given the township's own wording of the report, committed from scratch and pushed over the draft
        let draft = try await fixture.repository.report(at: WebFixture.changzhang2024.description)
        let (root, objects) = ObjectGraph.objects(of: SampleReport.ownWording(of: draft))
        let record = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [], author: "李四", node: "changzhang",
            time: Date(timeIntervalSince1970: 1_736_310_000), message: "乡里自己的稿子")
        let revision = EncodedObject(.revision(record))
        let outcome = try await fixture.repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: nil)],
            from: Sender(label: "changzhang", scope: .agencies(["changzhang"])))
        try #require(outcome.results.first?.status == .conflict)
        let head = try #require(outcome.results.first?.conflict?.head)
        try await fixture.test { client in
            // When the county opens the conflict page
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            // Then the opening and the paragraph only 李四 has are places to choose
            #expect(page.contains("导语"), "\(page)")
            #expect(page.contains("只有李四在这里有这一段"), "\(page)")
            #expect(page.contains(SampleReport.ownClosingParagraph))
            // When the reviewer takes the county's side for everything
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let merged = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.county),
                body: Web.body([
                    ("csrf", csrf), ("draft", fixture.revisions2024[1].id.hex), ("head", head),
                    ("headRevision", revision.id.hex), ("all", "ours"),
                ]))
            #expect(merged.status == .seeOther)
        }
        // Then the draft is the county's text, the opening and the 依申请 fact once
        #expect(try await fixture.repository.report(at: WebFixture.changzhang2024.description) == draft)
    }
}
