import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The county merges an agency id into another: the comments, answers and decisions written under the old id stay
/// with the report. They had vanished (`comments czx/2024` said there were none, `--reply 1` failed, and a 不予采纳
/// decision was gone, so the error it had dismissed blocked 公开 again), though still stored under the old id.
@Suite struct MergedAgencyNotesTests {
    @Test func commentsAndDecisionsFollowTheReportIntoTheAgencyItWasMergedInto() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        let reviewer = WorkflowTests.reviewer
        try await repository.addAgency(id: "old", name: "淮安市洪泽区人民政府", by: "管理员")
        try await RepositoryTestSupport.registerAsBefore(repository, id: "new", name: "洪泽区人民政府")
        // A report with an arithmetic error, a comment and a 不予采纳 of that error, under the old id
        let wrong = SampleReport.settingTable3Cell(of: SampleReport.make(agency: "洪泽区人民政府"), index: 0, to: "5")
        let key = ReportKey(agency: "old", year: 2024)
        try await repository.commit(wrong, to: key, author: "区办", message: "a", time: time, force: true)
        try await repository.addComment(
            on: "old/2024", at: "section:一", text: "请补充数字", by: reviewer, time: time.addingTimeInterval(60))
        let old = try await repository.resolve("old/2024")
        let finding = try #require(
            try await repository.decidedFindings(of: [old])[old.id]?.first { $0.finding.severity == .error })
        let decided = try await repository.decide(
            finding: finding.key, on: "old/2024", verdict: .dismissed, reason: "已核对原件", by: reviewer,
            time: time.addingTimeInterval(120))
        // When the county merges it into the new id
        _ = try await repository.mergeAgency("old", into: "new", author: "县", time: time.addingTimeInterval(180))
        // Then the report under the new id has the comment, by its number, and answers reach it
        let moved = ReportKey(agency: "new", year: 2024)
        let threads = try await repository.comments(of: moved)
        #expect(threads.map(\.comment.text) == ["请补充数字"])
        #expect(threads.first?.number == 1)
        let answer = try await repository.answer(comment: "1", in: moved, text: "已补充", by: reviewer)
        #expect(answer.report == key)
        #expect(try await repository.comments(of: moved).first?.replies.map(\.text) == ["已补充"])
        // And the error stays dismissed
        let head = try await repository.resolve("new/2024")
        let findings = try await repository.decidedFindings(of: [head])[head.id] ?? []
        #expect(findings.first { $0.key == decided.key }?.decision?.verdict == .dismissed, "\(findings)")
    }
}
