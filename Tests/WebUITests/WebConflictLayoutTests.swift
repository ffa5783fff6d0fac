import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The conflict page cut each side's name to 9rem (`李四（常张乡电…`) and gave the 编辑 box of a whole paragraph 3 short
/// lines (rv115 M5): the names now wrap whole within a shared column, and the box is as wide as the card with lines
/// enough for its text.
@Suite struct WebConflictLayoutTests {
    static let paragraph = "section:一/section:一/paragraph:1"

    @Test func aParagraphsEditBoxHasLinesForItsTextAndTheSidesNamesAreWhole() async throws {
        // Given the township's push rewriting the paragraph the county's second revision rewrote
        let fixture = try await WebFixture.make()
        let first = fixture.revisions2024[0]
        let base = try await fixture.repository.report(at: first.id.hex)
        // (the first paragraph kept, a sentence added: an edit of it, not another paragraph)
        let long =
            "2024年，常张乡人民政府坚持以公开为常态、不公开为例外，第1项工作稳步推进，全年主动公开政府信息120条，"
            + "涉及社会救助、应急管理、财政资金等重点领域。围绕基本医疗卫生、义务教育等领域，及时公开政策文件和解读材料。"
        let theirs = SampleReport.rewritingParagraph(of: base, index: 0, to: long)
        let (root, objects) = ObjectGraph.objects(of: theirs)
        let record = RevisionContent(
            report: WebFixture.changzhang2024, root: root, parents: [first.id], author: "李四", node: "changzhang",
            time: Date(timeIntervalSince1970: 1_736_310_000), message: "改第一部分")
        let revision = EncodedObject(.revision(record))
        let outcome = try await fixture.repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: first.id)
            ],
            from: Sender(label: "常张乡电脑", scope: .agencies(["changzhang"])))
        #expect(outcome.results.first?.status == .conflict)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            // Then the paragraph's 编辑 box has a line for each 45 characters of the longer side's text and one more
            let start = try #require(page.range(of: "<textarea name=\"edit:\(Self.paragraph)\" rows=\""))
            let rows = Int(page[start.upperBound...].prefix { $0.isNumber }) ?? 0
            #expect(rows > 3 && rows >= (long.count + 44) / 45 + 1, "\(rows)")
            // And the style sheet neither cuts a side's name nor keeps the box narrow
            let site = Web.text(try await client.execute(uri: "/assets/site.css", method: .get, headers: [:]))
            let rule = try #require(
                site.components(separatedBy: ".conflict .sides dt{").dropFirst().first?.prefix { $0 != "}" })
            #expect(!rule.contains("ellipsis") && !rule.contains("nowrap"), "\(rule)")
            #expect(site.contains(".conflict .edit-choice textarea{display:block;width:100%;"))
        }
    }
}
