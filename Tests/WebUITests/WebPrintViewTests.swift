import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

/// 打印 works without JavaScript: the link leads to the page's print view (`?print=1`), the page laid out as it
/// prints, on the screen too; its script, where it runs, prints the page itself instead. The print rules live in one
/// style sheet, linked for print on every page.
@Suite struct WebPrintViewTests {
    static func get(_ uri: String, _ fixture: WebFixture, _ client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
        #expect(response.status == .ok, "\(uri)")
        return Web.text(response)
    }

    @Test func thePrintLinkLeadsToAPrintViewOfTheSamePage() async throws {
        let fixture = try await WebFixture.make()
        let (first, second) = (fixture.revisions2024[0].id.hex, fixture.revisions2024[1].id.hex)
        try await fixture.test { client in
            // Each page's link is a real address: the page itself, with print=1.
            let links = [
                ("/reports/changzhang/2024", "/reports/changzhang/2024?print=1"),
                ("/reports/changzhang/2024?rev=\(first)", "/reports/changzhang/2024?rev=\(first)&amp;print=1"),
                (
                    "/reports/changzhang/2024/diff?from=\(first)&to=\(second)",
                    "/reports/changzhang/2024/diff?from=\(first)&amp;to=\(second)&amp;print=1"
                ),
                (
                    "/reports/changzhang/2024/redline?from=\(first)&to=\(second)",
                    "/reports/changzhang/2024/redline?from=\(first)&amp;to=\(second)&amp;print=1"
                ),
                ("/?year=2024", "/?year=2024&amp;print=1"),
            ]
            for (page, link) in links {
                let html = try await Self.get(page, fixture, client)
                #expect(
                    html.contains("<a class=\"button print-link\" href=\"\(link)\" id=\"print-link\">打印</a>"), "\(page)"
                )
                #expect(!html.contains("href=\"#print\""), "\(page)")
                // The print rules apply when printing only, and the page says nothing of a print view.
                #expect(html.contains("<link rel=\"stylesheet\" href=\"/assets/printing.css\" media=\"print\">"))
                #expect(!html.contains("class=\"print-hint\""))
                // The print view: the same page with the print rules on the screen, how to print it, the way back.
                let view = try await Self.get(link.replacingOccurrences(of: "&amp;", with: "&"), fixture, client)
                #expect(view.contains("<link rel=\"stylesheet\" href=\"/assets/printing.css\">"), "\(page)")
                #expect(view.contains("打印视图：请用浏览器菜单中的“打印”"), "\(page)")
                #expect(
                    view.contains("<a href=\"\(page.replacingOccurrences(of: "&", with: "&amp;"))\">返回原页面</a>"),
                    "\(page)")
            }
            // The report's print view is the report: its title and its tables.
            let report = try await Self.get("/reports/changzhang/2024?print=1", fixture, client)
            #expect(report.contains("<h1>常张乡人民政府2024年政府信息公开工作年度报告</h1>"), "\(report)")
            #expect(
                report.contains("<link rel=\"stylesheet\" media=\"print\" href=\"/reports/changzhang/2024/print.css\">")
            )
            // The print rules in one place: what printing leaves out is there, not in the site's style sheet.
            let printing = Web.text(try await client.execute(uri: "/assets/printing.css", method: .get, headers: [:]))
            let site = Web.text(try await client.execute(uri: "/assets/site.css", method: .get, headers: [:]))
            let hidden = ".topbar .user,.actions,.mark-forms,.filters,form:not(.holds-list),button,.button,.crumbs"
            #expect(printing.contains(hidden))
            // … and the reviewer's hint on deciding findings, whose forms do not print.
            #expect(printing.contains(".decide-hint"))
            #expect(!printing.contains("@media"))
            #expect(printing.contains("@page wide{size:A4 landscape"))
            #expect(!site.contains(hidden))
            #expect(site.contains("@media print{.print-hint{display:none}}"))
        }
    }

    /// A list the page holds in a form — the board's rows (their tick boxes for 导出/退回/公开), the history's revisions
    /// (their 旧/新 choices), an office's reports — prints; only the form's controls do not. Every form was hidden in
    /// print, and the board, the history and the office's page printed their heading alone (rv105 F7).
    @Test func aListInAFormPrintsWithoutTheFormsControls() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let printing = Web.text(try await client.execute(uri: "/assets/printing.css", method: .get, headers: [:]))
            #expect(printing.contains("form:not(.holds-list)"))
            #expect(
                printing.contains(".holds-list input,.holds-list select,.holds-list textarea,.holds-list fieldset,"))
            #expect(!printing.contains(",form,"))
            for page in [
                "/?year=2024&print=1", "/reports/changzhang?print=1", "/reports/changzhang/2024/history?print=1",
            ] {
                let html = try await Self.get(page, fixture, client)
                // Every table of the page is outside any form, or in one that holds a list.
                var tables = 0
                var rest = html[...]
                while let table = rest.range(of: "<table") {
                    tables += 1
                    let before = html[..<table.lowerBound]
                    if let form = before.range(of: "<form", options: .backwards),
                        before[form.upperBound...].range(of: "</form>") == nil
                    {
                        let tag = html[form.lowerBound...].prefix { $0 != ">" }
                        #expect(tag.contains("holds-list"), "\(page): \(tag)")
                    }
                    rest = html[table.upperBound...]
                }
                #expect(tables > 0, "\(page)")
                #expect(html.contains("常张乡"), "\(page)")
            }
        }
    }

    /// The figure of a table in a page, by its anchor (`t2`).
    static func figure(_ anchor: String, in html: String) throws -> Substring {
        let start = try #require(html.range(of: "<figure class=\"report-table\" id=\"\(anchor)\">"))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        return html[start.lowerBound..<end.upperBound]
    }

    /// On paper, a row of table 2 never prints under another item's header (rv101 F4: the rows carried to the next
    /// page printed under the repeated header of 第二十条第（一）项): table 2's parts (bands) have no repeated `thead`,
    /// each is a `tbody` of its header, captions and rows kept on one page; a table of one band (table 3) keeps its
    /// header repeated on each page. Table 4's section, heading included, prints on the landscape page of its table
    /// (the heading 四、 was left alone at the foot of a portrait page).
    @Test func tableTwoPrintsEachPartUnderItsOwnHeader() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = try await Self.get("/reports/changzhang/2024?print=1", fixture, client)
            let table2 = try Self.figure("t2", in: page)
            #expect(!table2.contains("<thead>"))
            let bands = table2.components(separatedBy: "<tbody class=\"band\">\n").dropFirst()
            #expect(bands.count >= 3)
            #expect(bands.allSatisfy { $0.hasPrefix("<tr class=\"colhead\">") })
            #expect(!table2.contains("<tbody>"))
            let table3 = try Self.figure("t3", in: page)
            #expect(table3.contains("<thead>\n<tr class=\"colhead\">") && !table3.contains("class=\"band\""))
            let printing = Web.text(try await client.execute(uri: "/assets/printing.css", method: .get, headers: [:]))
            #expect(printing.contains(".grid thead{display:table-header-group}"))
            #expect(printing.contains(".grid tbody.band{break-inside:avoid}"))
            #expect(printing.contains(".sec:has(.report-table.wide){page:wide}"))
        }
    }
}
