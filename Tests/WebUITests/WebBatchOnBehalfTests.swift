import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing
import WebUI

/// The county's batch on the board, for the files townships send by QQ or e-mail and the county uploads itself (user
/// review ux98, finding M): a batch 公开 names the warnings still open on what it published; a revision the county
/// uploaded is said to be that, not "wait for the township", and the batch offers 代为报送 for such revisions only,
/// recorded in the audit log as done on the township's behalf.
@Suite struct WebBatchOnBehalfTests {
    /// Posts the board's batch form as the reviewer.
    static func batch(
        _ action: String, _ reports: [ReportKey], session: HTTPFields, client: any TestClientProtocol
    ) async throws -> String {
        let board = try await client.execute(uri: "/", method: .get, headers: session)
        let csrf = try #require(Web.csrf(in: Web.text(board)))
        var headers = Web.form(nil)
        for field in session { headers.append(field) }
        let answer = try await client.execute(
            uri: "/batch", method: .post, headers: headers,
            body: Web.body([("csrf", csrf), ("action", action)] + reports.map { ("report", $0.description) }))
        #expect(answer.status == .ok)
        return Web.text(answer)
    }

    @Test func theCountysOwnUploadsAreSubmittedOnTheirBehalfAndPublishedWithTheirWarningsNamed() async throws {
        let (people, year) = try await WebFirstDayBoardTests.county()
        let repository = people.fixture.repository
        let (changzhang, dazhuang) = (
            ReportKey(agency: "changzhang", year: year), ReportKey(agency: "dazhuang", year: year)
        )
        // 常张乡 mailed its file, still opening 五、 with last year's year; the reviewer uploaded it
        var mailed = SampleReport.make(agency: "常张乡人民政府", year: year)
        mailed.sections[4] = Section(
            heading: "五、存在的主要问题及改进情况",
            blocks: [.paragraph(Paragraph("\(year - 1)年，我乡政府信息公开工作仍存在公开内容不够全面等问题。"))])
        try await repository.commit(mailed, to: changzhang, author: "王审核", message: "上传 常张乡.docx")
        // 大庄乡's clerk uploaded her own
        try await repository.commit(
            SampleReport.make(agency: "大庄乡人民政府", year: year), to: dazhuang, author: "李四", message: "初稿")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            // The board offers 代为报送 among the batch's actions
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            #expect(board.contains("value=\"submitted\" required> 代为报送（县里代为上传的）"))
            // 公开 before any 报送: the county's upload is said to be its own, the township's to wait for it
            let early = try await Self.batch("published", [changzhang, dazhuang], session: reviewer, client: client)
            #expect(early.contains("代为上传的，还没有报送：请勾选后选“代为报送”（或在报告页代为报送），再公开。"), "\(early)")
            #expect(early.components(separatedBy: "请等乡镇报送这一修订").count == 2)
            // 代为报送 takes the county's upload only
            let submitted = try await Self.batch(
                "submitted", [changzhang, dazhuang], session: reviewer, client: client)
            #expect(submitted.contains("批量代为报送的结果"))
            #expect(submitted.contains("已代为报送"))
            #expect(submitted.contains("李四 提交的，不是县里代为上传的：请等乡镇自己报送。"), "\(submitted)")
            #expect(try await repository.marks(of: changzhang).contains { $0.mark == .submitted })
            #expect(try await repository.marks(of: dazhuang).isEmpty)
            let line = try #require(try await repository.auditLog(report: changzhang).first)
            #expect(line.person == "王审核")
            #expect(line.detail == "代为报送（批量） 第 1 版")
            // … and the mark itself carries the reviewer's name, as every mark made on the pages (user review rv103,
            // F14: the flow read "已报送 （未记录）")
            let mark = try #require(try await repository.marks(of: changzhang).first { $0.mark == .submitted })
            #expect(mark.person == "王审核")
            #expect(mark.comment?.comment == "代为报送")
            #expect(mark.comment?.author == "王审核")
            let page = Web.text(
                try await client.execute(uri: "/reports/changzhang/\(year)", method: .get, headers: reviewer))
            #expect(!page.contains("未记录"), "\(page)")
            // 公开 now: the result names the warning the published text still has
            let published = try await Self.batch("published", [changzhang], session: reviewer, client: client)
            #expect(published.contains("已公开（有 "), "\(published)")
            #expect(published.contains("以“\(year - 1)年”开头"))
        }
    }
}
