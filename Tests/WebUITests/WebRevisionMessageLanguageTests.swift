import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import Testing

@testable import WebUI

/// The messages Nianbao writes itself into revisions — `上传 …` for a file uploaded, `恢复为第 N 版（…保存）` for a restore
/// — read in English on English pages (the history, the report's page, the board), from the history as stored: the
/// store keeps them in Chinese, and the Chinese pages show them as before. A message a person wrote stays as written.
@Suite struct WebRevisionMessageLanguageTests {
    typealias People = WebPeopleTests.People

    @Test func nianbaosOwnMessagesReadInEnglishOnEnglishPages() async throws {
        let people = try await People.make()
        let fixture = people.fixture
        let repository = fixture.repository
        let key = WebFixture.changzhang2024
        // 李四 uploads a file (the web's message), then restores 第 2 版 (李明's: only 李四's own change is undone)
        let edited = SampleReport.settingTable3Cell(
            of: try await repository.report(at: fixture.revisions2024[1].id.hex), index: 1, to: "9")
        let uploaded = try await repository.commit(
            bytes: Array(ReportText.render(edited).utf8), named: "常张乡年报.txt", to: key, author: "李四")
        #expect(uploaded.outcome.revision.content.message == "上传 常张乡年报.txt")
        let restored = try await repository.restore(fixture.revisions2024[1].id.hex, author: "李四")
        let stored = restored.revision.content.message
        #expect(stored.hasPrefix("恢复为第 2 版（李明，") && stored.hasSuffix(" 保存）"), "\(stored)")
        try await people.live { client in
            let session = try await WebPeopleTests.session("王审核", client: client)
            let english = try WebLanguageTests.cookies(session, "lang=en")
            let history = try await WebLanguageTests.get("/reports/changzhang/2024/history", english, client)
            #expect(history.contains("Upload 常张乡年报.txt"), "\(history)")
            #expect(history.contains("Restore version 2 (saved by 李明, "), "\(history)")
            #expect(!history.contains("上传 ") && !history.contains("恢复为"))
            // (a person's message as written)
            #expect(history.contains("补充第一部分"))
            let page = try await WebLanguageTests.get("/reports/changzhang/2024", english, client)
            #expect(page.contains("Restore version 2 (saved by 李明, ") && !page.contains("恢复为"), "\(page)")
            let board = try await WebLanguageTests.get("/?year=2024", english, client)
            #expect(board.contains("Restore version 2 (saved by 李明, ") && !board.contains("恢复为"))
            // The Chinese pages as before
            let chinese = try await WebLanguageTests.get("/reports/changzhang/2024/history", session, client)
            #expect(chinese.contains("上传 常张乡年报.txt") && chinese.contains(Escape.html(stored)))
        }
    }
}
