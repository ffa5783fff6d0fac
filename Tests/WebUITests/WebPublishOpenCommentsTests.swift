import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportModel
import ReportRepository
import Testing

@testable import WebUI

/// 公开 of a report whose comments (批注) are not all resolved: the report page says beside the button how many are
/// open and which, and the batch's answer names them too; neither stops the publish (user review rv120, M6: the
/// report was published with 批注（1 条未解决）, unsaid).
@Suite struct WebPublishOpenCommentsTests {
    static let long = "请核实表三第一格的数字是否与正文一致，并在第五部分补充说明。"
    static let short = "这一格请与正文核对。"

    /// 大庄乡 2024 (its checks find no error) submitted, with three comments of 王审核's: the first two open, the
    /// third resolved; 赵六 is its clerk.
    static func people() async throws -> WebPeopleTests.People {
        let people = try await WebPeopleTests.People.make()
        let repository = people.fixture.repository
        _ = try await repository.addPerson(
            name: "赵六", role: .clerk, agencies: ["dazhuang"], password: WebPeopleTests.People.password, by: "管理员")
        let head = people.fixture.dazhuang
        try await repository.mark("dazhuang/2024", as: .submitted, author: "赵六")
        let anchors = CommentAnchor.all(in: try await repository.report(at: head.id.hex))
        let paragraph = try #require(anchors.first { $0.unit.contains("paragraph:") })
        let cell = try #require(anchors.first { $0.unit.contains("table:table3/cell:") })
        let county = Principal(author: "王审核")
        let now = Date()
        try await repository.addComment(
            on: head.id.hex, at: paragraph.unit, text: long, by: county, time: now.addingTimeInterval(-180))
        try await repository.addComment(
            on: head.id.hex, at: cell.unit, text: short, by: county, time: now.addingTimeInterval(-120))
        let done = try await repository.addComment(
            on: head.id.hex, at: cell.unit, text: "第三条已处理的意见", by: county, time: now.addingTimeInterval(-60))
        _ = try await repository.answer(
            comment: done.id.hex, in: WebFixture.dazhuang2024, text: "已改", resolving: true,
            by: Principal(author: "赵六"))
        return people
    }

    /// How the caution and the batch name the two open comments.
    static let named = "王审核的批注 1“\(long.prefix(19))…”；王审核的批注 2“\(short)”"

    @Test func theReportPageSaysWhichCommentsAreOpenBesideThePublishButton() async throws {
        let people = try await Self.people()
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(
                try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: reviewer))
            #expect(page.contains("<p class=\"alert publish-caution open-comments\">"), "\(page)")
            #expect(page.contains("注意：这份报告还有 2 条批注未解决——\(Self.named)。公开不会解决这些批注"), "\(page)")
            #expect(!page.contains("第三条已处理的意见”"))
            // The clerk, who cannot publish, is not told it
            let clerk = try await WebPeopleTests.session("赵六", client: client)
            let hers = Web.text(
                try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: clerk))
            #expect(!hers.contains("open-comments"))
            // The publish itself goes through, and the batch's answer names the open comments
            let answer = try await WebBatchOnBehalfTests.batch(
                "published", [WebFixture.dazhuang2024], session: reviewer, client: client)
            #expect(answer.contains("已公开（仍有 2 条批注未解决：\(Self.named)）"), "\(answer)")
            let report = try await people.fixture.repository.report(WebFixture.dazhuang2024)
            #expect(report?.status == .published)
        }
    }

    /// With every comment resolved there is no caution.
    @Test func noCautionOnceEveryCommentIsResolved() async throws {
        let people = try await WebPeopleTests.People.make()
        try await people.fixture.repository.mark("dazhuang/2024", as: .submitted, author: "赵强")
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let page = Web.text(
                try await client.execute(uri: "/reports/dazhuang/2024", method: .get, headers: reviewer))
            #expect(page.contains("value=\"published\""))
            #expect(!page.contains("open-comments"))
        }
    }
}
