import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// Which of a report's refs moved later is one rule (``RefMoment``): by time, and within one second by the order this
/// node moved them. A submission made in the same second as the county's return was lost — refs keep whole seconds
/// and the tie rule ranked `returned` over `submitted`, so the report stayed 已退回 though the CLI had said 已报送
/// (rv108 F24) — and an attempt that recorded marks a second in the future made a draft committed in the second of a
/// publication read as 公开的是另一版 (reverted in 65a07daa). Nothing is recorded at a time it did not happen.
@Suite struct SameSecondMarkTests {
    static let key = MarkRulesTests.key
    static let second = Date(timeIntervalSince1970: 1_765_000_000.25)

    @Test func aSubmissionInTheSecondOfTheReturnIsTheReportsNews() async throws {
        // Given the county's return
        let (repository, _) = try await MarkRulesTests.repository()
        try await repository.mark(
            Self.key.description, as: .returned, comment: "请核对表三", author: "县政务公开办", time: Self.second)
        // When the township submits in the same second
        try await repository.mark(Self.key.description, as: .submitted, author: "常张乡党政办", time: Self.second)
        // Then the report is submitted; both marks keep the second they were set in
        let summary = try #require(try await repository.reports().first)
        #expect(summary.status == .submitted)
        let refs = try await repository.store.read { try $0.refs(of: Self.key) }
        let returned = try #require(refs.first { $0.name == Mark.returned.refName })
        let submitted = try #require(refs.first { $0.name == Mark.submitted.refName })
        #expect(submitted.moved == returned.moved)
        #expect(submitted.moment > returned.moment)
        // And returned again in that second, it is returned
        try await repository.mark(
            Self.key.description, as: .returned, comment: "仍请核对", author: "县政务公开办", time: Self.second)
        #expect(try await repository.reports().first?.status == .returned)
    }

    /// A submission a township's push brings in the second of the county's return is the news too.
    @Test func aPushedSubmissionInTheSecondOfTheReturnIsTheReportsNews() async throws {
        let (repository, draft) = try await MarkRulesTests.repository()
        try await repository.mark(
            Self.key.description, as: .returned, comment: "请核对表三", author: "县政务公开办", time: Self.second)
        let outcome = try await repository.receive(
            objects: [],
            updates: [RefUpdate(report: Self.key, ref: .mark(.submitted), revision: draft.id, expected: nil)],
            from: Sender(label: "常张乡", scope: .agencies(["changzhang"])), time: Self.second)
        #expect(outcome.results.first?.status == .created)
        #expect(try await repository.reports().first?.status == .submitted)
    }

    /// 第 1 版 submitted; then, in one second, the county publishes it and the township commits 第 2 版 — in either
    /// order.
    static func publishedAndCommitted(draftFirst: Bool) async throws -> ReportSummary {
        let repository = try RepositoryTestSupport.memoryRepository()
        let start = Self.second.addingTimeInterval(-60)
        _ = try await repository.commit(SampleReport.make(), to: key, author: "常张乡党政办", message: "初稿", time: start)
        try await repository.mark(key.description, as: .submitted, author: "常张乡党政办", time: start)
        let commit = { () async throws -> Void in
            _ = try await repository.commit(
                SampleReport.make(paragraphs: 4), to: key, author: "常张乡党政办", message: "再改", time: Self.second)
        }
        if draftFirst { try await commit() }
        try await repository.mark(key.description + "@submitted", as: .published, author: "县政务公开办", time: Self.second)
        if !draftFirst { try await commit() }
        return try #require(try await repository.reports().first)
    }

    /// A draft committed in the second of a publication, after it, is a change since; one committed before it in that
    /// second is not: another version was published.
    @Test func aDraftOfThePublicationsSecondIsAChangeSinceOnlyWhenCommittedAfterIt() async throws {
        let after = try await Self.publishedAndCommitted(draftFirst: false)
        #expect(after.status == .draft)
        #expect(after.statusLabel == "草稿（公开后有修改）")
        let before = try await Self.publishedAndCommitted(draftFirst: true)
        #expect(before.status == .draft)
        #expect(before.statusLabel == "草稿（公开的是另一版）")
    }
}
