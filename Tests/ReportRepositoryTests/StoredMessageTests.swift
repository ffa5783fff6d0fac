import Foundation
import ReportDiff
import ReportFixtures
import ReportModel
import RevisionStore
import Testing

@testable import ReportRepository

/// The stored messages Nianbao writes with more after them — a merge with the places it decided (the only notice that
/// a change was not taken), a confirmed restore with the places it put back, a forced commit's notes, an agency
/// merge's copy — read in English for an English reader, each part exactly as Nianbao writes it, from the history as
/// stored; a person's words and anything of another shape stay as stored (user review ux98, J4).
@Suite struct StoredMessageTests {
    @Test(arguments: [MergeSide.ours, .theirs])
    func aMergesDecisionsReadInEnglish(side: MergeSide) async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let key = MergeDecisionTests().key
        let repository = try await MergeDecisionTests().conflict(in: folder)
        let merged = try await repository.mergeHeads(
            of: key, takeAll: side, author: "王审核", time: RepositoryTestSupport.time.addingTimeInterval(180))
        let stored = try #require(merged.revision?.content.message)
        let (kept, left) = side == .ours ? ("县政务公开办 王审核", "常张乡 李四") : ("常张乡 李四", "县政务公开办 王审核")
        #expect(
            RevisionMessage.text(of: stored, in: .english)
                == "Merge revisions pushed by 常张乡. 一、（一）paragraph 1: kept the text of \(kept), not the change of \(left)"
        )
        #expect(RevisionMessage.text(of: stored, in: .chinese) == stored)
    }

    @Test func keepingBothAndAnEditReadInEnglish() {
        #expect(
            RevisionMessage.text(
                of: "合并 常张乡 推送的修订（网页，王审核）。一、（一）第 1 段：县政务公开办 王审核 和 常张乡 李四 的都保留（县政务公开办 王审核 的在前）",
                in: .english)
                == "Merge revisions pushed by 常张乡 (on the web, 王审核). 一、（一）paragraph 1: kept both, the text of"
                + " 县政务公开办 王审核 and of 常张乡 李四 (县政务公开办 王审核's first)")
        #expect(
            RevisionMessage.text(
                of: "合并 从 县政务公开办 拉取的修订。三、表三 · 本年新收 · 自然人：王审核 另写了文字，县政务公开办 王审核 第 3 版 和 常张乡 李四 的修改都未原样采用",
                in: .english)
                == "Merge revisions pulled from 县政务公开办. 三、Table 3 · 本年新收 · 自然人: 王审核 wrote a text of their own;"
                + " neither the change of 县政务公开办 王审核 (version 3) nor that of 常张乡 李四 was taken as it was")
    }

    @Test func aConfirmedRestoreNamesWhatItPutBackInEnglish() async throws {
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        let (repository, revisions) = try await RestoreUndoneTests().history(in: folder)
        let restored = try await repository.restore(revisions[0].id.hex, author: "李四", refusingUndone: false)
        let stored = restored.revision.content.message
        #expect(stored.hasSuffix(" 保存），改回了别人之后的修改：一、（一）第 3 段（第 2 版，王审核）"), "\(stored)")
        let english = RevisionMessage.text(of: stored, in: .english)
        #expect(english.hasPrefix("Restore version 1 (saved by 李四, "), "\(english)")
        #expect(
            english.hasSuffix("), putting back others' later changes: 一、（一）paragraph 3 (version 2, 王审核)"), "\(english)")
    }

    @Test func aForcedCommitsNoteReadsInEnglishAndThePersonsMessageAsWritten() {
        #expect(
            RevisionMessage.text(
                of: "换稿\n\n（强制提交：这份报告是 金乡县羊山镇人民政府 2024 年的，不是 hongze/2024（淮安市洪泽区人民政府））", in: .english)
                == "换稿\n\n(committed regardless: This is the 2024 report of 金乡县羊山镇人民政府, not hongze/2024"
                + " (淮安市洪泽区人民政府))")
        #expect(
            RevisionMessage.text(
                of: "上传 空白.docx\n\n（强制提交：这份文件没有写明机关名称和年度，看不出是 changzhang/2024（常张乡人民政府）的报告（是不是空白模板或别的文件？））",
                in: .english)
                == "Upload 空白.docx\n\n(committed regardless: This file names neither an agency nor a year, so it cannot"
                + " be told to be changzhang/2024 (常张乡人民政府)'s report (is it a blank template or another file?))")
        #expect(
            RevisionMessage.text(
                of: "解决\n\n（已强制提交：这些地方改回了另一条线修改以前的内容：三、表三 · 本年新收 · 自然人（第 2 版，李四）（这些修改仍在历史中））",
                in: .english)
                == "解决\n\n(Committed regardless: these places were put back to their text before the other line changed"
                + " them: 三、Table 3 · 本年新收 · 自然人 (version 2, 李四) (those changes are still in the history))")
        // A title whose year was left, with and without the file's name stating the period's year (rv100 F7)
        #expect(
            RevisionMessage.text(
                of: "换稿\n\n（强制提交：文件的标题写 2024 年，统计期限却是 2025 年（文件名也是 2025 年）：多半是标题里的年份没改）", in: .english)
                == "换稿\n\n(committed regardless: The file's title says 2024, but its statistics period is 2025 (so is its"
                + " file name): most likely the title's year was not changed)")
        #expect(
            RevisionMessage.text(
                of: "换稿\n\n（强制提交：文件的标题写 2024 年，统计期限却是 2025 年：多半是标题里的年份没改）", in: .english)
                == "换稿\n\n(committed regardless: The file's title says 2024, but its statistics period is 2025: most"
                + " likely the title's year was not changed)")
        // and one that only looks like it stays as written
        let lookalike = "换稿\n\n（强制提交：文件的标题写 2024 年，统计期限却是 2025 年（文件名是 2023 年）：多半是标题里的年份没改）"
        #expect(RevisionMessage.text(of: lookalike, in: .english) == lookalike)
    }

    @Test func anAgencyMergesCopyReadsInEnglish() throws {
        let stored = "机关合并：由 淮安市洪泽区人民政府（编号 huaian-hongze）2023 年报告第 1 版并入 洪泽区人民政府"
        #expect(
            RevisionMessage(recognizing: stored)
                == .agencyMerge(from: "淮安市洪泽区人民政府", id: "huaian-hongze", year: 2023, version: 1, into: "洪泽区人民政府"))
        #expect(
            RevisionMessage.text(of: stored, in: .english)
                == "Agency merge: the 2023 report of 淮安市洪泽区人民政府 (id huaian-hongze), version 1, merged into 洪泽区人民政府")
        let unnumbered = "机关合并：由 大庄乡（编号 dazhuang）2024 年报告报告并入 大庄镇"
        #expect(
            RevisionMessage.text(of: unnumbered, in: .english)
                == "Agency merge: the 2024 report of 大庄乡 (id dazhuang) merged into 大庄镇")
    }

    /// What a person wrote that merely looks like these, or a text of another shape, is shown as stored; a note of a
    /// shape not known here stays in Chinese beside the parts that are.
    @Test(arguments: [
        "合并两条线。一、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改",
        "合并 常张乡 推送的修订。我觉得：保留 原文",
        "合并 常张乡 推送的修订。一、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改；另外再说一句",
        "恢复为第 2 版（李四，2025-01-08 17:30 保存），改回了别人之后的修改：随便写的",
        "恢复为第 2 版（李四，2025-01-08 17:30 保存），还写了别的",
        "机关合并：由 甲（编号 a）2024 年报告第二版并入 乙",
        "初稿\n\n（补充说明）",
        "换稿\n\n（强制提交：文件写的是大庄乡的报告）",
        "换稿\n\n（强制提交：这份报告是 金乡县羊山镇人民政府 2024 年的，不是 洪泽区）",
    ])
    func lookAlikesAreShownAsStored(stored: String) {
        #expect(RevisionMessage.text(of: stored, in: .english) == stored)
    }

    @Test func anUnknownNoteStaysChineseAfterANianbaoMessage() {
        #expect(
            RevisionMessage.text(of: "上传 年报.docx\n\n（强制提交：文件写的是大庄乡的报告）", in: .english)
                == "Upload 年报.docx\n\n（强制提交：文件写的是大庄乡的报告）")
    }
}
