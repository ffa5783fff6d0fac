import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// A report's paragraph is shown as written: a tab a clerk typed between two items (`联系人：张三⇥电话：…`) and runs of
/// spaces are kept on the report page, where a browser made them one space. The model, the text export and `show`
/// kept the tab already; only the page lost it.
@Suite struct WebParagraphTabTests {
    @Test func aTabInAParagraphIsShownAsATab() async throws {
        let fixture = try await WebFixture.make()
        let key = WebFixture.changzhang2024
        var report = try await fixture.repository.report(at: try #require(fixture.revisions2024.last).id.hex)
        let typed = "联系人：张三\t电话：0355-1234567"
        report.sections[0].blocks.append(.paragraph(Paragraph(typed)))
        _ = try await fixture.repository.commit(report, to: key, author: "王芳", message: "联系人")
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            // The tab is in the page, in a paragraph of its section …
            #expect(page.contains("<p>\(typed)</p>"))
            // … and the page's style keeps it (and runs of spaces) instead of making it one space.
            let css = Web.text(try await client.execute(uri: "/assets/site.css", method: .get, headers: [:]))
            #expect(css.contains(".sec-main>p,.rl-sec>p{white-space:pre-wrap"))
        }
    }
}
