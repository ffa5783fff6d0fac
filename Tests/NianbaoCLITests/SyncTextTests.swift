import Foundation
import ReportFixtures
import Testing

/// What push, pull and sync print for a person: revisions by the numbers the web pages give them (第 N 版), with
/// who made them (`$NIANBAO_AUTHOR`, 测试员, in tests) and why, never by hash alone.
@Suite struct SyncTextTests {
    @Test func pushPullAndConflictsNameRevisionsByNumber() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let second = try township.writeSample("v2.txt", table3Cell: "2")
        let countyEdit = try county.writeSample("c.txt", table3Cell: "4")
        let countyAgain = try county.writeSample("c2.txt", table3Cell: "5")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")
        try township.run(["init", "--node", "changzhang"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿"])
        try township.run(["commit", second, "--agency", "changzhang", "--year", "2024", "-m", "改表三"])
        try await county.serveCounty(to: township) { port in
            let pushed = try await township.runServed(["push"])
            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(pushed.stdout.contains("常张乡人民政府 2024 年度报告  草稿  新建  第 2 版（修订 "), "\(pushed.stdout)")
            #expect(pushed.stdout.contains("测试员：改表三）"), "\(pushed.stdout)")

            // The county corrects table 3 (第 3 版); the township's pull moves its draft from 第 2 版 to it
            try await county.runServed([
                "commit", countyEdit, "--agency", "changzhang", "--year", "2024", "-m", "县里改表三",
            ])
            let pulled = try await township.runServed(["pull"])
            #expect(pulled.status == 0, "\(pulled.stderr)")
            #expect(pulled.stdout.contains("更新  第 2 版 → 第 3 版（修订 "), "\(pulled.stdout)")
            #expect(pulled.stdout.contains("测试员：县里改表三）"), "\(pulled.stdout)")

            // Both change the cell again (each a 第 4 版): the conflict names both and their common 第 3 版
            try await county.runServed(["commit", countyAgain, "--agency", "changzhang", "--year", "2024", "-m", "再改"])
            // (her own file, made from her 第 2 版, over the county's correction of that cell: sent knowingly,
            // --force — the county's 第 3 版 is not hers, though both nodes' author is 测试员)
            try await township.runServed([
                "commit", townshipEdit, "--agency", "changzhang", "--year", "2024", "--force",
            ])
            let synced = try await township.runServed(["sync"])
            #expect(synced.status == 3, "\(synced.stderr)")
            #expect(synced.stdout.contains("你的草稿 第 4 版（修订 "), "\(synced.stdout)")
            #expect(synced.stdout.contains("自 第 3 版 以来都改过"), "\(synced.stdout)")
            let english = try await township.runServed(["conflicts", "--lang", "en"])
            #expect(english.stdout.contains("draft version 4 ("), "\(english.stdout)")
            #expect(english.stdout.contains("base version 3"), "\(english.stdout)")
            #expect(english.stdout.contains("(pulled from 县政务公开办, "), "\(english.stdout)")
            #expect(!english.stdout.contains("pull from"), "\(english.stdout)")
            // The merge names both lines by number, and its message says where the other line came from
            let merged = try await township.runServed(["merge", "changzhang/2024", "--take", "ours"])
            #expect(
                merged.stdout.contains(
                    "草稿 第 4 版（changzhang 测试员） 和 从 县政务公开办 拉取的 第 4 版（县政务公开办 测试员）（底稿 第 3 版）"
                        + " → 第 5 版（修订 "),
                "\(merged.stdout)")
            let log = try await township.runServed(["log", "changzhang/2024", "-n", "1"])
            #expect(log.stdout.contains("合并 从 县政务公开办 拉取的修订"), "\(log.stdout)")
            // (its two parents are both 第 4 版: told apart by office and person, as the pages tell them apart)
            #expect(log.stdout.contains("合并：第 4 版（changzhang 测试员，修订 "), "\(log.stdout)")
            #expect(log.stdout.contains("、第 4 版（县政务公开办 测试员，修订 "), "\(log.stdout)")
            let shown = try await township.runServed(["show", "changzhang/2024"]).stdout
            #expect(shown.contains("合并：第 4 版（changzhang 测试员，修订 "), "\(shown)")
            // A token the county revoked: the refusal reads in Chinese from end to end
            // (refused by `remote add`, which tries a new remote's token at once: rv117 M8)
            let refused = try await township.runServed(
                ["remote", "add", "old", "http://127.0.0.1:\(port)", "--token", "nbt_revoked"])
            #expect(refused.status != 0)
            #expect(refused.stderr.contains("不接受这个令牌：发放令牌的节点不认识它"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("The token"), "\(refused.stderr)")
        }
    }
}
