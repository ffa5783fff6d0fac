import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// How the report page reads: findings the county dismissed told apart from those that still count.
@Suite struct WebReportPageTests {
    static func page(_ fixture: WebFixture) async throws -> String {
        try await fixture.application.test(.router) { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            return Web.text(response)
        }
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
