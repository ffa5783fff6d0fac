import Foundation
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The note a file merged with the draft's later changes leaves in its revision's message — a person's own copy
/// (`这份文件不是从本系统下载的，按刘主任提交过的第 5 版核对，…`), a Word file of an earlier version, either forced — stayed
/// Chinese in English pages and `log --lang en` while the messages around it were read in English (rv108 F5).
@Suite struct MergedFileNoteTests {
    static let key = RebaseTests.key

    @Test func theNotesOfAMergedWordFileAndOfAnOwnCopyReadInEnglish() async throws {
        // Given 赵六's text (第 1 版) and the county's correction (第 2 版)
        let (repository, first, _, own) = try await OwnCopyBaseTests.corrected()
        // When his Word file of 第 1 版, a paragraph edited, is merged with the correction (第 3 版), and then his own
        // text file, one cell changed (第 4 版)
        let word = try await repository.commit(
            SampleReport.rewritingParagraph(of: own, index: 0, to: OwnCopyBaseTests.fee), to: Self.key, author: "赵六",
            message: "上传 年报.docx", time: RepositoryTestSupport.time + 120,
            source: RebaseTests.exported(from: first.id))
        let text = try await repository.commit(
            SampleReport.settingTable3Cell(of: own, index: 5, to: "2"), to: Self.key, author: "赵六",
            message: "上传 年报-我的稿.txt", time: RepositoryTestSupport.time + 180, source: OwnCopyBaseTests.textFile)
        // Then each message's note reads in English, and in Chinese as stored
        let wordMessage = word.revision.content.message
        #expect(
            RevisionMessage.text(of: wordMessage, in: .english)
                == "Upload 年报.docx\n\n(This file was edited from version 1, and the draft has had version 2 (王审核) since: "
                + "the file's changes and those of version 2 were committed together)", "\(wordMessage)")
        let textMessage = text.revision.content.message
        #expect(
            RevisionMessage.text(of: textMessage, in: .english)
                == "Upload 年报-我的稿.txt\n\n(This file was not downloaded from Nianbao; checked against 赵六's version 1, "
                + "the draft has others' changes since (version 2 by 王审核): the file's changes and theirs were "
                + "committed together; others' later changes that the file lacks were all kept)",
            "\(textMessage)")
        #expect(RevisionMessage.text(of: textMessage, in: .chinese) == textMessage)
    }

    @Test func everyShapeOfTheNoteReadsInEnglish() {
        let own = ReportRepository.ownCopyNote
        #expect(
            MergedFileNote.english(
                of: "\(own)，按刘主任提交过的第 5 版核对，草稿此后有别人的修改（第 6 版，王审核（常张乡 同步送来）；第 7 版，李四（同步送来））："
                    + "已把文件的修改和第 6 版、第 7 版的修改合在一起提交；文件里没有的、别人此后的修改都保留了；刘主任此后自己改过的一、第 1 段、三、表三 · 本年新收 · 自然人以这份文件为准")
                == "This file was not downloaded from Nianbao; checked against version 5, which 刘主任 committed, the "
                + "draft has others' changes since (version 6, 王审核 (from 常张乡 by sync); version 7, 李四 (by sync)): "
                + "the file's changes and those of version 6, version 7 were committed together; others' later changes "
                + "that the file lacks were all kept; where 刘主任 changed 一、paragraph 1, 三、Table 3 · 本年新收 · 自然人 "
                + "themselves since, this file's text was taken")
        #expect(
            MergedFileNote.english(
                of: "\(ReportRepository.downloadedElsewhere)，按李四提交过的第 2 版核对，草稿此后已有第 4 版；已强制提交："
                    + "两边都改过的地方以文件为准，第 3 版、第 4 版的其他修改都保留（仍在历史中）")
                == RepositoryError.downloadedElsewhere + "; checked against version 2, which 李四 committed, and the "
                + "draft has had version 4 since: committed regardless, the file's text taken where both changed a "
                + "place; the other changes of version 3, version 4 are kept (and still in the history)")
        #expect(
            MergedFileNote.english(
                of: "这份文件是在第 1 版上修改的，草稿此后已有第 3 版；已强制提交：两边都改过的地方以文件为准，第 2 版、第 3 版的其他修改都保留（仍在历史中）"
                    + "；已强制提交：这些地方改回了别人修改以前的内容：五、第 1 段（第 2 版，王审核）（别人的修改仍在历史中）")
                == "This file was edited from version 1, and the draft has had version 3 since: committed regardless, "
                + "the file's text taken where both changed a place; the other changes of version 2, version 3 are kept"
                + " (and still in the history); Committed regardless: these places were put back to their text before "
                + "others changed them: 五、paragraph 1 (version 2, 王审核) (the others' changes are still in the history)")
        // A note of another shape is left as stored
        #expect(MergedFileNote.english(of: "\(own)，请核对") == nil)
    }
}
