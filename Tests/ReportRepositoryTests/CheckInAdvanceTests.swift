import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import RevisionStore
import Testing

@testable import ReportRepository

/// `nianbao commit` says what the checks find on the revision it made: a commit asked to check runs them while the
/// revision is written, and the findings it keeps are those the revision gives when it is checked afresh (last
/// year's report and the parser's diagnostics included).
@Suite struct CheckInAdvanceTests {
    static let lastYear = ReportKey(agency: "changzhang", year: 2023)
    static let thisYear = ReportKey(agency: "changzhang", year: 2024)

    /// A repository file in a new temporary folder, with last year's report committed.
    static func repository(in folder: TemporaryDirectory) async throws -> (ReportRepository, path: String) {
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        try await repository.commit(SampleReport.make(year: 2023), to: lastYear, author: "张三", message: "2023")
        return (repository, folder.path("county.sqlite").path)
    }

    /// This year's draft: its 上年结转 is not last year's 结转 (a cross-year finding), and a diagnostic of the parser
    /// that the revision keeps.
    static func draft() -> (Report, ReportSource) {
        let report = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 7, to: "4")
        let diagnostic = Diagnostic(.warning, line: 3, code: .headingRepeated, "标题“一、总体情况”连写了两次，按一节读")
        return (report, ReportSource(diagnostics: [diagnostic]))
    }

    @Test func theFindingsKeptAreThoseOfTheRevisionCheckedAfresh() async throws {
        // Given last year's report and this year's draft
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, path) = try await Self.repository(in: folder)
        let (report, source) = Self.draft()
        // When the draft is committed with its checks
        let outcome = try await repository.commit(
            report, to: Self.thisYear, author: "张三", message: "2024", source: source, checking: true)
        #expect(outcome.status == .committed)
        // Then its findings are kept for the revision's document, with last year's and the diagnostics
        let previous = try await repository.resolve("changzhang/2023").root
        let key = FindingsCache.Key(
            root: outcome.revision.root, previous: previous, diagnostics: outcome.revision.content.diagnostics)
        let cached = await repository.findingsCache.findings(for: key)
        let kept = try #require(cached)
        // and they are what another process, which checks the stored revision, finds
        let afresh = try RepositoryTestSupport.fileRepository(at: path, busyTimeout: 5)
        let stored = try await afresh.findings(of: "changzhang/2024")
        #expect(kept == stored)
        #expect(stored.contains { $0.rule.hasPrefix("cross-year") })
        #expect(stored.contains { $0.rule == "heading-repeated" })
        let decided = try await repository.decidedFindings(of: "changzhang/2024")
        let decidedAfresh = try await afresh.decidedFindings(of: "changzhang/2024")
        #expect(decided == decidedAfresh)
    }

    @Test func aCommitNotAskedToCheckKeepsNothing() async throws {
        // Given last year's report and this year's draft
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, _) = try await Self.repository(in: folder)
        let (report, source) = Self.draft()
        // When the draft is committed without its checks (an upload, an import)
        let outcome = try await repository.commit(
            report, to: Self.thisYear, author: "张三", message: "2024", source: source)
        // Then nothing is kept until they are asked for
        let previous = try await repository.resolve("changzhang/2023").root
        let key = FindingsCache.Key(
            root: outcome.revision.root, previous: previous, diagnostics: outcome.revision.content.diagnostics)
        let before = await repository.findingsCache.findings(for: key)
        #expect(before == nil)
        let found = try await repository.findings(of: "changzhang/2024")
        let after = await repository.findingsCache.findings(for: key)
        #expect(after == found)
    }
}
