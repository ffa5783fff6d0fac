import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A finding the county dismissed (不予采纳) no longer counts on the board — its 检查 column, the 只看有错误的 filter
/// and “公开的版本有 N 个错误” — nor in the county workbook's row comment, as on the report page and in `check REF`
/// (rv108 F14: the board counted the raw findings).
@Suite struct DismissedFindingCountTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let start = Date(timeIntervalSince1970: 1_733_000_000)

    /// Dismisses every error of the report's draft.
    static func dismissErrors(of ref: String, in repository: ReportRepository) async throws -> Int {
        let errors = try await repository.decidedFindings(of: ref).filter(\.isReportError)
        for error in errors {
            try await repository.decide(
                finding: error.key, on: ref, verdict: .dismissed, reason: "原表如此，已核实", by: WorkflowTests.reviewer,
                time: start + 15)
        }
        return errors.count
    }

    @Test func theBoardCountsAfterTheReportsDecisions() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given a published revision with errors, all of them dismissed by the county
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        try await repository.commit(wrong, to: Self.key, author: "李四", message: "初稿", time: Self.start)
        try await repository.mark("changzhang/2024", as: .submitted, author: "李四", time: Self.start + 10)
        let before = try #require(try await repository.board(year: 2024).first { $0.key == Self.key })
        let dismissed = try await Self.dismissErrors(of: "changzhang/2024", in: repository)
        #expect(dismissed > 0 && before.counts.errors == dismissed)
        try await repository.mark("changzhang/2024", as: .published, author: "王审核", time: Self.start + 20)
        // and a draft beside it with the same figures
        try await repository.commit(
            SampleReport.rewritingParagraph(of: wrong, index: 0, to: "公开后改过的第一段。"), to: Self.key, author: "李四",
            message: "再改", time: Self.start + 30)
        // When the board is read
        let row = try #require(try await repository.board(year: 2024).first { $0.key == Self.key })
        // Then neither the draft's nor the published revision's dismissed errors count
        #expect(row.report?.status == .draft)
        #expect(row.counts.errors == 0)
        #expect(row.publishedErrors == 0)
        #expect(row.counts.warnings == before.counts.warnings)
        // And 只看有错误的 leaves it out
        #expect(try await repository.board(year: 2024, query: BoardQuery(hasErrors: true)).isEmpty)
    }

    @Test func theWorkbooksRowCountsAfterTheReportsDecisions() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        // Given a draft with errors
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 0, to: "5")
        try await repository.commit(wrong, to: Self.key, author: "李四", message: "初稿", time: Self.start)
        let errors = try #require(try await repository.yearEntries(ofYear: 2024).first { $0.agency == "changzhang" })
        #expect(errors.errors > 0)
        // When the county dismisses them
        _ = try await Self.dismissErrors(of: "changzhang/2024", in: repository)
        // Then the workbook's row counts none
        let entry = try #require(try await repository.yearEntries(ofYear: 2024).first { $0.agency == "changzhang" })
        #expect(entry.errors == 0)
    }
}
