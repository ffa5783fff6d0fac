import Foundation
import ReportFixtures
import Testing

/// A conflict resolved by hand: `merge --output` writes the merged text, the person finishes it, `commit --resolve`
/// records it as the merge. A revision that arrives on either line in between is not in that text, so the commit is
/// refused until a new merged text is written — the conflict never closes over changes nobody saw.
@Suite struct MergedTextTests {
    @Test func aMergedTextIsCommittedAsTheMergeOnlyWhileItsHeadsStand() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let townshipEdit = try township.writeSample("t.txt", table3Cell: "3")
        let townshipAgain = try township.writeSample("t2.txt", table3Cell: "6")
        let countyEdit = try county.writeSample("c.txt", table3Cell: "4")
        let countyAgain = try county.writeSample("c2.txt", table3Cell: "5")
        let merged = township.folder.path("merged.txt").path
        try township.run(["init", "--node", "changzhang"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024"])
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            // Both change the same cell (each a 第 2 版): the township's sync opens a conflict
            try await county.runServed(["commit", countyEdit, "--agency", "changzhang", "--year", "2024"])
            try await township.runServed(["commit", townshipEdit, "--agency", "changzhang", "--year", "2024"])
            #expect(try await township.runServed(["sync"]).status == 3)
            // The merge names the other line by where it came from, not by its head's name (county)
            let listed = try await township.runServed(["merge", "changzhang/2024"])
            #expect(
                listed.stdout.contains(
                    "草稿 第 2 版（changzhang 测试员） 和 从 县政务公开办 拉取的 第 2 版（县政务公开办 测试员）（底稿 第 1 版）"),
                "\(listed.stdout)")
            let english = try await township.runServed(["merge", "changzhang/2024", "--lang", "en"])
            #expect(
                english.stdout.contains(
                    "draft version 2 (changzhang 测试员) and version 2 (县政务公开办 测试员) pulled from 县政务公开办"
                        + " (base version 1)"),
                "\(english.stdout)")
            let commit = ["commit", merged, "--agency", "changzhang", "--year", "2024"]
            let write = ["merge", "changzhang/2024", "--output", merged, "--overwrite"]

            // The merged text is written; the county goes on (第 3 版) and the township pulls it before committing
            #expect(try await township.runServed(write).status == 3)
            try await county.runServed(["commit", countyAgain, "--agency", "changzhang", "--year", "2024"])
            #expect(try await township.runServed(["pull"]).status == 3)
            _ = try township.writeSample("merged.txt", table3Cell: "7")
            let late = try await township.runServed(commit + ["--resolve"])
            #expect(late.status != 0)
            #expect(
                late.stderr.contains("从 县政务公开办 拉取的修订又有了新的修订（写出时为第 2 版，现为第 3 版）"), "\(late.stderr)")
            #expect(late.stderr.contains("nianbao merge changzhang/2024 --output"), "\(late.stderr)")
            #expect(try await township.runServed(["conflicts"]).status == 3)

            // Written again; this time the township's own draft goes on (a commit on its line, with a warning)
            #expect(try await township.runServed(write).status == 3)
            let onTheLine = try await township.runServed([
                "commit", townshipAgain, "--agency", "changzhang", "--year", "2024",
            ])
            #expect(onTheLine.status == 0)
            #expect(onTheLine.stderr.contains("有未解决的同步冲突（从 县政务公开办 拉取的修订）"), "\(onTheLine.stderr)")
            _ = try township.writeSample("merged.txt", table3Cell: "7")
            let behindTheDraft = try await township.runServed(commit + ["--resolve"])
            #expect(behindTheDraft.status != 0)
            #expect(behindTheDraft.stderr.contains("草稿又有了新的修订（写出时为第 2 版，现为第 3 版）"), "\(behindTheDraft.stderr)")

            // Written from the heads as they stand: committed once without --resolve (the draft is now that text),
            // then with it, it closes the conflict
            #expect(try await township.runServed(write).status == 3)
            _ = try township.writeSample("merged.txt", table3Cell: "7")
            #expect(try await township.runServed(commit).status == 0)
            let resolved = try await township.runServed(commit + ["--resolve"])
            #expect(resolved.status == 0, "\(resolved.stderr)")
            #expect(try await township.runServed(["conflicts"]).status == 0)
            let log = try await township.runServed(["log", "changzhang/2024", "-n", "1"])
            #expect(log.stdout.contains("合并："), "\(log.stdout)")
        }
    }
}
