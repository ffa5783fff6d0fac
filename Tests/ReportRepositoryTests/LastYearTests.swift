import Foundation
import ReportChecks
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// "Last year's report" is one revision everywhere: its published revision, else its draft. A 2023 report
/// corrected after it was published had been the corrected draft for the checks and the pages, and the published
/// text for the county's workbook and next year's draft: the check said 上年结转 matched while the workbook showed
/// it did not.
@Suite struct LastYearTests {
    static let last = ReportKey(agency: "changzhang", year: 2023)
    static let this = ReportKey(agency: "changzhang", year: 2024)

    /// A report of a year with table 3's 自然人 column set in one row.
    static func report(year: Int, row: Table3Row, to value: String) -> Report {
        var report = SampleReport.make(agency: "常张乡人民政府", year: year)
        guard case .table(var table) = report.sections[2].blocks[0] else { return report }
        _ = table.setText(value, row: row.rawValue, column: Table3Column.naturalPerson.rawValue)
        report.sections[2].blocks[0] = .table(table)
        return report
    }

    @Test func aCorrectedButUnpublishedLastYearIsCountedAsPublishedEverywhere() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        // 2023 published with 结转下年度 2, then corrected to 3 and not yet published again
        let published = try await repository.commit(
            Self.report(year: 2023, row: .carryForward, to: "2"), to: Self.last, author: "李四", message: "2023",
            time: time
        ).revision
        try await repository.mark("changzhang/2023", as: .submitted, author: "李四", time: time)
        try await repository.mark(
            "changzhang/2023", as: .published, author: "王审核", overriding: "测试", time: time)
        try await repository.commit(
            Self.report(year: 2023, row: .carryForward, to: "3"), to: Self.last, author: "王审核", message: "更正",
            time: time + 60)
        // 2024 carries over 3, as the correction says
        let current = try await repository.commit(
            Self.report(year: 2024, row: .carriedOver, to: "3"), to: Self.this, author: "李四", message: "2024",
            time: time + 120
        ).revision

        #expect(try await repository.previousYear(of: Self.this)?.id == published.id)
        let findings = try await repository.findings(of: [current])[current.id] ?? []
        let carried = findings.filter { $0.rule == "cross-year-carryover" }
        #expect(carried.count == 1)
        #expect(carried.first?.message.contains("为2件") == true, "\(carried)")
        let entries = try await repository.yearEntries(ofYear: 2024)
        #expect(entries.first { $0.agency == "changzhang" }?.previous?.revision.id == published.id)
        #expect(try await repository.nextYearDraft(of: Self.this).source.revision.id == published.id)
    }
}
