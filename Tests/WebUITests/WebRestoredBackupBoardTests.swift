import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ReportFixtures
import ReportModel
import ReportRepository
import SyncServer
import Testing
import WebUI

/// The county put a backup back in its repository's place: its board (a real server on 127.0.0.1) tells the people
/// who review, and the clerks in their own words, naming when the backup was made; the audit page has the line, in
/// English too. The board of the repository the backup was made of says nothing.
@Suite struct WebRestoredBackupBoardTests {
    @Test func theBoardOfARestoredBackupTellsTheReviewerAndTheClerk() async throws {
        let people = try await WebPeopleTests.People.make()
        let backup = people.folder.path("备份.sqlite").path
        _ = try await people.fixture.repository.backup(to: backup)
        let restoredFile = people.folder.path("restored.sqlite").path
        try FileManager.default.copyItem(atPath: backup, toPath: restoredFile)
        // Given the backup put in the repository's place and opened as `nianbao serve` opens it
        let repository = try ReportRepository.open(at: restoredFile, logger: WebFixture.logger)
        let restored = try #require(await repository.recordRestoredBackup())
        let made = Self.time(restored.made)
        let application = buildNodeWebApplication(
            repository: repository,
            configuration: NodeServerConfiguration(port: 0, logger: WebFixture.logger, limits: WebFixture.roomyLimits),
            web: WebConfiguration(csrfKey: Array(repeating: 7, count: 32)))
        try await application.test(.live) { client in
            // When the reviewer, a clerk and a viewer open the board
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            let clerk = try await WebPeopleTests.session("李四", client: client)
            let clerkBoard = Web.text(try await client.execute(uri: "/", method: .get, headers: clerk))
            let viewer = try await WebPeopleTests.session("赵领导", client: client)
            let viewerBoard = Web.text(try await client.execute(uri: "/", method: .get, headers: viewer))
            // Then the reviewer reads that the work after the backup is gone and the offices must upload again
            #expect(board.contains("class=\"alert restored-backup\""), "\(board)")
            #expect(board.contains("换回了 \(made) 做的备份（北京时间）：备份之后的上传、标记和批注都不在了。请通知各单位重新上传"))
            // The clerk reads what concerns her; the viewer, who changes nothing, is not told
            #expect(clerkBoard.contains("您在 \(made) 之后上传或报送的报告可能不在了。请查看本单位的报告"), "\(clerkBoard)")
            #expect(!clerkBoard.contains("请通知各单位"))
            #expect(!viewerBoard.contains("restored-backup"))
            // The reviewer's board and audit page in English say it too
            let english = try WebLanguageTests.cookies(reviewer, "lang=en")
            let englishBoard = Web.text(try await client.execute(uri: "/", method: .get, headers: english))
            #expect(englishBoard.contains("went back to the backup made at \(made) (Beijing time)"), "\(englishBoard)")
            let audit = Web.text(try await client.execute(uri: "/audit", method: .get, headers: english))
            #expect(audit.contains("Restored from a backup"), "\(audit)")
            #expect(audit.contains("this repository is the backup made at \(made) (Beijing time)"))
        }
        try repository.close()
        // And the board of the repository the backup was made of tells of no restore
        try await people.live { client in
            let reviewer = try await WebPeopleTests.session("王审核", client: client)
            let board = Web.text(try await client.execute(uri: "/", method: .get, headers: reviewer))
            #expect(!board.contains("restored-backup"))
            #expect(board.contains("<h1>"))
        }
    }

    /// `2026-12-07 21:30`: a time as the pages write it, in Beijing time.
    static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 8 * 3600) ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
        return "\(parts.year ?? 0)-\(two(parts.month))-\(two(parts.day)) \(two(parts.hour)):\(two(parts.minute))"
    }
}
