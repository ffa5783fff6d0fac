import Foundation
import ReportFixtures
import Testing

/// A clerk who had submitted committed her old copy by mistake and pushed: nothing said her report was no longer
/// 已报送, the push line said only `草稿  更新`, and the county's page waited for her (等待乡镇报送) while she believed
/// she was done. The push of her 报送 read `已报送  新建  第 1 版`, and her `log` named the county's 退回 by the remote's
/// name here, `county` (user review ux98, finding D).
@Suite struct ResubmitWordingTests {
    @Test func aCommitAfterSubmittingSaysTheReportIsADraftAgain() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let first = try township.writeSample("v1.txt")
        let slip = try township.writeSample("v2.txt", table3Cell: "3")
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", first, "--agency", "changzhang", "--year", "2024", "-m", "初稿"])
        try township.run(["mark", "changzhang/2024", "submitted"])
        try await county.serveCounty(to: township) { _ in
            let submitted = try await township.runServed(["push"])
            #expect(submitted.stdout.contains("  报送了  第 1 版（"), "\(submitted.stdout)")
            #expect(!submitted.stdout.contains("已报送  新建"), "\(submitted.stdout)")

            let committed = try await township.runServed(["commit", slip, "--agency", "changzhang", "--year", "2024"])

            #expect(committed.status == 0, "\(committed.stderr)")
            #expect(
                committed.stderr.contains(
                    "警告：这份报告已报送的是第 1 版：这次的修改是新的草稿，报告从“已报送”变回“草稿”，县里看到的也是草稿；"
                        + "改好后请重新报送。如果是误传，把报告恢复为第 1 版的内容，就回到“已报送”"),
                "\(committed.stderr)")
            let pushed = try await township.runServed(["push"])
            #expect(
                pushed.stdout.contains("草稿  更新  第 2 版") && pushed.stdout.contains("（县政务公开办 看到的状态：已报送 → 草稿；改好后请重新报送）"),
                "\(pushed.stdout)")
            // Restoring the submitted text brings 已报送 back, as the warning says
            try await township.runServed(["restore", "changzhang/2024#1"])
            let reports = try await township.runServed(["reports"])
            let row = try #require(
                reports.stdout.split(separator: "\n").first { $0.hasPrefix("changzhang/2024") }, "\(reports.stdout)")
            #expect(row.split(separator: " ").dropFirst(2).first == "已报送", "\(row)")
            // The county returns it; the township's log names the reviewer, not the remote
            try await county.runServed([
                "mark", "changzhang/2024", "returned", "--comment", "表三总计不对", "--author", "王审核",
            ])
            #expect(try await township.runServed(["pull"]).status == 0)
            let log = try await township.runServed(["log", "changzhang/2024"])
            #expect(log.stdout.contains("退回意见：表三总计不对（王审核，"), "\(log.stdout)")
            #expect(!log.stdout.contains("county"), "\(log.stdout)")
        }
    }
}
