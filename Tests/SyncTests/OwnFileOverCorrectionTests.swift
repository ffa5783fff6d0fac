import Foundation
import ReportFixtures
import ReportModel
import ReportRepository
import RevisionStore
import SyncClient
import Testing

/// A clerk's own file changing the very words the county corrected in her paragraph, after her merge had joined the
/// correction in: her file's words were taken, silently — the warning named `你提交过的第 2 版` and `（第 2 版，王审核…）`,
/// two different revisions of one number, and not what of 王审核's was replaced; the county was never told (rv118 M4).
/// The versions are now named with whose each is, the place is named with the change it replaced, and the revision
/// records it as a merge's decision, which the county's reviewer is told before publishing.
@Suite struct OwnFileOverCorrectionTests {
    static let key = MergedCorrectionKeptTests.key

    static func paragraph(_ text: String, of report: Report) -> Report {
        MergedCorrectionKeptTests.paragraph(text, of: report)
    }

    @Test func herFileOverTheCountysWordsSaysWhoseChangeItReplacedAndRecordsIt() async throws {
        let county = try TestNode("县政务公开办")
        let township = try TestNode("常张乡")
        defer {
            county.remove()
            township.remove()
        }
        let token = try await county.repository.issueTownshipToken(label: "常张乡", agencies: ["changzhang"]).secret
        let own = ReportSource(diagnostics: [])
        let first = Self.paragraph("本机关每月开展一次自查，工作仍需增强，公开内容不够全面。", of: try await county.document(Self.key))
        _ = try await county.repository.commit(first, to: Self.key, author: "王审核", message: "初稿", time: testTime(0))
        try await withServer(county) { port in
            // Given her own file (仍需 → 仍须, 第 2 版) and the county's correction of the same paragraph (第 2 版 too:
            // 全面 → 完整), joined by her pull and merge
            _ = try await township.client(port: port, token: token).pull()
            _ = try await township.repository.commit(
                Self.paragraph("本机关每月开展一次自查，工作仍须增强，公开内容不够全面。", of: first), to: Self.key,
                author: "李四", message: "上传 年报.txt", time: testTime(60), source: own)
            _ = try await county.repository.commit(
                Self.paragraph("本机关每月开展一次自查，工作仍需增强，公开内容不够完整。", of: first), to: Self.key,
                author: "王审核", message: "县里改", time: testTime(90))
            _ = try await township.client(port: port, token: token).pull()
            _ = try await township.repository.mergeHeads(of: Self.key, author: "李四", time: testTime(150))

            // When her own file, from her 第 2 版, changes the words the county corrected (全面 → 充分)
            let outcome = try await township.repository.commit(
                Self.paragraph("本机关每月开展一次自查，工作仍须增强，公开内容不够充分。", of: first), to: Self.key,
                author: "李四", message: "上传 年报.txt", time: testTime(200), source: own)

            // Then her file's words are taken, as before …
            #expect(try await MergedCorrectionKeptTests.firstParagraph(of: township) == "本机关每月开展一次自查，工作仍须增强，公开内容不够充分。")
            // … her version and the county's are named apart, and the place with the change her file replaced
            let warning = outcome.warnings.joined(separator: "\n")
            #expect(warning.contains("按你的第 2 版核对"), "\(warning)")
            #expect(warning.contains("王审核（县政务公开办 同步送来） 的第 2 版"), "\(warning)")
            #expect(!warning.contains("提交过的第 2 版"), "\(warning)")
            #expect(
                warning.contains("一、（一）第 1 段以这份文件为准，未采用 王审核（县政务公开办 同步送来） 的第 2 版在那里的修改"),
                "\(warning)")
            #expect(!warning.contains("你此后自己改过的"), "\(warning)")
            // … and the revision records the decision as a merge records one
            let message = outcome.revision.content.message
            let decisions = MergeDecisions.fileDecisions(in: message)
            #expect(decisions == ["一、（一）第 1 段：采用 常张乡 李四 的文件，未采用 县政务公开办 王审核 的修改"], "\(message)")
            #expect(
                RevisionMessage.text(of: message, in: .english).contains(
                    "一、（一）paragraph 1: took the file of 常张乡 李四, not the change of 县政务公开办 王审核"),
                "\(RevisionMessage.text(of: message, in: .english))")

            // And once pushed, the county's reviewer is told before publishing that his correction was not taken
            _ = try await township.client(port: port, token: token).push()
            let head = try await county.repository.resolve(Self.key.description)
            let notTaken = try await county.repository.changesNotTaken(in: head, of: "王审核")
            #expect(notTaken == decisions, "\(notTaken)")
        }
    }
}
