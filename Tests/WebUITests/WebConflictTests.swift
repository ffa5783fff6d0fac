import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import ReportDiff
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The conflict page and the merge it commits; the returned mark with its comment.
@Suite struct WebConflictTests {
    static let cell = "section:三/table:table3/cell:received:natural-person"

    /// The draft's head is 王审核's (another cell), but the conflicting cell was typed by 李明: the page says so beside
    /// the side's name, rather than crediting the change to whoever made the head (review rr89 F5).
    @Test func eachSideNamesWhoTypedTheChangeAtThatPlace() async throws {
        let fixture = try await WebFixture.make()
        let draft = try await fixture.repository.report(at: WebFixture.changzhang2024.description)
        try await fixture.repository.commit(
            SampleReport.settingTable3Cell(of: draft, index: 1, to: "6"), to: WebFixture.changzhang2024,
            author: "王审核", message: "补表三", time: Date(timeIntervalSince1970: 1_736_309_000))
        try await ConflictMaker.openConflict(in: fixture)
        try await fixture.test { client in
            let page = try await client.execute(
                uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county))
            let html = Web.text(page)
            #expect(html.contains("<dt>王审核 改为<span class=\"by\">（<bdi>李明</bdi> 改的）</span></dt>"), "\(html)")
            #expect(html.contains("<dt>常张乡党政办 改为</dt>"))
        }
    }

    @Test func theConflictPageShowsBaseOursAndTheirsAndTheChoiceCommitsTheMerge() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        let ours = fixture.revisions2024[1].id
        try await fixture.test { client in
            let page = try await client.execute(
                uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.township))
            #expect(page.status == .ok)
            let html = Web.text(page)
            // The unit by its place, the sides by who and where, the base once and each side's change against it
            #expect(html.contains("<h3>三、表三 · 本年新收 · 自然人</h3>"), "\(html)")
            #expect(html.contains("<dt>李明（county）</dt>") && html.contains("<dt>常张乡党政办（changzhang）</dt>"))
            // The history names the other line by where it came from, not by its head's name
            let history = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/history", method: .get, headers: Web.cookie(fixture.county)))
            #expect(history.contains("待合并：changzhang 推送的修订"), "\(history)")
            #expect(!history.contains("from-changzhang"))
            #expect(
                html.contains(
                    "<div class=\"base\"><dt>原稿</dt><dd>0</dd></div><div class=\"ours\"><dt>李明 改为</dt><dd><del>0</del><ins>3</ins></dd>"
                ))
            #expect(html.contains("<dt>常张乡党政办 改为</dt><dd><del>0</del><ins>4</ins></dd>"))
            #expect(html.contains("value=\"ours\" required> 保留李明的</label>"))
            #expect(html.contains("type=\"radio\" name=\"take:\(Self.cell)\" value=\"theirs\"> 保留常张乡党政办的"))
            #expect(html.contains("<bdi>changzhang 推送的修订</bdi>："), "\(html)")
            // No ids or the words of programmers in what a person reads
            let visible = Web.visibleText(html)
            for word in ["section:", "table3", "received", "natural-person", "我方", "对方", "共同祖先"] {
                #expect(!visible.contains(word), "\(word)")
            }
            #expect(html.contains("name=\"headRevision\" value=\"\(theirs.hex)\""))
            // Looking commits nothing.
            #expect(try await fixture.repository.conflicts(of: WebFixture.changzhang2024).count == 1)
            let csrf = try #require(Web.csrf(in: html))
            let form: [(String, String)] = [
                ("csrf", csrf), ("draft", ours.hex), ("head", "from-changzhang"), ("headRevision", theirs.hex),
            ]
            // A form opened before the draft moved is refused.
            let stale = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.township),
                body: Web.body([
                    ("csrf", csrf), ("draft", fixture.revisions2024[0].id.hex), ("head", "from-changzhang"),
                    ("headRevision", theirs.hex), ("take:\(Self.cell)", "theirs"),
                ]))
            #expect(stale.status == .conflict)
            // Without a choice the page comes back, still open.
            let undecided = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.township),
                body: Web.body(form))
            #expect(undecided.status == .ok)
            #expect(Web.text(undecided).contains("还有 1 个冲突单元需要选择"))
            // Without the form token nothing happens.
            let forged = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.township),
                body: Web.body(Array(form.dropFirst()) + [("take:\(Self.cell)", "theirs")]))
            #expect(forged.status == .forbidden)
            #expect(try await fixture.repository.conflicts(of: WebFixture.changzhang2024).count == 1)
            // Taking theirs commits a merge with both heads as parents.
            let merged = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.township),
                body: Web.body(form + [("take:\(Self.cell)", "theirs")]))
            #expect(merged.status == .seeOther)
            #expect(merged.headers[.location] == "/reports/changzhang/2024")
            let head = try await fixture.repository.resolve("changzhang/2024")
            #expect(head.parents == [ours, theirs])
            #expect(head.content.author == "常张乡")
            let report = try await fixture.repository.report(at: "changzhang/2024")
            let table = try #require(report.table(number: 3))
            #expect(table.cell(row: "received", column: "natural-person")?.text == "4")
            #expect(try await fixture.repository.conflicts(of: WebFixture.changzhang2024).isEmpty)
            let after = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.township)))
            #expect(after.contains("该报告没有未解决的冲突"))
        }
    }

    /// A township pushes again onto the second head after the reviewer opened the conflict page: the sides chosen
    /// are not applied to the newer revision the reviewer never saw, and the conflict stays open.
    @Test func aMergeChosenFromAnOlderSecondHeadIsRefused() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        let ours = fixture.revisions2024[1].id
        let seen = try await fixture.repository.report(at: theirs.hex)
        let newer = SampleReport.settingTable3Cell(of: seen, index: 1, to: "9")
        let (root, objects) = ObjectGraph.objects(of: newer)
        let revision = EncodedObject(
            .revision(
                RevisionContent(
                    report: WebFixture.changzhang2024, root: root, parents: [theirs], author: "常张乡党政办",
                    node: "changzhang", time: Date(timeIntervalSince1970: 1_736_320_000), message: "又改一处")))
        _ = try await fixture.repository.receive(
            objects: (objects + [revision]).map { ReceivedObject(id: $0.id, bytes: $0.bytes) },
            updates: [
                RefUpdate(report: WebFixture.changzhang2024, ref: .draft, revision: revision.id, expected: theirs)
            ],
            from: Sender(label: "changzhang", scope: .agencies(["changzhang"])))
        let head = try #require(try await fixture.repository.conflicts(openOnly: true).first?.head)
        await #expect(throws: RepositoryError.self) {
            try await fixture.repository.mergeHeads(
                of: WebFixture.changzhang2024, head: head, takeAll: .ours, author: "王审核", seen: (ours, theirs))
        }
        #expect(try await fixture.repository.resolve("changzhang/2024").id == ours)
        #expect(try await fixture.repository.conflicts(openOnly: true).count == 1)
        // Chosen from what is there now, the merge goes through
        let merged = try await fixture.repository.mergeHeads(
            of: WebFixture.changzhang2024, head: head, takeAll: .ours, author: "王审核", seen: (ours, revision.id))
        #expect(merged.isCommitted)
    }

    /// The two sides of a sync conflict are both 第 2 版 (made side by side from 第 1 版): where they are shown
    /// together — the conflict page, the history, the diff of the two — each is named by its office and person too,
    /// never by id.
    @Test func theTwoSidesOfAConflictAreToldApartByOfficeAndPerson() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        let ours = fixture.revisions2024[1].id
        try await fixture.test { client in
            func page(_ uri: String) async throws -> String {
                let response = try await client.execute(uri: uri, method: .get, headers: Web.cookie(fixture.county))
                #expect(response.status == .ok, "\(uri)")
                return Web.text(response)
            }
            let conflict = try await page("/reports/changzhang/2024/conflict")
            #expect(conflict.contains("<dd>本节点的草稿：第 2 版（county 李明） · "), "\(conflict)")
            #expect(conflict.contains("推送的修订</bdi>：第 2 版（changzhang 常张乡党政办） · "))
            #expect(conflict.contains("两边共同依据的上一稿：第 1 版 · "))
            let history = try await page("/reports/changzhang/2024/history")
            #expect(history.contains(">第 2 版（county 李明）</a>"), "\(history)")
            #expect(history.contains(">第 2 版（changzhang 常张乡党政办）</a>"))
            #expect(history.contains(">第 1 版</a>"))
            let diff = try await page("/reports/changzhang/2024/diff?from=\(ours.hex)&to=\(theirs.hex)")
            #expect(diff.contains(">第 2 版（county 李明）</a>"), "\(diff)")
            #expect(diff.contains(">第 2 版（changzhang 常张乡党政办）</a>"))
            for html in [conflict, history, diff] {
                let visible = Web.visibleText(html)
                #expect(!visible.contains(ours.shortHex(8)) && !visible.contains(theirs.shortHex(8)))
            }
        }
    }

    @Test func takingOneSideForEveryUnitMergesInOneClick() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        try await fixture.test { client in
            let csrf = try await Web.csrf(for: fixture.county, client: client)
            let merged = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.county),
                body: Web.body([
                    ("csrf", csrf), ("draft", fixture.revisions2024[1].id.hex), ("head", "from-changzhang"),
                    ("headRevision", theirs.hex), ("all", "ours"),
                ]))
            #expect(merged.status == .seeOther)
            let report = try await fixture.repository.report(at: "changzhang/2024")
            #expect(report.table(number: 3)?.cell(row: "received", column: "natural-person")?.text == "3")
            // The history names the merge's two parents, both 第 2 版, by their offices and authors too, and the
            // merge by the office the other line came from
            let history = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/history", method: .get, headers: Web.cookie(fixture.county)))
            #expect(history.contains(">第 2 版（county 李明）</a> <a "), "\(history)")
            #expect(history.contains(">第 2 版（changzhang 常张乡党政办）</a> </td>"))
            #expect(history.contains("aria-label=\"新修订 第 3 版\""))
            #expect(history.contains("合并 changzhang 推送的修订（网页，") && !history.contains("token"))
            // Publishing is no longer stopped by the conflict: the merge was never submitted, so the county is
            // asked to confirm.
            let publish = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: WebFormTests.markForm(
                    csrf, mark: "published", revision: try await fixture.repository.resolve("changzhang/2024").id))
            #expect(publish.status == .ok)
            #expect(Web.text(publish).contains("公开前请确认"))
            #expect(!Web.text(publish).contains("冲突"))
        }
    }

    /// A cell both changed offers "编辑" (not "两者都保留", which is for paragraphs); the value typed is merged.
    @Test func anEditedValueIsMerged() async throws {
        let fixture = try await WebFixture.make()
        let theirs = try await ConflictMaker.openConflict(in: fixture)
        try await fixture.test { client in
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024/conflict", method: .get, headers: Web.cookie(fixture.county)))
            #expect(page.contains("name=\"take:\(Self.cell)\" value=\"edit\"> 编辑</label>"))
            // (both figures, marked to be settled: saved as they are, they are refused, rv120 M4)
            #expect(page.contains("<textarea name=\"edit:\(Self.cell)\" rows=\"3\">〔待改定：3｜4〕</textarea>"), "\(page)")
            #expect(!page.contains("value=\"both\""))
            let csrf = try #require(Web.csrf(in: page))
            let form: [(String, String)] = [
                ("csrf", csrf), ("draft", fixture.revisions2024[1].id.hex), ("head", "from-changzhang"),
                ("headRevision", theirs.hex),
            ]
            // "Both" does not fit a cell: refused, nothing merged.
            let both = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.county),
                body: Web.body(form + [("take:\(Self.cell)", "both")]))
            #expect(both.status == .badRequest)
            #expect(Web.text(both).contains("只有段落可以“两者都保留”"))
            #expect(try await fixture.repository.conflicts(of: WebFixture.changzhang2024).count == 1)
            let merged = try await client.execute(
                uri: "/reports/changzhang/2024/merge", method: .post, headers: Web.form(fixture.county),
                body: Web.body(form + [("take:\(Self.cell)", "edit"), ("edit:\(Self.cell)", " 7 ")]))
            #expect(merged.status == .seeOther)
            let report = try await fixture.repository.report(at: "changzhang/2024")
            #expect(report.table(number: 3)?.cell(row: "received", column: "natural-person")?.text == "7")
            #expect(try await fixture.repository.conflicts(of: WebFixture.changzhang2024).isEmpty)
        }
    }

    @Test func theCountyReturnsAReportWithACommentTheTownshipReads() async throws {
        let fixture = try await WebFixture.make()
        let head = fixture.revisions2024[1].id
        try await fixture.test { client in
            let county = try await Web.csrf(for: fixture.county, client: client)
            let township = try await Web.csrf(for: fixture.township, client: client)
            // The township cannot return its own report, and a return needs a comment.
            let refused = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.township),
                body: WebFormTests.markForm(township, mark: "returned", revision: head, comment: "自己退回"))
            #expect(refused.status == .forbidden)
            let empty = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: WebFormTests.markForm(county, mark: "returned", revision: head, comment: "  "))
            #expect(empty.status == .badRequest)
            let returned = try await client.execute(
                uri: "/reports/changzhang/2024/mark", method: .post, headers: Web.form(fixture.county),
                body: WebFormTests.markForm(county, mark: "returned", revision: head, comment: "请核对表三：<自然人>申请数。"))
            #expect(returned.status == .seeOther)
            let page = Web.text(
                try await client.execute(
                    uri: "/reports/changzhang/2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(page.contains("<span class=\"status st-returned\">已退回</span>"))
            #expect(page.contains("请核对表三：&lt;自然人&gt;申请数。</bdi><cite><bdi>县政务公开办</bdi>"))
            let overview = Web.text(
                try await client.execute(
                    uri: "/?status=returned&year=2024", method: .get, headers: Web.cookie(fixture.township)))
            #expect(overview.contains("data-report=\"changzhang/2024\""))
            #expect(overview.contains("已退回（1）"))
        }
    }
}
