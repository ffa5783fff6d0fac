import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The county's reviewer published a merge that had left out her correction without being told (user review ux96,
/// finding 1): the publish step now names the places where a merge since the last publication did not take her
/// change (``ReportRepository/changesNotTaken(in:of:)``).
@Suite struct ChangesNotTakenTests {
    let key = ReportKey(agency: "changzhang", year: 2024)

    @Test func aMergeThatLeftOutTheReviewersCorrectionIsNamedForHerOnly() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        // Given 王审核's correction and 李四's change of the same paragraph, merged keeping 李四's
        let repository = try await MergeDecisionTests().conflict(in: folder)
        let merged = try await repository.mergeHeads(
            of: key, takeAll: .theirs, author: "李四", time: RepositoryTestSupport.time.addingTimeInterval(180))
        let revision = try #require(merged.revision)

        let hers = try await repository.changesNotTaken(in: revision, of: "王审核")
        let his = try await repository.changesNotTaken(in: revision, of: "李四")

        #expect(hers == ["一、（一）第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改"])
        #expect(his.isEmpty)
        // Once published, a later revision's publish does not name it again
        try await repository.mark(key.description, as: .published, author: "王审核", overriding: "已核对")
        let later = try await repository.commit(
            SampleReport.settingTable3Cell(of: try await repository.report(at: key.description), index: 0, to: "8"),
            to: key, author: "王审核", message: "再改", time: RepositoryTestSupport.time.addingTimeInterval(240))
        #expect(try await repository.changesNotTaken(in: later.revision, of: "王审核").isEmpty)
    }

    @Test func aMergeKeepingHerCorrectionIsNoCaution() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try await MergeDecisionTests().conflict(in: folder)
        let merged = try await repository.mergeHeads(
            of: key, takeAll: .ours, author: "王审核", time: RepositoryTestSupport.time.addingTimeInterval(180))

        #expect(try await repository.changesNotTaken(in: try #require(merged.revision), of: "王审核").isEmpty)
    }

    /// A change she sent from her second computer with a token of her own is written `王芳（同步送来）` in a merge's
    /// decisions (``ChangeMaker/maker(in:)``): read back as hers too (rv106 F3: the 公开 caution no longer came).
    @Test func aChangeSheSentWithHerOwnTokenIsReadBackAsHers() {
        let makers = ChangeMaker.makerNames(of: "王芳", office: "县政务公开办")
        let message =
            "一、（一）第 1 段：保留 常张乡 李四 的，未采用 王芳（同步送来） 的修改；"
            + "二、第 2 段：保留 王芳（同步送来） 的，未采用 常张乡 李四 的修改；"
            + "三、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王芳 的修改；"
            + "四、第 1 段：保留 常张乡 李四 的，未采用 王审核（王芳 同步送来） 的修改"
        #expect(
            MergeDecisions.notTaken(from: makers, in: message) == [
                "一、（一）第 1 段：保留 常张乡 李四 的，未采用 王芳（同步送来） 的修改",
                "三、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王芳 的修改",
            ])
    }
}
