import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// The redline (修订) view of a diff: the newer text with deletions struck and insertions underlined, changed cells
/// inline (old struck, new underlined), report text escaped, linked from the diff page, within the session's reach.
@Suite struct WebRedlineTests {
    static func matches(_ text: String, _ pattern: String) -> Bool {
        text.range(of: pattern, options: .regularExpression) != nil
    }

    @Test func theRedlineStrikesDeletionsAndUnderlinesInsertions() async throws {
        let fixture = try await WebFixture.make()
        let (old, new) = (fixture.revisions2024[0], fixture.revisions2024[1])
        let before = try await fixture.repository.report(at: old.id.hex)
        let cell = before.table(number: 3)?.cell(row: "received", column: "natural-person")
        let oldValue = try #require(cell?.text)
        try await fixture.test { client in
            let diff = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/diff?from=\(old.id.hex)&to=\(new.id.hex)", method: .get,
                    headers: Web.cookie(fixture.township)))
            let link = "/reports/changzhang/2024/redline?to=\(new.id.hex)&amp;from=\(old.id.hex)"
            #expect(diff.contains("href=\"\(link)\">修订视图</a>"))
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/redline?to=\(new.id.hex)&from=\(old.id.hex)", method: .get,
                headers: Web.cookie(fixture.township))
            let page = Web.text(response)
            #expect(response.status == .ok)
            #expect(page.contains("修订视图"))
            // The changed cell of table 3: the old value struck, the new one underlined, in its place.
            #expect(page.contains("class=\"num changed\"><del>\(oldValue)</del> <ins>3</ins></td>"))
            // The rewritten paragraph: letter by letter, the report's text escaped.
            #expect(page.contains("<ins>"))
            #expect(page.contains("<del>"))
            #expect(page.contains("全年主动公开政府信息<del>100</del><ins>150</ins>条"))
            #expect(page.contains("<ins>&lt;</ins>社会救助"))
            #expect(page.contains("&quot;"))
            #expect(!page.contains("<社会救助") && !page.contains("与\"应急"))
            // Printable: the footer with the status, the print link, the two revisions named.
            #expect(page.contains("class=\"print-footer\""))
            #expect(page.contains("id=\"print-link\""))
            let numbers = try await fixture.repository.generations(of: [old.id, new.id])
            for revision in [old, new] {
                let number = try #require(numbers[revision.id])
                #expect(page.contains("<a href=\"/reports/changzhang/2024?rev=\(revision.id.hex)\">第 \(number) 版</a>"))
            }
            // Unchanged text is there, neither struck nor underlined.
            #expect(page.contains("<h2 class=\"doc-title\">常张乡人民政府2024年政府信息公开工作年度报告</h2>"))
        }
    }

    @Test func theDefaultRedlineIsAgainstLastYearAndOutOfReachIsNotFound() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/redline", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("常张乡人民政府 2023 年"))
            #expect(page.contains("<td"))
            let other = try await client.execute(
                uri: "/reports/dazhuang/2024/redline", method: .get, headers: Web.cookie(fixture.township))
            let none = try await client.execute(
                uri: "/reports/nosuchagency/2024/redline", method: .get, headers: Web.cookie(fixture.township))
            #expect(other.status == .notFound)
            #expect(Web.text(other).replacingOccurrences(of: "dazhuang", with: "nosuchagency") == Web.text(none))
            // 大庄乡 2024 has one revision and no 2023 report: nothing to compare.
            let single = try await client.execute(
                uri: "/reports/dazhuang/2024/redline", method: .get, headers: Web.cookie(fixture.county))
            #expect(single.status == .badRequest)
        }
    }
}
