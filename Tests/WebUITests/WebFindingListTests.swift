import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportChecks
import ReportModel
import ReportRepository
import Testing

/// The report page lists each finding once, in 检查结果, with the county's decision on it and, for the reviewer, the
/// form that decides it; it had listed the report's findings twice, under 问题处理 and again under 检查结果.
@Suite struct WebFindingListTests {
    typealias People = WebPeopleTests.People

    @Test func eachFindingIsListedOnceWithItsDecisionAndTheReviewersForm() async throws {
        let people = try await People.make()
        let repository = people.fixture.repository
        let head = people.fixture.revisions2024[1]
        let decided = try await repository.decidedFindings(of: [head])[head.id] ?? []
        let ofReport = decided.filter { $0.finding.kind == .report }
        let dismissed = try #require(ofReport.first { $0.isReportError })
        try await repository.decide(
            finding: dismissed.key, on: head.id.hex, verdict: .dismissed, reason: "原表如此",
            by: Principal(author: "王审核"))
        // Messages that can be counted in the page as written: no markup to escape, none inside another.
        let messages = decided.map(\.finding.message)
        let countable = messages.filter { message in
            !message.contains(where: { "&<>\"'".contains($0) })
                && messages.filter { $0.contains(message) }.count == 1
        }
        #expect(!countable.isEmpty)
        try await people.live { client in
            for (name, decides) in [("王审核", true), ("李四", false)] {
                let session = try await WebPeopleTests.session(name, client: client)
                let page = Web.text(
                    try await client.execute(uri: "/reports/changzhang/2024", method: .get, headers: session))
                // What comes before the report's text: the lists.
                let text = try #require(page.range(of: "<section class=\"document\">"))
                let lists = String(page[..<text.lowerBound])
                #expect(!lists.contains("问题处理"), "\(name)")
                for message in countable {
                    #expect(lists.components(separatedBy: message).count - 1 == 1, "\(name): \(message)")
                }
                #expect(lists.contains("<h2>检查结果（1 个不予采纳，不计入）</h2>"), "\(name)")
                let list = try #require(lists.range(of: "<ol class=\"finding-list\">"))
                let items = lists[list.upperBound...].components(separatedBy: "<li ").dropFirst()
                #expect(items.count == decided.count, "\(name)")
                let item = try #require(items.first { $0.contains(dismissed.finding.message) })
                #expect(
                    item.contains(
                        "<strong>县里不予采纳，不计入</strong>：<bdi class=\"said\">原表如此</bdi> <cite><bdi>王审核</bdi> · "),
                    "\(name)")
                // The reviewer decides each finding of the report where it is listed; the clerk sees no form.
                #expect(item.contains("name=\"key\" value=\"\(dismissed.key)\"") == decides, "\(name)")
                let forms = lists.components(separatedBy: "action=\"/reports/changzhang/2024/findings/decide\"")
                #expect(forms.count - 1 == (decides ? ofReport.count : 0), "\(name)")
            }
        }
    }
}
