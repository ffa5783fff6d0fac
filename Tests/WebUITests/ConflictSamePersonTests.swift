import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// When both sides of a conflict are the same person on the same office's node (one clerk's new computer pushing a
/// version committed from scratch), the conflict page tells its choices apart by version and time, marks the
/// current draft, and does not claim both started from the same draft (ux96 finding 3: `保留李四（常张乡）的` twice).
@Suite struct ConflictSamePersonTests {
    @Test func theSidesOfOnePersonsTwoComputersAreToldApart() async throws {
        let fixture = try await WebFixture.make()
        // Given 李明's version, committed from scratch on another computer of the same node, pushed over the draft
        let draft = try await fixture.repository.report(at: WebFixture.changzhang2024.description)
        let fresh = SampleReport.settingTable3Cell(of: draft, index: 0, to: "9")
        let (root, objects) = ObjectGraph.objects(of: fresh)
        let head = try await fixture.repository.resolve(WebFixture.changzhang2024.description)
        let record = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [], author: head.content.author,
            node: head.content.node, time: Date(timeIntervalSince1970: 1_736_310_000), message: "新电脑上提交")
        let revision = EncodedObject(.revision(record))
        let outcome = try await fixture.repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: nil)],
            from: Sender(label: "changzhang", scope: .agencies(["changzhang"])))
        try #require(outcome.results.first?.status == .conflict)
        try await fixture.test { client in
            // When the county opens the conflict page
            let page = try await client.execute(
                uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county))
            let html = Web.text(page)
            // Then the two choices read differently: the current draft by its number, the other by its number and time
            #expect(html.contains("> 保留第 2 版（现在的草稿，"), "\(html)")
            #expect(html.contains("> 保留第 1 版（2025-01-08 12:20）的</label>"), "\(html)")
            // And the page says the two have no common version
            #expect(html.contains("没有共同的版本"), "\(html)")
            #expect(!html.contains("都在同一稿的基础上"))
        }
    }
}
