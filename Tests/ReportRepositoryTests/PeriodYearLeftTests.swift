import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportRepository

/// Last year's Word file with only the title's year changed (the statistics period still last year's) replaced this
/// year's draft, with one check error to show for it (rv120 F2). It is refused before anything is stored, saying
/// which of last year's versions it was downloaded from when the file names one the sender reaches; `--force` still
/// commits it, the message recording why.
@Suite struct PeriodYearLeftTests {
    static let lastYear = ReportKey(agency: "changzhang", year: 2024)
    static let thisYear = ReportKey(agency: "changzhang", year: 2025)

    /// 常张乡's 2024 report with its title made 2025's.
    static var titleChanged: Report {
        var report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        report.title = "常张乡人民政府2025年政府信息公开工作年度报告"
        report.year = 2025
        return report
    }

    /// 常张乡 with a 2024 report (第 1 版) and a 2025 draft; the 2024 revision's id.
    static func county() async throws -> (ReportRepository, lastYears: String) {
        let repository = try RepositoryTestSupport.memoryRepository()
        try await repository.addAgency(id: "changzhang", name: "常张乡人民政府", by: "管理员")
        let last = try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2024), to: lastYear, author: "李四", message: "初稿")
        try await repository.commit(
            SampleReport.make(agency: "常张乡人民政府", year: 2025), to: thisYear, author: "李四", message: "初稿")
        return (repository, last.revision.id.hex)
    }

    static func source(basedOn: String?, fileName: String = "年报.docx") -> ReportSource {
        var source = ReportSource(diagnostics: [])
        source.fileName = fileName
        source.basedOn = basedOn
        return source
    }

    @Test func lastYearsDownloadWithTheTitleChangedIsRefusedNamingItsVersion() async throws {
        let (repository, lastYears) = try await Self.county()
        let before = try await repository.resolve(Self.thisYear.description).id
        let error = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                Self.titleChanged, to: Self.thisYear, author: "李四", message: "上传 年报.docx",
                source: Self.source(basedOn: lastYears))
        }
        guard case .wrongReport(let mismatch) = try #require(error) else {
            Issue.record("not refused: \(String(describing: error))")
            return
        }
        #expect(mismatch.isPeriodYearLeft && !mismatch.isTitleYearLeft && !mismatch.isOtherYear)
        #expect(mismatch.downloadedFrom == 1)
        #expect(
            error?.description(in: .chinese)
                == "文件的标题写 2025 年，统计期限却还是 2024 年：多半是拿 2024 年度的报告只改了标题里的年份，内容还是 2024 年的"
                + "（这份文件是从 2024 年度报告（第 1 版）下载的）。要起草 2025 年度的报告，请用 nianbao draft changzhang/2025 "
                + "-o 文件名.docx（上年结转已填好），或把统计期限和内容改为 2025 年的再提交；确实要这样提交，请加 --force"
                + "（会在修订说明里记下）。草稿没有改动。")
        #expect(
            error?.description(in: .english).hasPrefix(
                "The file's title says 2025, but its statistics period is still 2024: most likely it is the 2024 report"
                    + " with only the title's year changed, its contents still 2024's (this file was downloaded from the"
                    + " 2024 report, version 1). To draft the 2025 report, use nianbao draft changzhang/2025") == true)
        #expect(try await repository.resolve(Self.thisYear.description).id == before)
    }

    @Test func aVersionOutOfReachOrNoneIsSaidAsNothing() async throws {
        let (repository, lastYears) = try await Self.county()
        // (a sender who does not reach 常张乡's reports; a file naming no revision; one naming this year's own)
        let thisYears = try await repository.resolve(Self.thisYear.description).id.hex
        for (scope, basedOn) in [
            (AccessScope.agencies(["dazhuang"]), lastYears), (.all, nil), (.all, thisYears),
            (.all, String(repeating: "ab", count: 32)),
        ] {
            let error = await #expect(throws: RepositoryError.self) {
                try await repository.commit(
                    Self.titleChanged, to: Self.thisYear, author: "李四", message: "上传",
                    source: Self.source(basedOn: basedOn), scope: scope)
            }
            guard case .wrongReport(let mismatch) = try #require(error) else {
                Issue.record("not refused: \(String(describing: error))")
                continue
            }
            #expect(mismatch.isPeriodYearLeft && mismatch.downloadedFrom == nil)
            #expect(error?.description(in: .chinese).contains("下载的") == false)
        }
        // A file whose name keeps last year is told the same, not sent to last year's report
        let named = try #require(
            ReportMismatch.between(
                agency: "常张乡人民政府", year: 2025, target: Self.thisYear,
                agencies: [Agency(id: "changzhang", name: "常张乡人民政府")], statedYears: (2025, 2024, 2024)))
        #expect(named.isPeriodYearLeft && !named.isTitleYearLeft)
    }

    @Test func forceCommitsItAndTheMessageSaysWhyInEitherLanguage() async throws {
        let (repository, lastYears) = try await Self.county()
        let outcome = try await repository.commit(
            Self.titleChanged, to: Self.thisYear, author: "李四", message: "上传 年报.docx", force: true,
            source: Self.source(basedOn: lastYears))
        let message = outcome.revision.content.message
        #expect(message.contains("（强制提交：文件的标题写 2025 年，统计期限却还是 2024 年"), "\(message)")
        #expect(message.contains("（这份文件是从 2024 年度报告（第 1 版）下载的）"), "\(message)")
        let recorded = try #require(StoredMessage.forcedMismatch(in: message))
        #expect(recorded.isPeriodYearLeft && recorded.downloadedFrom == 1)
        #expect(recorded.description(in: .english).hasPrefix("The file's title says 2025, but its statistics period"))
    }
}
