import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A text export of the current draft names no revision, as the clerk's own copy does: edited in the paragraph the
/// county had just changed, it had been checked against her older version and refused as "edited on 第 1 版, both
/// changed" (rv109 F2). A file nearer the draft's text than her own version's was edited from the draft.
@Suite struct OwnCopyOfTheDraftTests {
    static let key = RebaseTests.key
    static let own = "领导小组下设专门办公室，负责日常工作。"
    static let county = "领导小组下设专门的办公室，负责日常工作。"

    @Test func aTextExportOfTheDraftEditedWhereTheCountyChangedIsCommitted() async throws {
        // Given 赵六's own text (第 1 版) and 王审核's change of the same paragraph (第 2 版)
        let repository = try RepositoryTestSupport.memoryRepository()
        let first = SampleReport.rewritingParagraph(
            of: SampleReport.make(agency: "常张乡人民政府", year: 2024), index: 1, to: Self.own)
        let draft = SampleReport.rewritingParagraph(of: first, index: 1, to: Self.county)
        try await repository.commit(
            first, to: Self.key, author: "赵六", message: "上传 年报.txt", time: RepositoryTestSupport.time,
            source: OwnCopyBaseTests.textFile)
        try await repository.commit(
            draft, to: Self.key, author: "王审核", message: "县里改", time: RepositoryTestSupport.time + 60,
            source: OwnCopyBaseTests.textFile)
        // When his old copy, edited in that paragraph, is sent: still refused as both changed it
        let old = SampleReport.rewritingParagraph(of: first, index: 1, to: "领导小组下设专门工作办公室，负责日常工作。")
        let refusal = await #expect(throws: RepositoryError.self) {
            try await repository.commit(
                old, to: Self.key, author: "赵六", message: "上传 旧稿.txt", time: RepositoryTestSupport.time + 120,
                source: OwnCopyBaseTests.textFile)
        }
        guard case .editedOlderVersion = refusal else {
            Issue.record("\(String(describing: refusal))")
            return
        }
        // When he exports the draft (第 2 版) as text and edits the county's paragraph there
        let edited = SampleReport.rewritingParagraph(of: draft, index: 1, to: "领导小组下设专门的工作办公室，负责日常工作。")
        let outcome = try await repository.commit(
            edited, to: Self.key, author: "赵六", message: "上传 导出.txt", time: RepositoryTestSupport.time + 180,
            source: OwnCopyBaseTests.textFile)
        // Then it is committed as he wrote it, with no word of an older version
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: Self.key.description) == edited)
        #expect(!outcome.warnings.joined().contains("第 1 版"), "\(outcome.warnings)")
    }
}
