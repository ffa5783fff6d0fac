import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A comment stays beside the paragraph it was written on when later versions delete or add paragraphs above it:
/// it had followed the paragraph's *number*, and sat under the wrong paragraph, still saying 第 2 段. A comment whose
/// paragraph is gone says so and is placed nowhere.
@Suite struct CommentPlacementTests {
    static let key = ReportKey(agency: "changzhang", year: 2024)

    /// 第 1 版 with three paragraphs in 一（一）, and the reviewer's comment on the second.
    static func commented() async throws -> (ReportRepository, Report) {
        let repository = try RepositoryTestSupport.memoryRepository()
        let report = SampleReport.make()
        try await repository.commit(report, to: key, author: "李四", message: "初稿")
        try await repository.addComment(
            on: key.description, at: "section:一/section:一/paragraph:2", text: "第2项工作的数字请核实",
            by: Principal(author: "王审核"))
        return (repository, report)
    }

    static func removingParagraph(_ index: Int, of report: Report) -> Report {
        var edited = report
        edited.sections[0].sections[0].blocks.remove(at: index)
        return edited
    }

    @Test func aCommentFollowsItsParagraphWhenOneAboveIsDeleted() async throws {
        let (repository, report) = try await Self.commented()
        let second = try await repository.commit(
            Self.removingParagraph(0, of: report), to: Self.key, author: "李四", message: "删去第一段")
        let threads = try await repository.comments(of: Self.key, shownIn: second.revision.id)
        let thread = try #require(threads.first)
        #expect(thread.shownAnchor == "section:一/section:一/paragraph:1")
        #expect(thread.place.contains("第 1 段") || thread.place.contains("第1段"), "\(thread.place)")
        // Without a revision to show them with, places stay those of the revision written on
        #expect(try await repository.comments(of: Self.key).first?.shownAnchor == thread.comment.anchor)
    }

    @Test func aCommentWhoseParagraphIsGoneIsPlacedNowhereAndSaysSo() async throws {
        let (repository, report) = try await Self.commented()
        let second = try await repository.commit(
            Self.removingParagraph(1, of: report), to: Self.key, author: "李四", message: "删去第二段")
        let thread = try #require(try await repository.comments(of: Self.key, shownIn: second.revision.id).first)
        #expect(thread.shownAnchor == nil)
        #expect(thread.place.hasSuffix("（这一版中已删除或改写）"), "\(thread.place)")
    }
}
