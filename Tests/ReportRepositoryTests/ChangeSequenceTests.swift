import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The change sequence (Schema/store.md, "Change sequence"): every change to what a sync listing shows of a report
/// moves the node's sequence and names the report; reading, and a write that changes nothing listed, do not.
@Suite struct ChangeSequenceTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)
    static let other = ReportKey(agency: "dongfeng", year: 2024)

    /// The node's sequence and the reports changed after `since`, as a pull with `since` lists them.
    static func changed(
        after since: Int64, in repository: ReportRepository, scope: AccessScope = .all
    ) async throws
        -> (sequence: Int64, reports: [ReportKey])
    {
        let pack = try await repository.pullPack(
            scope: scope, have: [], selection: PullSelection(since: since, listOnly: true), maxObjects: 0, maxBytes: 0)
        #expect(pack.objects.isEmpty)
        return (pack.sequence, pack.states.map(\.report))
    }

    @Test func everyListedChangeMovesTheSequenceAndNamesItsReportOnly() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        var (sequence, reports) = try await Self.changed(after: 0, in: repository)
        #expect(sequence == 0)
        #expect(reports.isEmpty)
        // Each change names its report, and only it
        func expectChange(of key: ReportKey, _ change: () async throws -> Void) async throws {
            try await change()
            let after = try await Self.changed(after: sequence, in: repository)
            #expect(after.sequence > sequence)
            #expect(after.reports == [key])
            sequence = after.sequence
        }
        try await expectChange(of: Self.key) {
            try await repository.commit(
                SampleReport.make(agency: "常张乡人民政府"), to: Self.key, author: "李四", message: "初稿",
                time: RepositoryTestSupport.time)
        }
        try await expectChange(of: Self.other) {
            try await repository.commit(
                SampleReport.make(agency: "东风乡人民政府"), to: Self.other, author: "王五", message: "初稿",
                time: RepositoryTestSupport.time)
        }
        try await expectChange(of: Self.key) {
            try await repository.commit(
                SampleReport.settingTable3Cell(of: SampleReport.make(agency: "常张乡人民政府"), index: 0, to: "3"),
                to: Self.key, author: "李四", message: "改", time: RepositoryTestSupport.time + 10)
        }
        try await expectChange(of: Self.other) {
            try await repository.mark(Self.other.description, as: .submitted, author: "王五")
        }
        try await expectChange(of: Self.key) {
            try await repository.mark(Self.key.description, as: .returned, comment: "请核对表三", author: "县政务公开办")
        }
        let reviewer = Principal(person: Person(id: 1, name: "王审核", role: .reviewer, agencies: [], created: Date()))
        let report = try await repository.report(at: Self.key.description)
        let cell = try #require(CommentAnchor.all(in: report).first { $0.unit.contains("cell:") }).unit
        try await expectChange(of: Self.key) {
            _ = try await repository.addComment(on: Self.key.description, at: cell, text: "请核对", by: reviewer)
        }
        // An alias is listed with its agency's reports
        try await expectChange(of: Self.key) {
            _ = try await repository.addAliases(["常张"], to: "changzhang", by: "管理员")
        }
        // Reading, and a write of nothing a listing shows (the deadline), change nothing
        _ = try await repository.reportStates()
        _ = try await repository.reports()
        try await repository.setDeadline("02-15")
        (sequence, reports) = try await Self.changed(after: sequence, in: repository)
        #expect(reports.isEmpty)
        // And a scope sees only its own reports among those changed, whatever the sequence says
        let township = try await Self.changed(after: 0, in: repository, scope: .agencies(["changzhang"]))
        #expect(township.reports == [Self.key])
        #expect(township.sequence == sequence)
    }
}
