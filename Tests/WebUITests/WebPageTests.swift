import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

@testable import WebUI

/// Every page renders what it should, in Chinese, with the report's numbers.
@Suite struct WebPageTests {
    @Test func anOfficeWritingOnItsOwnNodeIsNamedOnce() {
        let time = Date(timeIntervalSince1970: 1_736_310_000)
        func revision(author: String, node: String) -> Revision {
            Revision(
                RevisionContent(
                    report: WebFixture.changzhang2024, root: ObjectID.hashing(Data("root".utf8)), parents: [],
                    author: author, node: node, time: time, message: "初稿"))
        }
        let office = revision(author: "县政务公开办", node: "县政务公开办")
        let person = revision(author: "李明", node: "常张乡")
        #expect(ConflictMarkup.side(office) == "县政务公开办")
        #expect(ConflictMarkup.side(person) == "李明（常张乡）")
        #expect(!RevisionView(office, generation: 1, message: ShownMessage(office)).hasNode)
        #expect(RevisionView(person, generation: 1, message: ShownMessage(person)).hasNode)
        #expect(office.distinctNode == nil && person.distinctNode == "常张乡")
    }

    @Test func theOverviewListsReportsWithStatusChecksAndFilters() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let all = Web.text(
                try await client.execute(uri: "/?year=all", method: .get, headers: Web.cookie(fixture.county)))
            #expect(all.contains("<h1>概览</h1>"))
            #expect(all.contains("显示 <strong id=\"shown\">3</strong> 份报告"))
            #expect(all.contains("常张乡人民政府"))
            #expect(
                all.contains(
                    "<td data-label=\"最新修订\" class=\"message\"><span class=\"nowrap\">第 2 版</span><div class=\"sub\""))
            #expect(all.contains("补充第一部分"))
            #expect(all.contains("李明"))
            #expect(all.contains("草稿（3）"))
            #expect(all.contains("2025-01-08"))  // 2025-01-08 09:33 UTC+8 is the second revision's time
            #expect(all.contains("错误 "))  // 5 requests received and none handled breaks the 勾稽关系
            let year = Web.text(
                try await client.execute(uri: "/?year=2023", method: .get, headers: Web.cookie(fixture.county)))
            #expect(year.contains("data-report=\"changzhang/2023\""))
            #expect(!year.contains("data-report=\"changzhang/2024\""))
            // A year's board counts that year's rows, not every year's reports (it said 共 3 份 beside one report)
            #expect(!year.contains("（共 "), "\(year)")
            let filtered = Web.text(
                try await client.execute(
                    uri: "/?year=2024&status=draft&q=常张", method: .get, headers: Web.cookie(fixture.county)))
            #expect(filtered.contains("显示 <strong id=\"shown\">1</strong> 份报告（共 2 份）"), "\(filtered)")
            let published = Web.text(
                try await client.execute(uri: "/?status=published", method: .get, headers: Web.cookie(fixture.county)))
            #expect(published.contains("没有符合筛选条件的报告"))
            let agency = try await client.execute(
                uri: "/reports/changzhang", method: .get, headers: Web.cookie(fixture.county))
            #expect(agency.status == .ok)
            #expect(Web.text(agency).contains("常张乡人民政府的报告"))
            #expect(!Web.text(agency).contains("dazhuang"))
            let bad = try await client.execute(uri: "/?status=lost", method: .get, headers: Web.cookie(fixture.county))
            #expect(bad.status == .badRequest)
            #expect(Web.text(bad).contains("没有“lost”这种状态"))
        }
    }

    @Test func aReportShowsItsTablesAsTablesWithFindingsBesideTheirCells() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let html = Web.text(response)
            #expect(html.contains("<h1>常张乡人民政府2024年政府信息公开工作年度报告</h1>"))
            #expect(html.contains("<table class=\"grid\">"))
            #expect(html.contains("表三  收到和处理政府信息公开申请情况（2021 年格式）"))
            #expect(html.contains("<th scope=\"col\" colspan=\"5\" rowspan=\"1\">法人或其他组织</th>"))
            #expect(html.contains("一、本年新收政府信息公开申请数量"))
            #expect(html.contains("<td id=\"t3-received-natural-person\" class=\"num"))
            // The 3 typed into received × 自然人 breaks table 3's arithmetic: the finding sits beside section 三
            // and marks the cells it names.
            #expect(html.contains("class=\"note sev-error kind-report\""))
            #expect(html.contains("t3-identity"))
            #expect(html.contains("class=\"marker sev-error\""))
            #expect(html.contains("href=\"#t3-"))
            // Escaped: the paragraph holds <社会救助> and quotes.
            #expect(html.contains("&lt;社会救助&gt;与&quot;应急管理&quot;"))
            #expect(!html.contains("<社会救助>"))
            // Links: history, last year, the diff with last year, the previous revision, the export.
            #expect(html.contains("href=\"/reports/changzhang/2024/history\""))
            #expect(html.contains("href=\"/reports/changzhang/2023\""))
            #expect(html.contains("与 2023 年对比"))
            #expect(html.contains("与上一修订对比"))
            #expect(html.contains("href=\"/reports/changzhang/2024/export\""))
            // An older revision is shown on request.
            let old = try await client.execute(
                uri: "/reports/changzhang/2024?rev=\(fixture.revisions2024[0].id.shortHex(8))", method: .get,
                headers: Web.cookie(fixture.county))
            #expect(old.status == .ok)
            #expect(Web.text(old).contains("旧修订"))
            #expect(!Web.text(old).contains("社会救助&gt;"))
        }
    }

    @Test func theExportIsTheCanonicalTextAsADownload() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/export", method: .get, headers: Web.cookie(fixture.township))
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
            let disposition = try #require(response.headers[.contentDisposition])
            #expect(disposition.hasPrefix("attachment; filename=\"changzhangxiang-2024-v"))
            #expect(disposition.contains("filename*=UTF-8''%E5%B8%B8%E5%BC%A0%E4%B9%A1"))  // 常张乡, percent-encoded
            let ascii = disposition.unicodeScalars.allSatisfy { $0.isASCII }
            #expect(ascii)
            let expected = try await fixture.repository.exportText("changzhang/2024")
            // (a Windows text file: BOM and CRLF, rv103 F13)
            let bytes = Array(buffer: response.body)
            let windows = [0xEF, 0xBB, 0xBF] + Array(expected.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            #expect(bytes == windows)
            let stored = try await fixture.repository.report(at: "changzhang/2024")
            #expect(try ReportParser.parse(bytes).report == stored)
        }
    }

    /// Every printed page, the landscape one of table 4 too, carries the report, its status and the print date: a
    /// print style sheet of page-margin boxes, reached like the report itself.
    @Test func thePrintedFooterNamesTheReportItsStatusAndTheDate() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(
                page.contains("<link rel=\"stylesheet\" media=\"print\" href=\"/reports/changzhang/2024/print.css\">"))
            let style = try await client.execute(
                uri: "/reports/changzhang/2024/print.css", method: .get, headers: Web.cookie(fixture.township))
            #expect(style.status == .ok)
            #expect(style.headers[.contentType] == "text/css; charset=utf-8")
            let css = Web.text(style)
            #expect(css.contains("@bottom-left { content: \"常张乡人民政府 2024 年度报告 · 状态：草稿 · "), "\(css)")
            #expect(css.contains("（北京时间）\""))
            #expect(css.contains("counter(page)"))
            // Another township's report answers as one that does not exist.
            let other = try await client.execute(
                uri: "/reports/dazhuang/2024/print.css", method: .get, headers: Web.cookie(fixture.township))
            let none = try await client.execute(
                uri: "/reports/nosuchagency/2024/print.css", method: .get, headers: Web.cookie(fixture.township))
            #expect(other.status == none.status)
            #expect(other.status != .ok)
        }
        // A name cannot end the CSS string.
        #expect(ReportController.cssString("a\"b\\c\nd") == "\"a\\\"b\\\\c\\A d\"")
    }

    @Test func theHistoryListsRevisionsAndPicksTwoToDiff() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/reports/changzhang/2024/history", method: .get, headers: Web.cookie(fixture.county))
            #expect(response.status == .ok)
            let html = Web.text(response)
            let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
            #expect(html.contains("共 2 个修订"))
            #expect(
                html.contains("<form method=\"get\" action=\"/reports/changzhang/2024/diff\" class=\"holds-list\">"))
            #expect(
                html.contains(
                    "name=\"from\" value=\"\(first.id.hex)\" aria-label=\"旧修订 第 1 版\" checked"))
            #expect(
                html.contains(
                    "name=\"to\" value=\"\(second.id.hex)\" aria-label=\"新修订 第 2 版\" checked"))
            #expect(html.contains("补充第一部分"))
            #expect(html.contains("李明"))
            #expect(html.contains(">county<"))
            #expect(html.contains("当前草稿"))
            // The second revision's parent is the first.
            #expect(
                html.contains(
                    "<a href=\"/reports/changzhang/2024?rev=\(first.id.hex)\" class=\"nowrap\">第 1 版</a> </td>"
                ))
        }
    }

    @Test func pagesNameRevisionsByNumberNeverByHash() async throws {
        let fixture = try await WebFixture.make()
        let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
        try await fixture.test { client in
            for uri in [
                "/?year=all", "/reports/changzhang/2024", "/reports/changzhang/2024?rev=\(first.id.hex)",
                "/reports/changzhang/2024/history", "/reports/changzhang/2024/diff",
                "/reports/changzhang/2024/redline?from=\(first.id.hex)&to=\(second.id.hex)",
            ] {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == .ok, "\(uri)")
                // What a person reads: the page without its tags (links and form values may carry ids)
                let html = Web.text(response)
                let visible = html.split(separator: "<").map {
                    $0.split(separator: ">", maxSplits: 1, omittingEmptySubsequences: false).last ?? ""
                }.joined(separator: " ")
                #expect(visible.contains("第 2 版") || uri.contains("rev="), "\(uri)")
                for revision in fixture.revisions2024 + [fixture.revision2023, fixture.dazhuang] {
                    #expect(!visible.contains(revision.id.shortHex(8)), "\(uri) shows \(revision.id.shortHex(8))")
                }
            }
        }
    }

    @Test func theDiffShowsSectionsCellsAndYearFindings() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            // Default: last year's report against the draft, as two years.
            let years = try await client.execute(
                uri: "/reports/changzhang/2024/diff", method: .get, headers: Web.cookie(fixture.county))
            #expect(years.status == .ok)
            var html = Web.text(years)
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/assets/diff.css\">"))
            #expect(html.contains("按年度比较：2023年 → 2024年"))
            #expect(html.contains("变动的单元格（1）"))
            #expect(html.contains("<th scope=\"row\">本年新收</th>"))
            #expect(html.contains("自然人 <del>5</del> → <ins>3</ins> <span class=\"down\">（-2）</span>"))
            #expect(html.contains("照搬上年"))  // the paragraphs the sample repeats every year
            #expect(html.contains("逐节对照"))
            #expect(html.contains("href=\"/reports/changzhang/2023\""))
            // Two drafts picked in the history.
            let (first, second) = (fixture.revisions2024[0], fixture.revisions2024[1])
            let drafts = try await client.execute(
                uri: "/reports/changzhang/2024/diff?from=\(first.id.hex)&to=\(second.id.shortHex(10))", method: .get,
                headers: Web.cookie(fixture.county))
            #expect(drafts.status == .ok)
            html = Web.text(drafts)
            #expect(html.contains("按稿本比较"))
            #expect(html.contains("<del>0</del> → <ins>3</ins> <span class=\"up\">（+3）</span>"))
            #expect(html.contains("<ins>150</ins>") || html.contains("150条"))
            #expect(html.contains("与 2023 年对比"))
        }
    }

    @Test func badInputGetsAClearPageWithTheRightStatus() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            let cases: [(String, HTTPResponse.Status, String)] = [
                ("/reports/changzhang/2024?rev=xyz!", .badRequest, "不是有效的修订编号"),
                ("/reports/changzhang/2024?rev=ab", .badRequest, "不是有效的修订编号"),
                ("/reports/changzhang/2024/diff?from=nothex", .badRequest, "不是有效的修订编号"),
                ("/reports/changzhang/2024?rev=ffffffffff", .notFound, "没有编号以 ffffffffff 开头的修订"),
                ("/reports/changzhang/2024?rev=\(fixture.dazhuang.id.hex)", .notFound, "该报告没有"),
                ("/reports/changzhang/1999", .notFound, "没有这份 1999 年的报告"),
                ("/reports/nosuchagency/2024", .notFound, "没有编号为 nosuchagency 的机关"),
                ("/reports/nosuchagency", .notFound, "没有编号为 nosuchagency 的机关"),
                ("/reports/changzhang/20x4", .badRequest, "不是有效的年度"),
                ("/reports/%E5%B8%B8%E5%BC%A0/2024", .badRequest, "不是有效的机关编号"),
                ("/no/such/page", .notFound, "找不到页面"),
                // The address as typed, not its percent escapes (没有页面 /people/%E8%B5%B5%E5%85%AD), and escaped
                ("/people/%E8%B5%B5%E5%85%AD", .notFound, "没有页面 /people/赵六。"),
                ("/no/%3Cb%3E", .notFound, "没有页面 /no/&lt;b&gt;。"),
                ("/no/a%E2%80%AEb", .notFound, "没有页面 /no/a&lt;U+202E&gt;b。"),
                ("/x/a%2F..%2Fetc", .notFound, "没有页面 /x/a%2F..%2Fetc。"),
            ]
            for (uri, status, message) in cases {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == status, "\(uri)")
                let html = Web.text(response)
                #expect(html.contains(message), "\(uri): \(html.prefix(2000))")
                #expect(html.contains("<html lang=\"zh-CN\">"), "\(uri)")
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "\(uri)")
                // The status of a page not there is a code to tell whoever helps, in Chinese, below the message: no
                // bare "HTTP 404"; a refusal that says what to do has none (rv120 M7)
                #expect(html.contains("错误代码 \(status.code)") == (status == .notFound), "\(uri)")
                #expect(!html.contains("HTTP \(status.code)"), "\(uri)")
            }
        }
    }

    /// A link kept from before two ids of one office were merged (`agency merge`) leads to the same page of the id
    /// that holds the reports now; a township's token, which does not reach the old id, is answered as before: as
    /// for an agency that does not exist.
    @Test func aPageOfAnAgencyMergedAwayLeadsToTheAgencyItWentInto() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.repository.addAgency(id: "dazhuangzhen", name: "大庄镇人民政府", by: "管理员")
        _ = try await fixture.repository.mergeAgency("dazhuang", into: "dazhuangzhen", author: "县政务公开办")
        try await fixture.test { client in
            for (old, new) in [
                (
                    "/reports/dazhuang/2024?rev=\(fixture.dazhuang.id.hex)",
                    "/reports/dazhuangzhen/2024?rev=\(fixture.dazhuang.id.hex)"
                ),
                ("/reports/dazhuang/2024/history", "/reports/dazhuangzhen/2024/history"),
                ("/reports/dazhuang", "/reports/dazhuangzhen"),
            ] {
                let response = try await client.execute(uri: old, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == .found, "\(old)")
                #expect(response.headers[.location] == new, "\(old)")
            }
            let moved = try await client.execute(
                uri: "/reports/dazhuangzhen/2024", method: .get, headers: Web.cookie(fixture.county))
            #expect(moved.status == .ok)
            let township = try await client.execute(
                uri: "/reports/dazhuang/2024", method: .get, headers: Web.cookie(fixture.township))
            let none = try await client.execute(
                uri: "/reports/nosuchagency/2024", method: .get, headers: Web.cookie(fixture.township))
            #expect(township.status == .notFound)
            #expect(Web.text(township).replacingOccurrences(of: "dazhuang", with: "nosuchagency") == Web.text(none))
            // The clerk of the agency it went into follows old links too
            let clerk = try await fixture.repository.issueToken(label: "大庄镇", scope: .agencies(["dazhuangzhen"]))
            let followed = try await client.execute(
                uri: "/reports/dazhuang/2024/history", method: .get, headers: Web.cookie(clerk.secret))
            #expect(followed.status == .found)
            #expect(followed.headers[.location] == "/reports/dazhuangzhen/2024/history")
        }
    }

    @Test func theStyleSheetsAreServedByTheNode() async throws {
        let fixture = try await WebFixture.make()
        try await fixture.test { client in
            for uri in ["/assets/site.css", "/assets/diff.css"] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(Web.text(response).contains("{"))
                #expect(!Web.text(response).contains("http"))  // nothing from outside the node
            }
        }
    }
}
