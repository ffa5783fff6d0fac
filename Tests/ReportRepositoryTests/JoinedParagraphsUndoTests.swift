import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import Testing

/// A clerk's own file whose paragraphs of a subsection are split or joined against the draft (two paragraphs made
/// one) no longer has "paragraph 3" where the reviewer corrected it: the check that an own copy puts back no
/// older text of others' changes looks for the correction in the subsection's text instead, and refuses the file
/// when it is gone. It had passed silently, the reviewer's correction undone (review rr96 F4).
@Suite struct JoinedParagraphsUndoTests {
    let key = ReportKey(agency: "changzhang", year: 2024)
    /// A text file's source: no original kept, no revision named.
    let textFile = ReportSource(diagnostics: [])

    /// The report with paragraphs 1 and 2 of 一（一） joined into one, a remark in brackets between them.
    static func joiningFirstTwo(of report: Report) -> Report {
        var joined = report
        let blocks = report.sections[0].sections[0].blocks
        let texts = blocks.compactMap(\.paragraph?.text)
        joined.sections[0].sections[0].blocks =
            [.paragraph(Paragraph(texts[0] + "（全年召开专题会议2次）" + texts[1]))] + Array(blocks.dropFirst(2))
        return joined
    }

    @Test func aFileJoiningParagraphsDoesNotUndoACorrectionUnseen() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let repository = try RepositoryTestSupport.fileRepository(in: folder)
        let time = RepositoryTestSupport.time
        let first = SampleReport.make(paragraphs: 4)
        try await repository.commit(first, to: key, author: "县政务公开办", message: "初稿", time: time, source: textFile)
        // 王审核 corrects 一（一）'s third paragraph (第 2 版)
        let old = try #require(first.sections[0].sections[0].blocks[2].paragraph?.text)
        let corrected = SampleReport.rewritingParagraph(
            of: first, index: 2, to: old.replacingOccurrences(of: "102条", with: "103条"))
        try await repository.commit(
            corrected, to: key, author: "王审核", message: "更正", time: time + 60, source: textFile)
        // 李四's own file: paragraphs 1 and 2 joined, paragraph 3 as it was before the correction
        await #expect {
            try await repository.commit(
                Self.joiningFirstTwo(of: first), to: key, author: "李四", message: "提交 李四.txt", time: time + 120,
                source: textFile)
        } throws: { error in
            guard case RepositoryError.undoesOthersChanges(_, _, let changes, _, _, _) = error else { return false }
            return changes.count == 1 && changes[0].chinese.contains("第 3 段")
                && changes[0].chinese.hasSuffix("（第 2 版，王审核）")
        }
        #expect(try await repository.report(at: key.description) == corrected)
        // The same file with the correction in it goes through: nothing of 王审核's is undone
        let outcome = try await repository.commit(
            Self.joiningFirstTwo(of: corrected), to: key, author: "李四", message: "提交 李四.txt", time: time + 180,
            source: textFile)
        #expect(outcome.status == .committed)
        #expect(try await repository.report(at: key.description) == Self.joiningFirstTwo(of: corrected))
    }
}
