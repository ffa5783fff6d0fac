import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportParser
import ReportRepository
import RevisionStore
import Testing

/// Running the checks on a stored revision is the same rule as `nianbao check` on its text, last year's report
/// included.
@Suite struct FindingsTests {
    @Test func aRevisionGivesWhatItsTextGivesWithLastYearsReport() async throws {
        // Given last year's report and this year's draft, whose 上年结转 does not match last year's 结转
        let repository = try RepositoryTestSupport.memoryRepository()
        let lastYear = SampleReport.make(year: 2023)
        try await repository.commit(
            lastYear, to: ReportKey(agency: "changzhang", year: 2023), author: "a", message: "2023")
        let draft = SampleReport.settingTable3Cell(of: SampleReport.make(), index: 7, to: "4")
        try await repository.commit(
            draft, to: ReportKey(agency: "changzhang", year: 2024), author: "a", message: "2024")
        // When its findings are asked for, twice
        let stored = try await repository.findings(of: "changzhang/2024")
        let again = try await repository.findings(of: "changzhang/2024")
        // Then they are those of its exported text checked with last year's, and the cross-year rule ran
        let text = try ReportParser.parse(Data(try await repository.exportText("changzhang/2024").utf8))
        let checked = ReportRepository.findings(of: text.report, previous: lastYear, diagnostics: text.diagnostics)
        #expect(stored == checked)
        #expect(again == stored)
        #expect(stored.contains { $0.rule.hasPrefix("cross-year") })
        #expect(
            ReportRepository.findings(of: draft, previous: nil, diagnostics: []).allSatisfy {
                !$0.rule.hasPrefix("cross-year")
            })
    }
}
