import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// `import` reads a report's year from the file: a 2024 report made from last year's file with the year left unchanged
/// used to be imported over the published 2023 report (its draft became this year's text, the board showed 2023 as
/// 草稿（公开后有修改）and 2024 as 未报送). A published report is now left alone by an import, the file fails with why
/// and what to do, and a file whose name gives another year than its text is said to.
@Suite struct ImportPublishedTests {
    static let lastYear = ReportKey(agency: "changzhang", year: 2023)

    /// A repository with 常张乡's 2023 report published.
    static func published() async throws -> ReportRepository {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2023), to: lastYear, author: "李四", message: "2023 年报")
        try await repository.mark(lastYear.description, as: .published, author: "王审核", overriding: "已核准")
        return repository
    }

    @Test func aFileThatWouldChangeAPublishedReportIsNotImported() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await Self.published()
        let published = try await repository.resolve("\(Self.lastYear)@published")
        // This year's numbers in a file whose year was left at 2023
        let slipped = SampleReport.settingTable3Cell(
            of: SampleReport.make(agency: "常张乡人民政府", year: 2023), index: 0, to: "9")
        try RepositoryTestSupport.write(["常张乡2024年报(修改稿).txt": slipped], to: folder.url)
        let summary = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(summary.imported.isEmpty)
        let failure = try #require(summary.failed.first)
        #expect(failure.file == "常张乡2024年报(修改稿).txt")
        #expect(failure.reason.contains("已公开（公开的是第 1 版）：导入不改动已公开的报告，这个文件没有导入"))
        #expect(failure.reason.contains("文件名写的是 2024 年，文件里写的却是 2023 年：是不是忘了改文件里的年份？"))
        #expect(failure.reason.contains("nianbao commit 这个文件 --agency changzhang --year 2023"))
        // The published report and its draft are as they were
        #expect(try await repository.resolve(Self.lastYear.description).id == published.id)
        #expect(try await repository.report(Self.lastYear)?.status == .published)
        // The same text as published is still found unchanged, not refused
        try RepositoryTestSupport.write(
            ["常张乡2023年报.txt": SampleReport.make(agency: "常张乡人民政府", year: 2023)], to: folder.url)
        try FileManager.default.removeItem(at: folder.path("常张乡2024年报(修改稿).txt"))
        let again = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(again.failed.isEmpty)
        #expect(again.unchanged.map(\.file) == ["常张乡2023年报.txt"])
    }

    @Test func aFileWhoseNameGivesAnotherYearIsImportedWithAWarning() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.memoryRepository()
        try RepositoryTestSupport.write(
            [
                "常张乡2024年报.txt": SampleReport.make(agency: "常张乡人民政府", year: 2023),
                "大庄乡2024年报.txt": SampleReport.make(agency: "大庄乡人民政府", year: 2024),
            ], to: folder.url)
        let summary = try await repository.importFolder(at: folder.url.path, author: "县政务公开办")
        #expect(summary.imported.count == 2)
        #expect(
            summary.warnings == [
                "常张乡2024年报.txt: 文件名写的是 2024 年，文件里写的是 2023 年，已按文件里的 2023 年导入：是不是忘了改文件里的年份？"
            ])
    }

    @Test func theYearAFileNameGivesIsTheOneYearStandingApart() {
        #expect(ReportRepository.yearNamed("常张乡2024年报(修改稿).docx") == 2024)
        #expect(ReportRepository.yearNamed("2024.txt") == 2024)
        #expect(ReportRepository.yearNamed("常张乡年报.docx") == nil)
        // Two years, a longer number, a year before reports began: no year
        #expect(ReportRepository.yearNamed("2023年报-2024修改.docx") == nil)
        #expect(ReportRepository.yearNamed("scan20240115.pdf") == nil)
        #expect(ReportRepository.yearNamed("1998年.txt") == nil)
    }
}
