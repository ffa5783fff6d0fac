import Foundation
import ReportFixtures
import Testing

/// A township's own comments are not taken by the county: the push says they stay on this computer and how to reach
/// the county, and its answers to the county's comments are still sent (and said to be). Before, the push printed
/// 没有要推送给 county 的内容：对方都有了 in both cases.
@Suite struct TownshipCommentPushTests {
    @Test func aPushSaysTheTownshipsOwnCommentsStayAndItsAnswersAreSent() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            let asking = try await county.runServed(
                ["comment", "changzhang/2024", "--at", "section:一", "请核对主动公开条数"])
            #expect(!asking.stdout.contains("只保存在这台电脑上"), "\(asking.stdout)")
            let listed = try await county.runServed(["comments", "changzhang/2024", "--json"]).json()
            let comments = try #require(listed["comments"] as? [[String: Any]])
            let asked = try #require(comments.first?["id"] as? String)
            // The pull that brings only the county's comment says so (it had said 已是最新)
            let pulled = try await township.runServed(["pull"])
            #expect(pulled.status == 0)
            #expect(pulled.stdout.contains("常张乡人民政府 2024 年度报告  批注  收到 1 条批注"), "\(pulled.stdout)")
            #expect(!pulled.stdout.contains("已是最新"), "\(pulled.stdout)")
            // Given the clerk's own comment and an answer to the county's, then a resolution of it
            let written = try await township.runServed(
                ["comment", "changzhang/2024", "--at", "section:二", "乡里自己记一下：表二待核"])
            // Said when it is written, too
            #expect(written.stdout.contains("这条批注只保存在这台电脑上，同步时不会发送"), "\(written.stdout)")
            try await township.runServed([
                "comment", "changzhang/2024", "已核对，133条无误", "--reply", String(asked.prefix(8)),
            ])

            let pushed = try await township.runServed(["push"])

            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(!pushed.stdout.contains("对方都有了"), "\(pushed.stdout)")
            #expect(pushed.stdout.contains("常张乡人民政府 2024 年度报告  批注  已发送 1 条回复"), "\(pushed.stdout)")
            #expect(
                pushed.stdout.contains(
                    "你在这台电脑上写的 1 条批注（常张乡人民政府 2024 年度报告）只保存在这台电脑上，没有发送给 县政务公开办：县里不接收乡镇写的批注"),
                "\(pushed.stdout)")
            #expect(pushed.stdout.contains("nianbao mark 报告 submitted --comment 说明"), "\(pushed.stdout)")
            // The answer arrived; the clerk's own comment did not
            let there = try await county.runServed(["comments", "changzhang/2024"]).stdout
            #expect(there.contains("已核对，133条无误"), "\(there)")
            #expect(!there.contains("表二待核"), "\(there)")

            // A resolution alone is sent and said to be; the comment that stays is named again
            try await township.runServed(["comment", "changzhang/2024", "--resolve", String(asked.prefix(8))])
            let resolved = try await township.runServed(["push", "--json"])
            let push = try #require(try resolved.json()["push"] as? [String: Any])
            #expect((push["notesSent"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["resolve"])
            #expect((push["notesKept"] as? [[String: Any]])?.map { $0["kind"] as? String } == ["comment"])
            #expect(try await county.runServed(["comments", "changzhang/2024"]).stdout.contains("[已解决]"))
        }
    }
}
