import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import Testing

/// A clerk keeps the Word file she downloaded at 第 1 版 and sends it again after each edit. Where she changed a place
/// since (an earlier sending, the pages) that this file has as downloaded, she put it back in this file — or this is
/// another copy of the same download (a colleague's, another computer's): the two cannot be told apart. The draft keeps what she sent and
/// the warning names the place and how to change it back; "草稿里都已经有了" and "没有修改" had been said (rv105 F6), and
/// taking the downloaded text had silently undone a first copy's edits when a second copy came (rv106 F1).
@Suite struct ResentPutBackTests {
    static let key = RebaseTests.key
    static let named = "（第 2 版）还是下载时（第 1 版）的内容，而你此后改过这些地方：草稿保留了你改过的内容。如果是要改回，请下载当前草稿的 Word 文件"

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

    @Test func aPlaceAsDownloadedThatHerEarlierSendingChangedIsKeptAndNamed() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        // The same download, the cell as 第 1 版 had it
        let outcome = try await repository.commit(
            report, to: Self.key, author: "李四", message: "改回", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .unchanged)
        #expect(
            try await repository.report(at: "changzhang/2024")
                == SampleReport.settingTable3Cell(of: report, index: 1, to: "5"))
        #expect(outcome.warnings.contains { $0.hasPrefix("文件里的三、") && $0.contains(Self.named) })
        #expect(outcome.warnings.allSatisfy { !$0.contains("草稿里都已经有了") && !$0.contains("没有修改") })
    }

    @Test func anotherCopyOfTheSameDownloadKeepsTheFirstCopysEdits() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        // A second copy of 第 1 版's download, edited at another cell only
        let other = SampleReport.settingTable3Cell(of: report, index: 0, to: "2")
        let outcome = try await repository.commit(
            other, to: Self.key, author: "李四", message: "结转", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(
            try await repository.report(at: "changzhang/2024")
                == SampleReport.settingTable3Cell(of: other, index: 1, to: "5"))
        #expect(outcome.warnings.contains { $0.contains(Self.named) })
    }

    @Test func anotherEditOfAPlaceHerEarlierSendingChangedIsTakenWithoutThatWord() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        let again = SampleReport.settingTable3Cell(of: report, index: 1, to: "7")
        let outcome = try await repository.commit(
            again, to: Self.key, author: "李四", message: "改为7", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: "changzhang/2024") == again)
        #expect(outcome.warnings.allSatisfy { !$0.contains("还是下载时") })
    }

    @Test func theCountysCorrectionSinceStaysAndHerPlaceIsNamed() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        let county = try await repository.commit(
            SampleReport.settingTable3Cell(of: try await repository.report(at: "changzhang/2024"), index: 0, to: "2"),
            to: Self.key, author: "王审核", message: "县里更正", time: RepositoryTestSupport.time + 120)
        #expect(county.status == .committed)
        let outcome = try await repository.commit(
            report, to: Self.key, author: "李四", message: "再发", time: RepositoryTestSupport.time + 180,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .unchanged)
        let kept = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: report, index: 1, to: "5"), index: 0, to: "2")
        #expect(try await repository.report(at: "changzhang/2024") == kept)
        #expect(outcome.warnings.contains { $0.contains(Self.named) })
    }

    /// She sent her file (第 2 版), the county changed another cell (第 3 版), she sent it again with more (第 4 版, a
    /// merge), then put that back: the place is named with the merged version that holds her change (rv106 F6).
    @Test func aPlaceHerMergedSendingChangedIsNamedToo() async throws {
        let (repository, first, report) = try await Self.sentOnce()
        _ = try await repository.commit(
            SampleReport.settingTable3Cell(of: try await repository.report(at: "changzhang/2024"), index: 0, to: "2"),
            to: Self.key, author: "王审核", message: "县里更正", time: RepositoryTestSupport.time + 120)
        let more = SampleReport.settingTable3Cell(
            of: SampleReport.settingTable3Cell(of: report, index: 1, to: "5"), index: 2, to: "7")
        let merged = try await repository.commit(
            more, to: Self.key, author: "李四", message: "结转7", time: RepositoryTestSupport.time + 180,
            source: RebaseTests.exported(from: first.id))
        #expect(merged.status == .committed)
        let back = SampleReport.settingTable3Cell(of: report, index: 1, to: "5")
        let outcome = try await repository.commit(
            back, to: Self.key, author: "李四", message: "结转改回", time: RepositoryTestSupport.time + 240,
            source: RebaseTests.exported(from: first.id))
        #expect(outcome.status == .unchanged)
        #expect(outcome.warnings.contains { $0.contains("（第 4 版）还是下载时（第 1 版）的内容") })
        #expect(outcome.warnings.allSatisfy { !$0.contains("草稿里都已经有了") })
    }
}
