import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import WebUI

/// A printed report page had broken `第 1 页` over two lines (`第 1` / `页`) beside a long footer, and the dates of the
/// footer and of the page's header (`2026-12-` / `07 11:25`), rv105 F11: the page number's box does not wrap, and a
/// time is never broken inside.
@Suite struct WebPrintLineBreakTests {
    @Test func thePageNumberAndTheTimesOfAPrintedPageAreNeverBroken() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let style = try await client.execute(
                uri: "/reports/changzhang/2024/print.css", method: .get, headers: Web.cookie(fixture.township))
            let css = Web.text(style)
            let right = try #require(css.split(separator: "\n").first { $0.contains("@bottom-right") })
            #expect(right.contains("white-space: nowrap"), "\(right)")
            let left = try #require(css.split(separator: "\n").first { $0.contains("@bottom-left") })
            // (no plain space or breakable hyphen inside a time; the Beijing-time note joined to its time)
            #expect(left.firstMatch(of: /\d{4}-\d\d/) == nil, "\(left)")
            #expect(left.firstMatch(of: /\d\d \d\d:\d\d/) == nil, "\(left)")
            #expect(left.contains("\u{2060}（北京时间）"), "\(left)")
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(page.firstMatch(of: /· <span class="nowrap">\d{4}-\d\d-\d\d \d\d:\d\d<\/span>/) != nil)
        }
    }
}
