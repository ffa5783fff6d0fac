import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// A submission made in the same second as the county's return was lost: refs keep whole seconds and the tie rule
/// ranks `returned` over `submitted`, so the report stayed 已退回 though the CLI had said 已报送 (rv108 F24). A mark
/// set here is recorded strictly later than the report's other marks.
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
        // Then the report is submitted, its submission recorded after the return
        let summary = try #require(try await repository.reports().first)
        #expect(summary.status == .submitted)
        let refs = try await repository.store.read { try $0.refs(of: Self.key) }
        let returned = try #require(refs.first { $0.name == Mark.returned.refName }?.moved)
        let submitted = try #require(refs.first { $0.name == Mark.submitted.refName }?.moved)
        #expect(submitted > returned)
    }

    /// A submission a township's push brings in the second of the county's return is recorded after it too.
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
}
