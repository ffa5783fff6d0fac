import CountyWorkbook
import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// The county's view of a year says which reports it has accepted: the workbook built from it names a returned
/// report with errors as such instead of adding its figures in silently (ux98 B).
@Suite struct YearEntryStandingTests {
    /// 常张乡 published; 大庄镇 returned with table 3 out of balance; 青石镇 published and corrected since.
    @Test func eachEntrySaysWhetherItsFiguresArePublished() async throws {
        let folder = try TemporaryDirectory()
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        let published = ReportKey(agency: "changzhang", year: 2024)
        let returned = ReportKey(agency: "dazhuang", year: 2024)
        let corrected = ReportKey(agency: "qingshi", year: 2024)
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: published, author: "李四", message: "报告",
            time: time)
        var unbalanced = SampleReport.make(agency: "大庄镇人民政府", year: 2024)
        if case .table(var table) = unbalanced.sections[2].blocks[0] {
            _ = table.setText("999", row: Table3Row.received.rawValue, column: Table3Column.naturalPerson.rawValue)
            unbalanced.sections[2].blocks[0] = .table(table)
        }
        try await repository.commit(unbalanced, to: returned, author: "赵六", message: "报告", time: time)
        try await repository.commit(
            SampleReport.make(agency: "青石镇人民政府", year: 2024), to: corrected, author: "王五", message: "报告",
            time: time)
        for key in [published, returned, corrected] {
            try await repository.mark(key.description, as: .submitted, author: "李四", time: time + 10)
        }
        for key in [published, corrected] {
            try await repository.mark(key.description, as: .published, author: "王审核", overriding: "测试", time: time + 20)
        }
        try await repository.mark(
            returned.description, as: .returned, comment: "表三不平衡", author: "王审核", time: time + 20)
        var changed = SampleReport.make(agency: "青石镇人民政府", year: 2024)
        changed.sections[0].blocks.append(.paragraph(Paragraph("补充一句。")))
        try await repository.commit(changed, to: corrected, author: "王五", message: "更正", time: time + 30)

        let entries = Dictionary(
            uniqueKeysWithValues: try await repository.yearEntries(ofYear: 2024).map { ($0.agency, $0) })
        let changzhang = try #require(entries["changzhang"]?.workbookEntry)
        #expect(changzhang.unpublished == nil && changzhang.errors == 0)
        let dazhuang = try #require(entries["dazhuang"]?.workbookEntry)
        #expect(dazhuang.unpublished == "已退回")
        #expect(dazhuang.errors > 0)
        // The correction is a draft, but the workbook counts the published revision: accepted.
        let qingshi = try #require(entries["qingshi"])
        #expect(qingshi.status == .draft)
        #expect(qingshi.workbookEntry.unpublished == nil)
        #expect(qingshi.current?.isPublished == true)
    }

    /// Last year's figures beside this year's came from a draft nobody submitted, labelled like accepted figures
    /// (review rv101 F2): an entry says where last year's report stands too.
    @Test func lastYearsFiguresSayWhetherTheyArePublished() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        for (agency, name) in [("changzhang", "常张乡人民政府"), ("dazhuang", "大庄镇人民政府")] {
            for year in [2023, 2024] {
                try await repository.commit(
                    SampleReport.make(agency: name, year: year), to: ReportKey(agency: agency, year: year),
                    author: "李四", message: "报告", time: time)
            }
        }
        // 常张乡's 2023 report was published; 大庄镇's stayed a draft
        try await repository.mark("changzhang/2023", as: .published, author: "王审核", overriding: "测试", time: time + 20)
        let entries = Dictionary(
            uniqueKeysWithValues: try await repository.yearEntries(ofYear: 2024).map { ($0.agency, $0) })
        #expect(try #require(entries["changzhang"]).workbookEntry.previousUnpublished == nil)
        let dazhuang = try #require(entries["dazhuang"])
        #expect(dazhuang.previousStatus == .draft)
        #expect(dazhuang.workbookEntry.previousUnpublished == "草稿")
        #expect(dazhuang.workbookEntry(in: .english).previousUnpublished == "Draft")
    }
}
