import ReportChecks
import ReportFixtures
import ReportModel
import Testing

/// A report — read now or stored long ago — holding two copies of table 3 that fill a cell differently: neither is
/// its table 3, so no arithmetic of table 3 is checked on either and the check says why, as a reading problem, not
/// as 缺少表三 (review rv112 F14).
@Suite struct TableTwiceCheckTests {
    /// The sample report with a second table 3 before its own, `edit` applied to the copy.
    static func withCopy(_ edit: (inout Table) -> Void) throws -> Report {
        var report = SampleReport.make()
        let index = try #require(report.sections.firstIndex { $0.templateSlot == 3 })
        let own = try #require(report.sections[index].blocks.firstIndex { $0.table?.templateDefinition?.table == 3 })
        guard case .table(var copy) = report.sections[index].blocks[own] else { throw CancellationError() }
        edit(&copy)
        report.sections[index].blocks.insert(.table(copy), at: own)
        return report
    }

    @Test func twoCopiesThatDifferAreAReadingProblemAndNeitherIsChecked() throws {
        let report = try Self.withCopy { $0.setText("500", row: "received", column: "natural-person") }
        #expect(report.copies(ofTable: 3).count == 2)
        #expect(report.table(number: 3) == nil)
        let findings = ReportChecker().check(report)
        let missing = try #require(findings.first { $0.rule == "table-missing" })
        #expect(missing.kind == .reading)
        #expect(missing.severity == .warning)
        #expect(missing.message.contains("报告中有2个表三"))
        #expect(!findings.contains { $0.rule.hasPrefix("t3-") })
    }

    /// Next year's draft of such a report fills no 上年结转 from either copy: the older one's 结转下年度 is two years
    /// back (rv113 F2).
    @Test func nextYearsDraftCarriesNothingOverFromTwoCopiesThatDiffer() throws {
        let report = try Self.withCopy { $0.setText("500", row: "received", column: "natural-person") }
        let draft = try #require(report.nextYearDraft())
        let carried = draft.copies(ofTable: 3).flatMap { copy in
            copy.table.rows.filter { $0.key == "carried-over" }.flatMap { $0.cells.compactMap(\.text) }
        }
        #expect(draft.copies(ofTable: 3).count == 2)
        #expect(!carried.isEmpty && carried.allSatisfy(\.isEmpty), "\(carried)")
        let one = try #require(SampleReport.make().nextYearDraft()?.table(number: 3))
        #expect(one.rows.first { $0.key == "carried-over" }?.cells.contains { !($0.text ?? "").isEmpty } == true)
    }

    @Test func twoCopiesThatSayTheSameAreOneTable() throws {
        let report = try Self.withCopy { _ in }
        #expect(report.table(number: 3) != nil)
        #expect(!ReportChecker().check(report).contains { $0.rule == "table-missing" })
    }
}
