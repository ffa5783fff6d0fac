import Foundation
import ReportFixtures
import ReportModel
import Testing

@testable import ReportDiff
@testable import ReportRepository

/// The places of a report of thousands of paragraphs are named in one walk of it, and its units found in its index:
/// a reviewer's page of a 4,000-paragraph report took 14 s on every view (the comment form's list of places), and a
/// commit of such a file over a draft others changed 101–117 s (its check for others' changes it would undo), each
/// unit counting the paragraphs before it (rv107 F7).
@Suite struct LongReportUnitsTests {
    static let key = RebaseTests.key
    static let textFile = ReportSource(diagnostics: [])

    @Test func theCommentFormsPlacesOfALongReportReadEachBlockAFewTimes() {
        // Given a report whose section 一（一） has 4,000 paragraphs (4,007 blocks in all)
        let report = SampleReport.make(paragraphs: 4_000)
        // When the comment form lists its places, counting the blocks looked at to name and find units
        let counter = NamingWork.Counter()
        let anchors = NamingWork.$counter.withValue(counter) { CommentAnchor.all(in: report) }
        // Then every paragraph is listed, and each block was looked at a few times, not once for each unit before it
        #expect(anchors.contains { $0.unit == "section:一/section:一/paragraph:4000" })
        #expect(counter.blocks <= 4 * 4_007)
    }

    @Test func theCheckForOthersChangesOfALongReportReadsEachVersionAFewTimes() async throws {
        // Given 赵六's own text of 2,000 paragraphs (第 1 版), and 王审核's correction of paragraph 10 (第 2 版)
        let repository = try RepositoryTestSupport.memoryRepository()
        let own = SampleReport.make(paragraphs: 2_000)
        _ = try await repository.commit(
            own, to: Self.key, author: "赵六", message: "上传 年报.txt", time: RepositoryTestSupport.time,
            source: Self.textFile)
        let head = try await repository.commit(
            SampleReport.rewritingParagraph(of: own, index: 9, to: "全年主动公开政府信息120条（县里更正）。"), to: Self.key,
            author: "王审核", message: "县里更正", time: RepositoryTestSupport.time + 60, source: Self.textFile
        ).revision
        // When his own copy, paragraph 10 as he wrote it and paragraph 1,500 edited, is checked for changes of others
        // it would undo, counting the blocks looked at to name and find units
        let text = SampleReport.rewritingParagraph(of: own, index: 1_499, to: "第1500项工作已完成。")
        let counter = NamingWork.Counter()
        let undone = try await NamingWork.$counter.withValue(counter) {
            try await repository.undoneChanges(of: head, by: text, author: "赵六", language: .chinese)
        }
        // Then 王审核's correction is found, and each version's blocks were looked at a few times (2,007 blocks in
        // each of the four read), not once for each unit before each unit compared (over 4,000,000)
        #expect(undone.names == ["一、（一）第 10 段（第 2 版，王审核）"])
        #expect(counter.blocks <= 8 * 2_007)
    }
}
