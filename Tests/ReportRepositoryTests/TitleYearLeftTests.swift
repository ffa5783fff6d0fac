import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// A report of this year whose title alone still names last year was refused when sent to this year's report (ux98
/// P), but taken when sent to last year's — the year its title shows: by `import` with nobody choosing, over last
/// year's submitted report (rv100 F2). With the file's name stating this year too, it is refused either way.
@Suite struct TitleYearLeftTests {
    /// 常张乡's 2025 report with 2024 left in its title.
    static var titleYearLeft: Report {
        var report = SampleReport.make(agency: "常张乡人民政府", year: 2025)
        report.title = "常张乡人民政府2024年政府信息公开工作年度报告"
        report.year = 2024
        return report
    }

    static func county() async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        let lastYear = ReportKey(agency: "changzhang", year: 2024)
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: lastYear, author: "李四", message: "初稿")
        try await repository.mark(lastYear.description, as: .submitted, author: "李四")
        return repository
    }

    @Test func sentToLastYearsReportItIsRefusedAndLastYearsIsLeftAsItWas() async throws {
        let repository = try await Self.county()
        let lastYear = ReportKey(agency: "changzhang", year: 2024)
        let before = try await repository.resolve(lastYear.description).id
        var source = ReportSource(diagnostics: [])
        source.fileName = "常张乡2025年报告.docx"
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                Self.titleYearLeft, to: lastYear, author: "李四", message: "上传 常张乡2025年报告.docx", source: source)
        }
        guard case .wrongReport(let mismatch) = try #require(error) else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(mismatch.isTitleYearLeft)
        #expect(
            error?.description(in: .chinese)
                == "文件的标题写 2024 年，统计期限却是 2025 年（文件名也是 2025 年）：多半是标题里的年份没改。"
                + "这是 2025 年的报告：请把标题里的年份改为 2025 年，再作为 2025 年的报告提交。草稿没有改动。")
        #expect(error?.description(in: .english).contains("It is the 2025 report") == true)
        #expect(try await repository.resolve(lastYear.description).id == before)
        #expect(try await repository.report(lastYear)?.status == .submitted)
        // A file whose name states no year is taken as before: which of the two years was left unchanged is the
        // check's to say
        source.fileName = "年报.docx"
        _ = try await repository.commit(
            Self.titleYearLeft, to: lastYear, author: "李四", message: "上传 年报.docx", source: source)
        #expect(try await repository.resolve(lastYear.description).id != before)
    }

    @Test func anImportOfThisYearsFolderDoesNotFileItUnderLastYear() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.county()
        let lastYear = ReportKey(agency: "changzhang", year: 2024)
        let before = try await repository.resolve(lastYear.description).id
        try RepositoryTestSupport.write(["常张乡2025年报告.txt": Self.titleYearLeft], to: folder.url)
        let summary = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(summary.imported.isEmpty)
        let failure = try #require(summary.failed.first)
        #expect(failure.reason.contains("多半是标题里的年份没改"), "\(failure.reason)")
        #expect(try await repository.resolve(lastYear.description).id == before)
        #expect(try await repository.report(lastYear)?.status == .submitted)
        #expect(try await repository.report(ReportKey(agency: "changzhang", year: 2025)) == nil)
    }
}
