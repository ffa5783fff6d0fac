import Foundation
import Logging
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

@testable import NianbaoCLI

/// The server's own `gc`, once a day (`DailyCollection`).
@Suite struct DailyCollectionTests {
    @Test func theServersCheckRunsGcOnceWhenItIsDueAndNotAgainTheSameDay() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given a repository nobody ever ran gc on, with two drafts of a report
        var logger = Logger(label: "nianbao.test.daily")
        logger.logLevel = .critical
        let repository = try ReportRepository.create(
            at: folder.path("repository.sqlite").path, node: "county", logger: logger)
        let key = ReportKey(agency: "changzhang", year: 2024)
        for text in ["2024年，常张乡完善了政府信息公开指南。", "2024年，常张乡完善了政府信息公开指南，并更新了公开目录。"] {
            let report = SampleReport.rewritingParagraph(of: SampleReport.make(), index: 0, to: text)
            _ = try await repository.commit(report, to: key, author: "乡党政办", message: text)
        }
        #expect(try await repository.lastCollection() == nil)
        // When the server's check runs, every few milliseconds instead of every hour
        let checks = Task { await DailyCollection.run(repository, first: .milliseconds(5), every: .milliseconds(20)) }
        defer { checks.cancel() }
        var first: Date?
        for _ in 0..<500 where first == nil {
            try await Task.sleep(for: .milliseconds(10))
            first = try await repository.lastCollection()
        }
        // Then gc ran once, and was recorded; checks later the same day leave it as it was (the time is kept in
        // whole seconds: a second run after more than a second would have recorded a later one)
        let ran = try #require(first)
        try await Task.sleep(for: .milliseconds(1_200))
        #expect(try await repository.lastCollection() == ran)
        checks.cancel()
        #expect(try await repository.fsck().isClean)
    }
}
