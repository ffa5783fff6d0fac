import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The board's 距截止 of a report submitted and corrected since: the deadline words count from the first 报送, not
/// from what the draft did after it.
@Suite struct BoardDeadlineTests {
    /// An office that submitted and then uploaded a correction was shown 「已逾期 311 天」, like an office that sent
    /// nothing (rv119 F8): a draft after a 报送 is a correction, not a missing report. It keeps 「逾期 N 天报送」, or
    /// nothing when the 报送 was on time.
    @Test func aCorrectionAfterASubmissionIsNotAMissingReport() async throws {
        let repository = try await BoardTests.county()
        let deadline = Date(timeIntervalSince1970: 1_738_252_800)  // 2025-01-31 00:00 Beijing time
        let day: TimeInterval = 86400
        // 教育局: first 报送 ten days after the deadline, then a correction uploaded
        try await repository.mark(
            "jiaoyu/2024", as: .submitted, author: "王五", time: deadline.addingTimeInterval(10 * day + 3600))
        try await repository.commit(
            SampleReport.make(agency: "长子县教育局", year: 2024, paragraphs: 4), to: ReportKey(agency: "jiaoyu", year: 2024),
            author: "王五", message: "更正", time: deadline.addingTimeInterval(20 * day))
        // 常张乡: submitted by the deadline, a correction uploaded after it
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024, paragraphs: 4),
            to: ReportKey(agency: "changzhang", year: 2024), author: "李四", message: "更正",
            time: deadline.addingTimeInterval(20 * day))

        let rows = try await repository.board(year: 2024, now: deadline.addingTimeInterval(40 * day))

        let jiaoyu = try #require(rows.first { $0.agency.id == "jiaoyu" })
        #expect(jiaoyu.report?.status == .draft)
        #expect(jiaoyu.daysLeft == nil)
        #expect(jiaoyu.submittedLate == 10)
        let changzhang = try #require(rows.first { $0.agency.id == "changzhang" })
        #expect(changzhang.report?.status == .draft)
        #expect(changzhang.daysLeft == nil)
        #expect(changzhang.submittedLate == nil)
        // 安阳乡 sent nothing: still counted down
        #expect(rows.first { $0.agency.id == "anyang" }?.daysLeft == -40)
    }
}
