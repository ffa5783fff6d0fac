import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

/// A refused conflict edit kept the typed text under the store's unit id (`编辑后的内容（section:一/section:一/
/// paragraph:2）`) and offered only 返回报告页, so the reviewer had to find the conflict page again (rv115 F5). The kept
/// text is labelled with the place as the conflict page names it, and the page leads back to the conflict.
@Suite struct WebRefusedMergeTests {
    @Test func aRefusedEditNamesThePlaceAndLeadsBackToTheConflict() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        let cell = WebConflictTests.cell
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            let csrf = try #require(Web.csrf(in: page))
            let form: [(String, String)] = [
                ("csrf", csrf), ("draft", fixture.revisions2024[1].id.hex), ("head", "from-changzhang"),
                ("headRevision", theirs.hex), ("take:\(cell)", "edit"), ("edit:\(cell)", "〔待改定：3｜7〕"),
            ]
            let refused = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.county),
                body: Web.body(form))
            #expect(refused.status == .badRequest)
            let text = Web.text(refused)
            #expect(text.contains("〔待改定：3｜7〕"))
            let place = UnitPlace.label(of: try #require(UnitID(cell)), in: nil)
            #expect(text.contains("编辑后的内容（\(place)）"), "\(text)")
            #expect(!text.contains(cell))
            #expect(text.contains("href=\"/reports/changzhang/2024/conflict\""), "\(text)")
            #expect(text.contains("返回冲突页"))
        }
    }
}
