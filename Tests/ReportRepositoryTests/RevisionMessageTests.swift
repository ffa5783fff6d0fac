import ReportModel
import ReportRepository
import Testing

/// The revision messages Nianbao writes are read back from the text as stored and said in English; anything else — a
/// person's message, one with more after it — is shown as stored.
@Suite struct RevisionMessageTests {
    @Test(arguments: [
        ("上传 常张乡2024年报.docx", "Upload 常张乡2024年报.docx"),
        ("提交 年报.txt", "Commit 年报.txt"),
        ("导入 大庄乡.pdf", "Import 大庄乡.pdf"),
        ("合并 常张乡 推送的修订", "Merge revisions pushed by 常张乡"),
        ("合并 从 县政务公开办 拉取的修订", "Merge revisions pulled from 县政务公开办"),
        ("合并 本机在 瓦岗寨乡 名下的修订", "Merge this computer's revisions under 瓦岗寨乡"),
        ("合并 常张乡 推送的修订（网页，王审核）", "Merge revisions pushed by 常张乡 (on the web, 王审核)"),
        ("恢复为第 2 版（李四，2025-01-08 17:30 保存）", "Restore version 2 (saved by 李四, 2025-01-08 17:30)"),
        ("恢复为修订 0123456789ab（李四，2025-01-08 17:30 保存）", "Restore revision 0123456789ab (saved by 李四, 2025-01-08 17:30)"),
    ])
    func nianbaosOwnMessagesReadInEnglish(stored: String, english: String) throws {
        let message = try #require(RevisionMessage(recognizing: stored))
        #expect(message.chinese == stored)
        #expect(message.english == english)
        #expect(RevisionMessage.text(of: stored, in: .english) == english)
        #expect(RevisionMessage.text(of: stored, in: .chinese) == stored)
    }

    @Test(arguments: [
        "初稿", "补充第一部分", "上传", "上传 ", "合并两条线", "恢复为第二版", "恢复为第 2 版（李四，昨天 保存）",
        "机关合并：由 甲（编号 a）2024 年报告第二版并入 乙",
    ])
    func otherMessagesAreShownAsStored(stored: String) {
        #expect(RevisionMessage(recognizing: stored) == nil)
        #expect(RevisionMessage.text(of: stored, in: .english) == stored)
    }

    /// A message with more after it is not wholly one Nianbao writes: its parts are read one by one
    /// (``StoredMessageTests``).
    @Test(arguments: [
        "合并 常张乡 推送的修订。一、第 1 段：保留 常张乡 李四 的，未采用 县政务公开办 王审核 的修改",
        "上传 年报.docx\n\n（强制提交：文件写的是大庄乡的报告）",
        "恢复为第 2 版（李四，2025-01-08 17:30 保存），改回了别人之后的修改：五、第 1 段（第 9 版，王审核）",
    ])
    func messagesWithMoreAfterThemAreNotWhollyRecognised(stored: String) {
        #expect(RevisionMessage(recognizing: stored) == nil)
    }

    /// What Nianbao writes is what it reads back: the messages of ``ConflictOrigin/mergeMessage``.
    @Test func aMergesMessageIsRecognisedForEveryOrigin() {
        for origin in [
            ConflictOrigin.pushed(by: "常张乡"), .pulled(from: "县政务公开办"), .agencyMerge(from: "大庄乡"), .other("county"),
        ] {
            #expect(RevisionMessage(recognizing: origin.mergeMessage) == .merge(origin, onTheWebBy: nil))
        }
    }

    /// The push line tells a restore by the message's beginning, the places it put back after it or not.
    @Test func aRestoreIsToldByItsBeginning() {
        let stored = "恢复为第 2 版（李四，2025-01-08 17:30 保存），改回了别人之后的修改：五、第 1 段（第 9 版，王审核）"
        #expect(
            RevisionMessage.leadingRestore(of: stored)
                == .restore(version: 2, revision: "", author: "李四", saved: "2025-01-08 17:30"))
        #expect(RevisionMessage.leadingRestore(of: "上传 恢复为第 2 版（李四，2025-01-08 17:30 保存）") == nil)
    }
}
