import Foundation
import ReportFixtures
import Testing

/// Two computers of one township pushed edits of one report while the county changed it. What the clerk reads names
/// versions by 第 N 版 and where they were written, never by a hash or a head's internal name. Before: the push said
/// `county 的草稿 修订 778b75ee5f92 … 你的版本在对方保留为 from-常张乡` and `两个版本都保留` when there were three;
/// `conflicts` showed the draft the conflict opened on (第 6 版, though a merge had made 第 7 版) and
/// `county-from-常张乡-2`; the merge called the other computer's line `从 县政务公开办 拉取的 第 6 版`.
@Suite struct ConflictWordingTests {
    @Test func conflictsOfTwoComputersAreNamedByVersionAndWhereTheyWereWritten() async throws {
        try await TwoComputersScene.play(node: "常张乡") { scene in
            let (first, second) = (scene.first, scene.second)

            // A push that meets a county draft it does not have yet
            let pushed = try await second.runServed(["push"])

            #expect(pushed.status == 3)
            #expect(
                pushed.stdout.contains(
                    "冲突  county 上的草稿有本节点还没有的修改，和你的 第 2 版 自 第 1 版 以来都改过；你的版本在对方也保留着，不会丢。"
                        + "请先拉取（nianbao pull），再用 `nianbao merge changzhang/2024` 合并。"), "\(pushed.stdout)")
            #expect(!pushed.stdout.contains("from-"), "\(pushed.stdout)")
            #expect(pushed.stderr.contains("每个版本都保留着"), "\(pushed.stderr)")
            #expect(!pushed.stderr.contains("两个版本"), "\(pushed.stderr)")

            // The first computer meets the county's draft and the second computer's line, which came through it
            let synced = try await first.runServed(["sync"])
            #expect(synced.status == 3)
            #expect(synced.stdout.contains("和 从 县政务公开办 拉取的 第 2 版（修订 "), "\(synced.stdout)")
            #expect(synced.stdout.contains("和 本单位另一台电脑上写、经 县政务公开办 转来的 第 2 版（修订 "), "\(synced.stdout)")
            #expect(!synced.stdout.contains("county-from"), "\(synced.stdout)")
            #expect(synced.stderr.contains("常张乡人民政府 2024 年度报告（3 个版本） 有未解决的冲突：每个版本都保留着"), "\(synced.stderr)")

            let merged = try await first.runServed(["merge", "changzhang/2024", "--take", "ours"])
            #expect(
                merged.stdout.contains("草稿 第 2 版（常张乡 测试员） 和 从 县政务公开办 拉取的 第 2 版（县政务公开办 测试员）"),
                "\(merged.stdout)")
            // The conflict left open is shown against the draft the merge made, and by where its line was written
            let listed = try await first.runServed(["conflicts"])
            #expect(listed.stdout.contains("草稿 第 3 版（修订 "), "\(listed.stdout)")
            #expect(listed.stdout.contains("↔ 本单位另一台电脑上写、经 县政务公开办 转来的 第 2 版（修订 "), "\(listed.stdout)")
            #expect(!listed.stdout.contains("county-from"), "\(listed.stdout)")
            let last = try await first.runServed(["merge", "changzhang/2024", "--take", "ours"])
            #expect(
                last.stdout.contains("草稿 第 3 版 和 本单位另一台电脑上写、经 县政务公开办 转来的 第 2 版（底稿 第 1 版） → 第 4 版"),
                "\(last.stdout)")
            // conflicts --all says which are closed, and by which merge: they had read exactly like open ones
            let all = try await first.runServed(["conflicts", "--all"])
            #expect(all.status == 0)
            #expect(all.stdout.contains("；已解决：合并为 第 3 版，"), "\(all.stdout)")
            #expect(all.stdout.contains("；已解决：合并为 第 4 版，"), "\(all.stdout)")
        }
    }

    /// `nianbao merge3` (and `merge`) show a conflicting cell's base without the no-break space a web page left
    /// after it: it had printed `底稿：0 `.
    @Test func aConflictingCellIsShownWithoutTheSpaceAfterIt() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let merged = try workspace.runOnFiles([
            "merge3", try workspace.writeSample("base.txt", table3Cell: "0\u{A0}"),
            try workspace.writeSample("ours.txt", table3Cell: "7"),
            try workspace.writeSample("theirs.txt", table3Cell: "5"),
        ])
        #expect(merged.status == 1)
        #expect(merged.stderr.contains("  底稿：0\n"), "\(merged.stderr)")
        #expect(!merged.stderr.contains("底稿：0\u{A0}"), "\(merged.stderr)")
    }

    /// `merge3 --take … --unit` on a place without a conflict says so in Chinese: it had printed
    /// `错误：No conflict on section:一/paragraph:1; open conflicts: …` (rv108 F3).
    @Test func aChoiceForAPlaceWithoutAConflictIsRefusedInChinese() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let merged = try workspace.runOnFiles([
            "merge3", try workspace.writeSample("base.txt", table3Cell: "0"),
            try workspace.writeSample("ours.txt", table3Cell: "7"),
            try workspace.writeSample("theirs.txt", table3Cell: "5"), "--take", "theirs", "--unit",
            "section:一/paragraph:1",
        ])
        #expect(merged.status != 0)
        #expect(merged.stderr.contains("section:一/paragraph:1 没有冲突；未解决的冲突在："), "\(merged.stderr)")
        #expect(!merged.stderr.contains("No conflict"), "\(merged.stderr)")
    }
}

/// The county and a township that wrote the same text are not asked to merge it: the sync says it merged them.
@Suite struct SameTextSyncWordingTests {
    @Test func aSyncOfTheSameTextOnBothSidesSaysItWasMergedAndOpensNoConflict() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let report = ["--agency", "changzhang", "--year", "2024"]
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + report)
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            try await county.runServed(["commit", try county.writeSample("c.txt", table3Cell: "4")] + report)
            try await township.runServed(["commit", try township.writeSample("t.txt", table3Cell: "4")] + report)

            let synced = try await township.runServed(["sync"])

            #expect(synced.status == 0, "\(synced.stderr)")
            #expect(synced.stdout.contains("两边内容相同，已自动合并"), "\(synced.stdout)")
            #expect(synced.stdout.contains("不用手工合并"), "\(synced.stdout)")
            #expect(!synced.stdout.contains("冲突"), "\(synced.stdout)")
            #expect(try await township.runServed(["conflicts"]).status == 0)
            #expect(try await county.runServed(["conflicts"]).status == 0)

            // A push alone meets the county's same text: the county merged them, and the next sync brings it
            let year = ["--agency", "changzhang", "--year", "2023", "--force"]
            try await county.runServed(["commit", try county.writeSample("c23.txt", table3Cell: "2")] + year)
            try await township.runServed(["commit", try township.writeSample("t23.txt", table3Cell: "2")] + year)
            let pushed = try await township.runServed(["push"])
            #expect(pushed.status == 0, "\(pushed.stderr)")
            #expect(pushed.stdout.contains("文字相同，对方已自动合并"), "\(pushed.stdout)")
            #expect(try await township.runServed(["sync"]).status == 0)
            let log = try await township.runServed(["log", "changzhang/2023", "-n", "1"])
            #expect(log.stdout.contains("作者：自动合并"), "\(log.stdout)")
        }
    }
}
