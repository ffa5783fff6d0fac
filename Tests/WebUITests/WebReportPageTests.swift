import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// How the report page reads: the marks in time order, whose revision it is and on which node, findings the county
/// dismissed told apart from those that still count, and wide tables given the page's width.
@Suite struct WebReportPageTests {
    static func page(_ fixture: WebFixture) async throws -> String {
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            return Web.text(response)
        }
    }

    @Test func theMarksAreListedOldestFirst() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let head = fixture.revisions2024[1].id.hex
        let start = Date(timeIntervalSince1970: 1_736_400_000)
        // Submitted, returned, then the same revision submitted again: the submission is now the latest mark
        try await repository.mark(head, as: .submitted, author: "李四", time: start)
        try await repository.mark(head, as: .returned, comment: "请核对", author: "王审核", time: start + 120)
        try await repository.mark(head, as: .submitted, author: "李四", time: start + 240)
        let html = try await Self.page(fixture)
        let list = try #require(html.range(of: "<ul class=\"mark-list\">"))
        let end = try #require(html[list.upperBound...].range(of: "</ul>"))
        let marks = html[list.upperBound..<end.lowerBound]
        let returned = try #require(marks.range(of: DisplayFormat.time(start + 120)))
        let submitted = try #require(marks.range(of: DisplayFormat.time(start + 240)))
        #expect(returned.lowerBound < submitted.lowerBound)
    }

    @Test func theAuthorLineSaysTheNodeIsWhereTheRevisionWasMade() async throws {
        // The fixture's revisions are 李明's, made on the node `county`
        let html = try await Self.page(try await WebFixture.make())
        #expect(html.contains("<dd><bdi>李明</bdi>（在 <bdi>county</bdi> 节点提交） · "))
        #expect(!html.contains("李明 · county"))
    }

    @Test func aSectionWithoutFindingsGivesItsTablesTheWholeWidth() async throws {
        let html = try await Self.page(try await WebFixture.make())
        // Only a section with findings keeps a column for them
        #expect(html.contains("<div class=\"sec depth-1\" id="))
        #expect(html.contains(" has-notes\" id="))
        let css = PageTemplates.styleSheet
        #expect(css.contains(".sec{display:grid;grid-template-columns:minmax(0,1fr);"))
        #expect(css.contains(".sec.has-notes{grid-template-columns:minmax(0,1fr) 19rem}"))
    }

    @Test func aDismissedFindingIsShownAsDismissedNotAsAnError() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        let head = fixture.revisions2024[1]
        let findings = try #require(try await repository.decidedFindings(of: [head])[head.id])
        let error = try #require(findings.first { $0.isReportError })
        try await repository.decide(
            finding: error.key, on: head.id.hex, verdict: .dismissed, reason: "原表如此",
            by: Principal(author: "王审核"))
        let html = try await Self.page(fixture)
        let list = try #require(html.range(of: "<ol class=\"finding-list\">"))
        let end = try #require(html[list.upperBound...].range(of: "</ol>"))
        let items = html[list.upperBound..<end.lowerBound].components(separatedBy: "<li ").dropFirst()
        let item = try #require(items.first { $0.contains(error.finding.message) })
        #expect(item.hasPrefix("class=\"dismissed kind-report\""))
        #expect(!item.contains("sev-error"))
        #expect(item.contains("<span class=\"tag dismissed\">不予采纳</span>"))
        #expect(item.contains("<bdi class=\"said\">原表如此</bdi> <cite><bdi>王审核</bdi> · "))
        // The other findings still show their severity
        #expect(items.filter { $0.contains("sev-error") }.count == findings.filter(\.isReportError).count - 1)
    }
}
