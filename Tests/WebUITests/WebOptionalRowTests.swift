import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

/// A 2019-format report without the format's optional 第二十条第（九）项 (政府集中采购): its page and its print view show
/// (printed from the same page) no such row of 缺失 cells, as the Word export draws none (``TableTemplate/drawnRows(in:)``); the report's other
/// rows are all there (review rr93 F8).
@Suite struct WebOptionalRowTests {
    @Test func anOptionalRowTheReportLeftOutIsNotShownAsMissing() async throws {
        let fixture = try await WebFixture.make()
        let data = try Data(
            contentsOf: Corpus.packageRoot.appendingPathComponent("Scripts/samples/003_a04c1cce206c730a.txt"))
        let parsed = try ReportParser.parse(data)
        let table2 = try #require(parsed.report.table(number: 2))
        #expect(table2.template == "table2-2019")
        let key = ReportKey(agency: "dazhuang", year: try #require(parsed.report.year))
        try await fixture.repository.commit(
            parsed.report, to: key, author: "赵强", message: "2019 年格式", force: true)
        try await fixture.test { client in
            for uri in ["/reports/dazhuang/\(key.year)"] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == .ok, "\(uri)")
                let html = Web.text(response)
                // (the comment form's places are looked at in theCommentFormOffersOnlyTheRowsDrawn)
                let table = html.replacing(/<option[^>]*>[^<]*<\/option>/, with: "")
                #expect(!table.contains("政府集中采购"), "\(uri)")
                #expect(html.contains("行政事业性收费"), "\(uri)")
            }
        }
    }

    /// The comment form (批注) offered the left-out row's cells as places to comment on, places the page does not
    /// show; it offers the drawn rows only, and a comment on such a cell is refused as on a place the report has not.
    @Test func theCommentFormOffersOnlyTheRowsDrawn() async throws {
        let fixture = try await WebFixture.make()
        let data = try Data(
            contentsOf: Corpus.packageRoot.appendingPathComponent("Scripts/samples/003_a04c1cce206c730a.txt"))
        let parsed = try ReportParser.parse(data)
        let key = ReportKey(agency: "dazhuang", year: try #require(parsed.report.year))
        try await fixture.repository.commit(
            parsed.report, to: key, author: "赵强", message: "2019 年格式", force: true)
        // The places the form offers: table 2's drawn rows, not the left-out one
        let anchors = CommentAnchor.all(in: parsed.report)
        #expect(!anchors.contains { $0.unit.contains("/cell:procurement:") || $0.label.contains("政府集中采购") })
        #expect(anchors.contains { $0.unit.contains("/table:table2/cell:") && $0.label.contains("行政事业性收费") })
        try await fixture.test { client in
            let html = Web.text(
                try await client.execute(uri: "/reports/\(key)", method: .get, headers: Web.cookie(fixture.county)))
            let options = html.matches(of: /<option[^>]*>([^<]*)<\/option>/).map { String($0.output.1) }
            #expect(options.contains { $0.contains("行政事业性收费") }, "\(options)")
            #expect(!options.contains { $0.contains("政府集中采购") }, "\(options)")
        }
        // And a comment on such a cell, typed by hand, is refused
        let drawn = try #require(anchors.first { $0.unit.contains("/table:table2/cell:") }?.unit)
        let undrawn =
            String(drawn[..<(try #require(drawn.range(of: "/cell:"))).lowerBound]) + "/cell:procurement:purchase-items"
        await #expect(throws: RepositoryError.workflow(.unknownAnchor(undrawn))) {
            try await fixture.repository.addComment(
                on: key.description, at: undrawn, text: "请补上", by: Principal(author: "王审核"))
        }
    }
}
