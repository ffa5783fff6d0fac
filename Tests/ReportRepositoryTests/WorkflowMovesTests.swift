import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The moves the report page offers: from each status along 草稿 → 已报送 → 退回（意见）→ 已报送 → 已公开, those the
/// role may make.
@Suite struct WorkflowMovesTests {
    @Test func eachStatusOffersOnlyTheMovesOnwardThatTheRoleMayMake() {
        #expect(WorkflowRules.moves(status: .draft, role: .clerk) == [.submitted])
        #expect(WorkflowRules.moves(status: .draft, role: .reviewer) == [.submitted, .published])
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
}
