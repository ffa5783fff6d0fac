import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A mark goes on the current draft, or (退回, 公开) on the submitted revision: never on an old revision opened from
/// the history, whichever door asks (user review rv103, F9/F10: 第 3 版 published with one reason while the draft
/// was 第 5 版, 第 1 版 submitted from the history page).
@Suite struct OldRevisionMarkTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let start = Date(timeIntervalSince1970: 1_733_000_000)

    /// changzhang/2024 with 第 1–3 版, one minute apart; `submitting` (a version number) is submitted while it is the
    /// draft.
    static func threeVersions(submitting: Int? = nil) async throws -> (ReportRepository, [Revision]) {
        let repository = try RepositoryTestSupport.memoryRepository()
        var revisions: [Revision] = []
        for (index, paragraphs) in [3, 4, 5].enumerated() {
            let time = start.addingTimeInterval(Double(index) * 60)
            let outcome = try await repository.commit(
                SampleReport.make(paragraphs: paragraphs), to: key, author: "李四", message: "第 \(index + 1) 次",
                time: time)
            revisions.append(outcome.revision)
            if submitting == index + 1 {
                try await repository.mark(
                    "changzhang/2024", as: .submitted, author: "李四", time: time.addingTimeInterval(10))
            }
        }
        return (repository, revisions)
    }

    @Test func anOldRevisionIsNeitherSubmittedReturnedNorPublished() async throws {
        let (repository, revisions) = try await Self.threeVersions()
        let before = try await repository.reports()
        let old = revisions[0].id.hex
        await #expect(
            throws: RepositoryError.workflow(.notCurrentDraft(.submitted, generation: 1, draft: 3, submitted: nil))
        ) {
            try await repository.mark(old, as: .submitted, author: "李四")
        }
        // (refused before the confirmation step: a reason does not publish an old revision)
        await #expect(
            throws: RepositoryError.workflow(.notCurrentDraft(.published, generation: 1, draft: 3, submitted: nil))
        ) {
            try await repository.mark(old, as: .published, author: "王审核", overriding: "领导已审定")
        }
        await #expect(
            throws: RepositoryError.workflow(.notCurrentDraft(.returned, generation: 1, draft: 3, submitted: nil))
        ) {
            try await repository.mark(old, as: .returned, comment: "请改", author: "王审核")
        }
        #expect(try await repository.reports() == before)
        let message = RepositoryError.workflow(
            .notCurrentDraft(.published, generation: 1, draft: 3, submitted: nil)
        ).description(in: .chinese)
        #expect(message.contains("第 1 版是旧修订，当前草稿是第 3 版"))
        #expect(message.contains("恢复为草稿"))
        // The current draft is marked as before
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四")
        #expect(try await repository.reports().first?.submitted == revisions[2].id)
    }

    /// The county returns or publishes exactly what the township submitted, though the township committed more
    /// since; the township cannot submit the old one again, and the status then does not claim the draft was changed
    /// after the publication.
    @Test func theSubmittedRevisionStaysThatOfReturnAndPublish() async throws {
        let (repository, revisions) = try await Self.threeVersions(submitting: 2)
        let submitted = revisions[1].id.hex
        await #expect(
            throws: RepositoryError.workflow(.notCurrentDraft(.submitted, generation: 2, draft: 3, submitted: 2))
        ) {
            try await repository.mark(submitted, as: .submitted, author: "李四")
        }
        try await repository.mark(
            submitted, as: .returned, comment: "请核对", author: "王审核", time: Self.start.addingTimeInterval(300))
        #expect(try await repository.reports().first?.returned == revisions[1].id)
        try await repository.mark(
            submitted, as: .published, author: "王审核", time: Self.start.addingTimeInterval(600))
        let report = try #require(try await repository.reports().first)
        #expect(report.published == revisions[1].id)
        #expect(report.status == .draft)
        #expect(!report.isChangedSincePublished)
        #expect(report.statusLabel == "草稿（公开的是另一版）")
        try await repository.commit(
            SampleReport.make(paragraphs: 6), to: Self.key, author: "李四", message: "公开后再改",
            time: Self.start.addingTimeInterval(900))
        let changed = try #require(try await repository.reports().first)
        #expect(changed.isChangedSincePublished)
        #expect(changed.statusLabel == "草稿（公开后有修改）")
    }

    /// The board's counts are the draft's; a published revision beside it that has errors says so (user review rv103,
    /// F9 addendum: the public version's errors were nowhere on the board).
    @Test func theBoardCountsThePublishedRevisionsErrors() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        try await repository.commit(wrong, to: Self.key, author: "李四", message: "初稿", time: Self.start)
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四", time: Self.start + 10)
        try await repository.mark(
            "changzhang/2024", as: .published, author: "王审核", overriding: "领导已审定", time: Self.start + 20)
        let published = try #require(try await repository.board(year: 2024).first { $0.key == Self.key })
        #expect(published.counts.errors > 0)
        #expect(published.publishedErrors == 0)
        try await repository.commit(
            SampleReport.make(), to: Self.key, author: "李四", message: "改正", time: Self.start + 30)
        let row = try #require(try await repository.board(year: 2024).first { $0.key == Self.key })
        #expect(row.counts.errors == 0)
        #expect(row.publishedErrors == published.counts.errors)
    }
}
