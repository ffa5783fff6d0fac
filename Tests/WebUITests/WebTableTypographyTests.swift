import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Report tables read as printed statistics: numbers right-aligned in tabular figures, header labels centered and
/// never broken inside a word (商业企业 stays whole), the row labels in view when a wide table scrolls.
@Suite struct WebTableTypographyTests {
    @Test func numbersAreRightAlignedHeadersWholeAndRowLabelsStay() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains(" class=\"num\">"))
            #expect(page.contains("<th scope=\"row\""))
            let css = Web.text(try await client.execute(uri: "/assets/site.css", method: .get, headers: [:]))
            #expect(css.contains(".grid td.num{text-align:right;font-variant-numeric:tabular-nums"))
            #expect(css.contains("word-break:keep-all"))
            #expect(
                css.contains(".grid th[scope=row]{text-align:left;font-weight:normal;min-width:12rem;position:sticky"))
        }
    }
}
