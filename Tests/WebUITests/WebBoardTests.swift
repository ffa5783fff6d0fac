import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The county's board (`/?year=N`): expected agencies without a report shown as 未报送, sortable headers, filters and
/// search; a township clerk sees only its own agencies' rows.
@Suite struct WebBoardTests {
    /// The page fixture with two more townships registered (安阳乡 under the county, 西河乡) and no report of theirs.
    static func fixture() async throws -> WebFixture {
        let fixture = try await WebFixture.make()
        try await fixture.repository.addAgency(id: "zhangzi", name: "长子县人民政府", kind: .government, by: "管理员")
        try await fixture.repository.addAgency(
            id: "anyang", name: "安阳乡人民政府", aliases: ["长子县安阳乡"], parent: "zhangzi", by: "管理员")
        try await fixture.repository.addAgency(id: "xihe", name: "西河乡人民政府", by: "管理员")
        return fixture
    }

    static func page(_ uri: String, _ token: String, _ client: any TestClientProtocol) async throws -> String {
        let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(token))
        #expect(response.status == .ok, "\(uri)")
        return Web.text(response)
    }

    /// The reports of the rows, in the page's order.
    static func rows(_ html: String) -> [String] {
        html.components(separatedBy: "<tr data-report=\"").dropFirst().compactMap { $0.split(separator: "\"").first }
            .map(String.init)
    }

    @Test func theBoardShowsExpectedAgenciesWithoutAReport() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let board = try await Self.page("/?year=2024", fixture.county, client)
            #expect(board.contains("2024 年度报送情况"))
            #expect(board.contains("截止日期：2025年1月31日"))
            // Names in pinyin order: 安 an, 常 chang, 大 da, 西 xi; the government is not expected
            #expect(Self.rows(board) == ["anyang/2024", "changzhang/2024", "dazhuang/2024", "xihe/2024"])
            #expect(board.contains("<span class=\"status st-missing\">未报送</span>"))
            #expect(board.contains("未报送（2）"))
            #expect(board.contains("（其中 <strong id=\"missing\">2</strong> 份未报送）"))
            // and in English, without a space inside the bracket (ux98 J5: `( 2 not submitted)`)
            var english = Web.cookie(fixture.county)
            english[.cookie] = "lang=en"
            let englishBoard = Web.text(try await client.execute(uri: "/?year=2024", method: .get, headers: english))
            #expect(englishBoard.contains(" (<strong id=\"missing\">2</strong> not submitted)"), "\(englishBoard)")
            #expect(board.contains("长子县人民政府"))  // 安阳乡's parent
            #expect(board.contains("乡镇/街道"))
            #expect(board.contains("李明"))  // who changed 常张乡's report last
            #expect(!board.contains("zhangzi/2024"))
            // Every year: the reports only (no 未报送 rows: which year would they be?)
            let all = try await Self.page("/?year=all", fixture.county, client)
            #expect(!all.contains("anyang/"))
            #expect(Self.rows(all).contains("changzhang/2023"))
            #expect(all.contains("<option value=\"all\" selected>全部</option>"))
            #expect(all.contains("href=\"/?year=all&amp;sort=status&amp;order=asc\""))
        }
    }

    @Test func withoutAYearTheBoardShowsTheYearBeingReported() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            // The year being collected (2025 from 2026 on), with its 未报送 rows before any report of it has come in
            // (ux98 A), exactly as /?year=N
            let shown = max(2024, ReportRepository.collectedYear())
            let board = try await Self.page("/", fixture.county, client)
            let year = try await Self.page("/?year=\(shown)", fixture.county, client)
            #expect(board.contains("\(shown) 年度报送情况"))
            #expect(Self.rows(board) == Self.rows(year))
            #expect(Self.rows(board).contains("anyang/\(shown)"))
            #expect(board.contains("<option value=\"\(shown)\" selected>\(shown) 年</option>"))
            // A list of the agencies expected for a later year makes it the year being reported
            try await fixture.repository.setExpectedAgencies(["changzhang", "anyang"], year: shown + 1)
            let next = try await Self.page("/", fixture.county, client)
            #expect(next.contains("\(shown + 1) 年度报送情况"))
            #expect(Self.rows(next) == ["anyang/\(shown + 1)", "changzhang/\(shown + 1)"])
        }
    }

    @Test func theBoardsUploadStartsOnAReportOfTheShownYear() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            // (at `/`, the year being collected: its awaited report, before any of it has come in — ux98 A)
            let shown = max(2024, ReportRepository.collectedYear())
            for (uri, report) in [
                ("/?year=2023", "changzhang/2023"), ("/?year=2024", "changzhang/2024"), ("/", "changzhang/\(shown)"),
            ] {
                let board = try await Self.page(uri, fixture.township, client)
                #expect(board.contains("<option value=\"\(report)\" selected>"), "\(uri)")
            }
            // Every year: the list's first, as the browser starts it
            let every = try await Self.page("/?year=all", fixture.township, client)
            #expect(!every.contains("<option value=\"changzhang/2023\" selected>"))
            #expect(!every.contains("<option value=\"changzhang/2024\" selected>"))
        }
    }

    @Test func theBoardSortsFiltersAndSearches() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            // Sorting: the header links carry the filters and flip the order
            let byName = try await Self.page("/?year=2024&sort=name&order=desc", fixture.county, client)
            #expect(Self.rows(byName) == ["xihe/2024", "dazhuang/2024", "changzhang/2024", "anyang/2024"])
            #expect(byName.contains("href=\"/?year=2024&amp;sort=name&amp;order=asc\""))
            let byStatus = try await Self.page("/?year=2024&sort=status", fixture.county, client)
            #expect(Self.rows(byStatus).prefix(2) == ["anyang/2024", "xihe/2024"])
            let byChange = try await Self.page("/?year=2024&sort=changed&order=desc", fixture.county, client)
            #expect(Self.rows(byChange).first == "changzhang/2024")
            #expect(Self.rows(byChange).suffix(2) == ["anyang/2024", "xihe/2024"])
            // Filters: status, kind, parent, errors
            let missing = try await Self.page("/?year=2024&status=missing", fixture.county, client)
            #expect(Self.rows(missing) == ["anyang/2024", "xihe/2024"])
            let parent = try await Self.page("/?year=2024&parent=zhangzi", fixture.county, client)
            #expect(Self.rows(parent) == ["anyang/2024"])
            let departments = try await Self.page("/?year=2024&kind=department", fixture.county, client)
            #expect(Self.rows(departments).isEmpty)
            #expect(departments.contains("没有符合筛选条件的报告"))
            let errors = try await Self.page("/?year=2024&errors=1", fixture.county, client)
            #expect(!Self.rows(errors).contains("anyang/2024"))
            // Search: a name, an alias, pinyin initials, percent-encoded
            let name = try await Self.page("/?year=2024&q=%E5%A4%A7%E5%BA%84", fixture.county, client)  // 大庄
            #expect(Self.rows(name) == ["dazhuang/2024"])
            let alias = try await Self.page(
                "/?year=2024&q=%E9%95%BF%E5%AD%90%E5%8E%BF%E5%AE%89%E9%98%B3", fixture.county, client)  // 长子县安阳
            #expect(Self.rows(alias) == ["anyang/2024"])
            let initials = try await Self.page("/?year=2024&q=xhx", fixture.county, client)
            #expect(Self.rows(initials) == ["xihe/2024"])
            // Bad values are refused in Chinese
            let bad = try await client.execute(
                uri: "/?year=2024&sort=colour", method: .get, headers: Web.cookie(fixture.county))
            #expect(bad.status == .badRequest)
            #expect(Web.text(bad).contains("不能按“colour”排序"))
        }
    }

    @Test func aClerkSeesOnlyItsOwnAgenciesRows() async throws {
        let fixture = try await Self.fixture()
        try await fixture.repository.setExpectedAgencies(["changzhang", "anyang", "xihe"], year: 2025)
        try await fixture.test { client in
            let board = try await Self.page("/?year=2024", fixture.township, client)
            #expect(Self.rows(board) == ["changzhang/2024"])
            #expect(!board.contains("安阳乡"))
            #expect(!board.contains("西河乡"))
            #expect(!board.contains("大庄乡"))
            // A year where 常张乡 has not reported: its own missing row, nobody else's
            let next = try await Self.page("/?year=2025", fixture.township, client)
            #expect(Self.rows(next) == ["changzhang/2025"])
            #expect(next.contains("未报送"))
            #expect(!next.contains("安阳乡"))
        }
    }

    @Test func aBatchOfMarksGoesThroughTheRulesOfEachReport() async throws {
        let fixture = try await Self.fixture()
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            func batch(_ token: String, _ fields: [(String, String)]) async throws -> TestResponse {
                try await client.execute(
                    uri: "/batch", method: .post, headers: Web.form(token), body: Web.body([("csrf", csrf)] + fields))
            }
            // The county's board has the batch marks, a township's only the export
            let board = try await Self.page("/?year=2024", fixture.county, client)
            #expect(board.contains("type=\"checkbox\" name=\"report\" value=\"changzhang/2024\""))
            #expect(board.contains("name=\"action\" value=\"returned\""))
            let own = try await Self.page("/?year=2024", fixture.township, client)
            #expect(!own.contains("name=\"action\" value=\"returned\""))
            // A return without its comment: refused before any report, nothing changed
            let bare = try await batch(
                fixture.county, [("action", "returned"), ("report", "changzhang/2024"), ("report", "dazhuang/2024")])
            #expect(bare.status == .badRequest)
            #expect(Web.text(bare).contains("退回报告时请写明需要修改的地方"))
            #expect(try await fixture.repository.reports().allSatisfy { $0.returned == nil })
            // One too long: refused the same way, and what was typed is shown back to copy
            let long = String(repeating: "核", count: ReportRepository.maxNoteLength + 1)
            let tooLong = try await batch(
                fixture.county, [("action", "returned"), ("comment", long), ("report", "changzhang/2024")])
            #expect(tooLong.status == .badRequest)
            #expect(Web.text(tooLong).contains("<textarea readonly rows=\"4\">\(long)</textarea>"))
            #expect(try await fixture.repository.reports().allSatisfy { $0.returned == nil })
            // With one comment: both returned, the comment on each
            let returned = try await batch(
                fixture.county,
                [
                    ("action", "returned"), ("comment", "请核对表三"), ("report", "changzhang/2024"),
                    ("report", "dazhuang/2024"),
                ])
            #expect(Web.text(returned).contains("已完成 <strong id=\"done\">2</strong> 份"))
            let states = try await fixture.repository.reports().filter { $0.report.year == 2024 }
            #expect(states.allSatisfy { $0.status == .returned })
            #expect(states.allSatisfy { $0.mark(.returned)?.comment?.comment == "请核对表三" })
            // Publishing what was returned, not submitted: refused by the publish rules, with the reason
            let published = try await batch(fixture.county, [("action", "published"), ("report", "dazhuang/2024")])
            #expect(Web.text(published).contains("未改动："))
            // in the words of the pages: no command-line option, no revision id
            // (the county's own upload, never submitted: the answer says it may be submitted on the township's behalf)
            #expect(Web.text(published).contains("还没有报送：请勾选后选“代为报送”"))
            #expect(!Web.text(published).contains("--force") && !Web.text(published).contains("dazhuang/2024 的修订"))
            #expect(try await fixture.repository.report(WebFixture.dazhuang2024)?.published == nil)
            // A township's clerk cannot return
            let clerkCSRF = try await Web.csrf(for: fixture.township, client: client)
            let clerk = try await client.execute(
                uri: "/batch", method: .post, headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", clerkCSRF), ("action", "returned"), ("comment", "x"), ("report", "changzhang/2024"),
                ]))
            #expect(clerk.status == .forbidden)
        }
    }

    /// The board the reviewer ticked reports on names each draft; one that moved since (the clerk uploaded another
    /// version) is left as it is, so that nothing is returned or published that the reviewer did not see.
    @Test func aBatchLeavesAReportWhoseDraftMovedSinceTheBoardWasRead() async throws {
        let fixture = try await Self.fixture()
        let current = try await fixture.repository.resolve("changzhang/2024").id
        let older = fixture.revisions2024[0].id
        try await fixture.test { client in
            let board = try await Self.page("/?year=2024", fixture.county, client)
            #expect(board.contains("name=\"seen:changzhang/2024\" value=\"\(current.hex)\""))
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            func returning(seen: ObjectID) async throws -> String {
                let response = try await client.execute(
                    uri: "/batch", method: .post, headers: Web.form(fixture.county),
                    body: Web.body([
                        ("csrf", csrf), ("action", "returned"), ("comment", "请核对表三"), ("report", "changzhang/2024"),
                        ("seen:changzhang/2024", seen.hex),
                    ]))
                #expect(response.status == .ok)
                return Web.text(response)
            }
            let stale = try await returning(seen: older)
            #expect(stale.contains("又有了新的修订"))
            #expect(try await fixture.repository.report(WebFixture.changzhang2024)?.returned == nil)
            let fresh = try await returning(seen: current)
            #expect(fresh.contains("已完成 <strong id=\"done\">1</strong> 份"))
            #expect(try await fixture.repository.report(WebFixture.changzhang2024)?.returned == current)
        }
    }

    /// A published report changed afterwards: the commit says the published version still stands, and the board
    /// says 草稿（公开后有修改） rather than a plain 草稿, which had read as "no longer published".
    @Test func aReportChangedAfterItWasPublishedSaysSo() async throws {
        let fixture = try await WebFixture.make()
        let repository = fixture.repository
        try await repository.mark("changzhang/2023", as: .published, author: "王审核", overriding: "测试")
        let published = try await repository.report(at: fixture.revision2023.id.hex)
        let outcome = try await repository.commit(
            SampleReport.settingTable3Cell(of: published, index: 0, to: "99"), to: WebFixture.changzhang2023,
            author: "李明", message: "更正", agency: Agency(id: "changzhang", name: "常张乡人民政府"))
        #expect(outcome.warnings.contains("这份报告已公开的是第 1 版：这次的修改是草稿，公开的仍是第 1 版；改好后请报送，由县里重新公开"))
        try await fixture.test { client in
            let board = try await Self.page("/?year=2023", fixture.county, client)
            #expect(board.contains("草稿（公开后有修改）"), "\(board)")
        }
        // Changed back to the published text: nothing waits to be made public, so it reads 已公开 again, and the
        // commit that changed it back says nothing about a draft.
        let back = try await repository.commit(
            published, to: WebFixture.changzhang2023, author: "李明", message: "改回",
            agency: Agency(id: "changzhang", name: "常张乡人民政府"))
        #expect(back.status == .committed)
        #expect(!back.warnings.contains { $0.contains("已公开的是") }, "\(back.warnings)")
        let summary = try #require(try await repository.report(WebFixture.changzhang2023))
        #expect(summary.head.id != summary.published && summary.status == .published)
        try await fixture.test { client in
            let board = try await Self.page("/?year=2023", fixture.county, client)
            #expect(!board.contains("公开后有修改"), "\(board)")
            #expect(board.contains("已公开"))
        }
    }
}
