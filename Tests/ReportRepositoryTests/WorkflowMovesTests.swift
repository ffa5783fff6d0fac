import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The moves the report page offers: from each status along 草稿 → 已报送 → 退回（意见）→ 已报送 → 已公开, those the
/// role may make.
@Suite struct WorkflowMovesTests {
    @Test func eachStatusOffersOnlyTheMovesOnwardThatTheRoleMayMake() {
        #expect(WorkflowRules.moves(status: .draft, role: .clerk) == [.submitted])
        #expect(WorkflowRules.moves(status: .draft, role: .reviewer) == [.submitted, .returned, .published])
        #expect(WorkflowRules.moves(status: .submitted, role: .clerk).isEmpty)
        #expect(WorkflowRules.moves(status: .submitted, role: .reviewer) == [.returned, .published])
        #expect(WorkflowRules.moves(status: .submitted, role: .admin) == [.returned, .published])
        #expect(WorkflowRules.moves(status: .returned, role: .clerk) == [.submitted])
        #expect(WorkflowRules.moves(status: .returned, role: .reviewer) == [.submitted])
        for role in PersonRole.allCases {
            #expect(WorkflowRules.moves(status: .published, role: role).isEmpty)
            #expect(WorkflowRules.moves(status: .conflict, role: role).isEmpty)
        }
        for status in ReportStatus.allCases {
            #expect(WorkflowRules.moves(status: status, role: .viewer).isEmpty)
        }
    }

    /// A person on the web gets only the moves the page offers, even from a hand-made form: a published report is
    /// not returned, a submitted one not submitted again by its clerk; nothing changes. The node's own command line
    /// (no role) keeps the mark rules alone.
    @Test func aPersonCannotMakeAMoveThePageDoesNotOffer() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let key = ReportKey(agency: "changzhang", year: 2024)
        try await repository.commit(SampleReport.make(), to: key, author: "常张乡党政办", message: "初稿")
        let start = Date(timeIntervalSince1970: 1_767_000_000)
        try await repository.mark(
            "changzhang/2024", as: .submitted, author: "李文书", scope: .agencies(["changzhang"]), role: .clerk,
            time: start)
        await #expect(throws: RepositoryError.workflow(.moveNotAllowed(.submitted, status: .submitted))) {
            try await repository.mark(
                "changzhang/2024", as: .submitted, author: "李文书", scope: .agencies(["changzhang"]), role: .clerk,
                time: start.addingTimeInterval(60))
        }
        try await repository.mark(
            "changzhang/2024", as: .published, author: "王审核", role: .reviewer, time: start.addingTimeInterval(120))
        let published = try await repository.reports()
        await #expect(throws: RepositoryError.workflow(.moveNotAllowed(.returned, status: .published))) {
            try await repository.mark(
                "changzhang/2024", as: .returned, comment: "请改", author: "王审核", role: .reviewer,
                time: start.addingTimeInterval(180))
        }
        let batch = await repository.markBatch(
            [key], as: .returned, comment: "请改", author: "王审核", role: .reviewer, time: start.addingTimeInterval(240))
        #expect(batch.first?.outcome == nil)
        #expect(batch.first?.refusal?.contains("已公开") == true)
        #expect(try await repository.reports() == published)
        // The county's own command line may still return it (its comment says why).
        try await repository.mark(
            "changzhang/2024", as: .returned, comment: "公开后发现表三有误", author: "县政务公开办",
            time: start.addingTimeInterval(300))
        #expect(try await repository.reports().first?.status == .returned)
    }
}
