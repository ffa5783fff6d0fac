import Foundation
import HTTPTypes
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// The report uploaded again in another file whose text is the draft's (saved again as another file, rv115 F11): the
/// revision keeps the new original, and the upload's notice and the history say the text is unchanged rather than
/// showing an empty change; the very same bytes again make no revision.
@Suite struct WebSameTextNewOriginalTests {
    @Test func theNoticeAndTheHistorySayOnlyTheNewOriginalWasKept() async throws {
        let people = try await WebUploadTests.make()
        let repository = people.fixture.repository
        let html = try WebUploadTests.fixture("qingshi-2024.cms.html")
        let resaved = html + Array("\n<!-- 另存 -->\n".utf8)
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let path = "/reports/qingshi/2024/upload"
            _ = try await WebUploadTests.upload(
                ("青石镇2024年报.html", html), to: path, session: reviewer, client: client)
            let draft = try await repository.resolve("qingshi/2024")
            let number = try #require(try await repository.generations(of: [draft.id])[draft.id])

            let response = try await WebUploadTests.upload(
                ("青石镇2024年报-另存.html", resaved), to: path, session: reviewer, client: client)

            let said = "文字与第 \(number) 版相同，只保存了新的原件（青石镇2024年报-另存.html）"
            let page = Web.text(response)
            #expect(page.contains("：新修订（第 \(number + 1) 版）已成为草稿。"), "\(page)")
            #expect(page.contains(said), "\(page)")
            let head = try await repository.resolve("qingshi/2024")
            #expect(head.parents == [draft.id])
            #expect(try await repository.original(of: head.id.hex).file.bytes == resaved)
            #expect(head.content.message.contains(said))
            let history = Web.text(
                try await client.execute(uri: "/reports/qingshi/2024/history", method: .get, headers: reviewer))
            #expect(history.contains(said), "\(history)")
            // The very same bytes again: no revision, as before
            let same = try await WebUploadTests.upload(
                ("青石镇2024年报-另存.html", resaved), to: path, session: reviewer, client: client)
            #expect(Web.text(same).contains("：内容与当前草稿相同，没有新建修订。"), "\(Web.text(same))")
            #expect(try await repository.resolve("qingshi/2024").id == head.id)
        }
    }
}
