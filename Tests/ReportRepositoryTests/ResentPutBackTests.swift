import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A clerk keeps the Word file she downloaded at 第 1 版 and sends it again after each edit. An edit that puts a place
/// back to the downloaded text (5 → 0) had been answered "这份文件在第 1 版上所做的修改，草稿里都已经有了…没有改动" and the
/// draft kept 5 (rv105 F6): the file was read against 第 1 版, where it changed nothing. A file sent again is read
/// against what it held when last sent (``ReportRepository/resentBase(named:by:head:)``).
@Suite struct ResentPutBackTests {
    static let key = RebaseTests.key

    /// 第 1 版 by 李四, and 第 2 版: her file downloaded from 第 1 版 with table 3's second cell set to 5.
    static func sentOnce() async throws -> (ReportRepository, first: Revision, report: Report) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make(agency: "常张乡人民政府", year: 2024)
        let first = try await repository.commit(
            report, to: key, author: "李四", message: "初稿", time: RepositoryTestSupport.time
        ).revision
        let once = try await repository.commit(
            SampleReport.settingTable3Cell(of: report, index: 1, to: "5"), to: key, author: "李四", message: "新收5件",
            time: RepositoryTestSupport.time + 60, source: RebaseTests.exported(from: first.id))
        #expect(once.status == .committed)
        return (repository, first, report)
    }

    @Test func aPlacePutBackToTheDownloadedTextIsTaken() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        // The same file, the cell put back to what 第 1 版 had
        let outcome = try await repository.commit(
            report, to: Self.key, author: "李四", message: "改回", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: "changzhang/2024") == report)
        // and said what happened, in case she picked the unedited download by mistake
        #expect(
            outcome.warnings.contains {
                $0.hasPrefix("这份文件的内容与下载时的第 1 版完全相同：你此后提交的修改（至第 2 版）已按这份文件改回")
            })
    }

    @Test func anotherEditOfTheSameFileIsTakenWithoutAWord() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        let again = SampleReport.settingTable3Cell(of: report, index: 1, to: "7")
        let outcome = try await repository.commit(
            again, to: Self.key, author: "李四", message: "改为7", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: "changzhang/2024") == again)
        #expect(outcome.warnings.allSatisfy { !$0.contains("完全相同") && !$0.contains("草稿里都已经有了") })
    }

    @Test func aPlacePutBackIsTakenAndTheCountysCorrectionSinceStays() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        // 第 3 版: the county corrects another cell
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: try await repository.report(at: "changzhang/2024"), index: 0, to: "2"),
            to: Self.key, author: "王审核", message: "县里更正", time: RepositoryTestSupport.time + 120)
        #expect(county.status == .committed)
        // Her file again, the cell put back to 第 1 版's
        let outcome = try await repository.commit(
            report, to: Self.key, author: "李四", message: "改回", time: RepositoryTestSupport.time + 180,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(
            try await repository.report(at: "changzhang/2024")
                == SampleReport.settingTable3Cell(of: report, index: 0, to: "2"))
        #expect(outcome.warnings.contains { $0.contains("已把文件的修改和第 3 版的修改合在一起提交") })
        // Sent once more, unchanged: nothing new, said against her last sending
        let same = try await repository.commit(
            report, to: Self.key, author: "李四", message: "再发一次", time: RepositoryTestSupport.time + 240,
            source: RebaseTests.exported(from: first.id))
        #expect(same.status == .unchanged)
    }
}
