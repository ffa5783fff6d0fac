import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// Next year's draft starts from last year's published revision, or its latest when nothing is published, and is
/// out of reach exactly as a report that does not exist.
@Suite struct NextYearDraftTests {
    static let last = ReportKey(agency: "changzhang", year: 2024)

    static func report(carryForward: String) -> Report {
        var report = SampleReport.make()
        for index in report.sections.indices {
            for block in report.sections[index].blocks.indices {
                guard var table = report.sections[index].blocks[block].table, table.templateDefinition?.table == 3
                else { continue }
                table.setText(carryForward, row: "carry-forward", column: "natural-person")
                table.setText(carryForward, row: "carry-forward", column: "total")
                // Received as many as carried forward, so that the checks pass (the report can be published).
                table.setText(carryForward, row: "received", column: "natural-person")
                table.setText(carryForward, row: "received", column: "total")
                report.sections[index].blocks[block] = .table(table)
            }
        }
        return report
    }

    @Test func theDraftStartsFromThePublishedRevision() async throws {
        // Given a published revision carrying 3 forward and a later draft carrying 5 forward
        let repository = try RepositoryTestSupport.memoryRepository()
        let time = RepositoryTestSupport.time
        _ = try await repository.commit(
            Self.report(carryForward: "3"), to: Self.last, author: "王芳", message: "1", time: time)
        _ = try await repository.mark("changzhang/2024", as: .submitted, author: "王芳", time: time + 1)
        _ = try await repository.mark(
            "changzhang/2024", as: .published, author: "县政务公开办", overriding: "测试：正文与表三不一致", time: time + 2)
        _ = try await repository.commit(
            Self.report(carryForward: "5"), to: Self.last, author: "王芳", message: "2", time: time + 3)
        // When the 2025 draft is made
        let draft = try await repository.nextYearDraft(of: ReportKey(agency: "changzhang", year: 2025))
        // Then it comes from the published revision, its years moved on
        #expect(draft.source.refs.contains(.published))
        #expect(draft.report.year == 2025)
        #expect(draft.report.title == "常张乡人民政府2025年政府信息公开工作年度报告")
        let table3 = try #require(draft.report.table(number: 3))
        #expect(table3.cell(row: "carried-over", column: "natural-person")?.text == "3")
        #expect(table3.cell(row: "carried-over", column: "total")?.text == "3")
        #expect(table3.cell(row: "received", column: "total")?.text == "")
        #expect(table3.cell(row: "carried-over", column: "business")?.text == "0")
    }

    /// Last year's report lacked section 四 and its table: the draft has both, in their place and empty, so the
    /// clerk has somewhere to fill them in; and a draft of a year that has a report already says so.
    @Test func theDraftHasEverySectionAndTableAndTellsOfAReportThatExists() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        var report = Self.report(carryForward: "3")
        report.sections.removeAll { $0.templateSlot == 4 }
        #expect(report.table(number: 4) == nil)
        _ = try await repository.commit(report, to: Self.last, author: "王芳", message: "1")
        let next = ReportKey(agency: "changzhang", year: 2025)
        let draft = try await repository.nextYearDraft(of: next)
        #expect(draft.report.sections.map(\.templateSlot) == [1, 2, 3, 4, 5, 6])
        #expect(draft.report.sections[3].heading == "四、政府信息公开行政复议、行政诉讼情况")
        let table4 = try #require(draft.report.table(number: 4))
        #expect(table4.template == "table4-2021")
        #expect(table4.cells.allSatisfy { $0.1.text == "" })
        #expect(draft.existing == nil)
        _ = try await repository.commit(draft.report, to: next, author: "王芳", message: "草稿")
        #expect(try await repository.nextYearDraft(of: next).existing == 1)
    }

    @Test func withoutAPublishedRevisionTheDraftStartsFromTheLatest() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.commit(Self.report(carryForward: "3"), to: Self.last, author: "王芳", message: "1")
        _ = try await repository.commit(Self.report(carryForward: "7"), to: Self.last, author: "王芳", message: "2")
        let draft = try await repository.nextYearDraft(of: ReportKey(agency: "changzhang", year: 2025))
        #expect(!draft.source.refs.contains(.published))
        #expect(draft.report.table(number: 3)?.cell(row: "carried-over", column: "total")?.text == "7")
    }

    @Test func anotherAgencysReportIsAnsweredAsOneThatDoesNotExist() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        _ = try await repository.commit(Self.report(carryForward: "3"), to: Self.last, author: "王芳", message: "1")
        let scope = AccessScope.agencies(["dazhuang"])
        var outOfScope: RepositoryError?
        do {
            _ = try await repository.nextYearDraft(of: ReportKey(agency: "changzhang", year: 2025), scope: scope)
        } catch { outOfScope = error }
        var missing: RepositoryError?
        do {
            _ = try await repository.nextYearDraft(of: ReportKey(agency: "dazhuang", year: 2025), scope: scope)
        } catch { missing = error }
        #expect(outOfScope?.description.contains("changzhang") == true)
        #expect(missing?.description.contains("dazhuang") == true)
        #expect(
            outOfScope?.description.replacingOccurrences(of: "changzhang", with: "dazhuang") == missing?.description)
    }

    /// The note on the draft's title says what the draft holds (rv105 F5, F9): 上年结转 filled only where last year's
    /// 结转下年度 was read, else said to be left for the clerk; a year with a report already named first.
    @Test func theNoteSaysWhatWasCarriedOverAndThatTheYearHasAReport() async throws {
        let repository = try RepositoryTestSupport.memoryRepository()
        var report = Self.report(carryForward: "3")
        for index in report.sections.indices {
            for block in report.sections[index].blocks.indices {
                guard var table = report.sections[index].blocks[block].table, table.templateDefinition?.table == 3
                else { continue }
                for column in table.columns.map(\.key) { table.setText(nil, row: "carry-forward", column: column) }
                report.sections[index].blocks[block] = .table(table)
            }
        }
        _ = try await repository.commit(report, to: Self.last, author: "王芳", message: "1")
        let next = ReportKey(agency: "changzhang", year: 2025)
        let draft = try await repository.nextYearDraft(of: next)
        #expect(draft.note.contains("表格已清空（2024 年表三的“结转下年度”没能读出，“上年结转”请自行填写）。"))
        #expect(!draft.note.contains("已按 2024 年的“结转下年度”填入"))
        #expect(!draft.note.hasPrefix("注意"))
        _ = try await repository.commit(draft.report, to: next, author: "王芳", message: "草稿")
        let again = try await repository.nextYearDraft(of: next)
        #expect(again.note.hasPrefix("注意：2025 年已有报告（草稿为第 1 版），这份草稿是按 2024 年报告重新生成的，不含其中的修改"))
    }
}
