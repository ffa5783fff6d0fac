import Foundation
import Testing

/// `nianbao restore` on a published report (已公开): it only warned and went ahead, turning the report into 草稿（公开后有
/// 修改） at the terminal while the web page's form asks for a confirmation. It now follows the same rule
/// (`refusingPublished`): without `--confirm-published` nothing is restored and the message says which version is
/// published and what to add; a restore that changes nothing needs no flag.
@Suite(.serialized) struct PublishedRestoreCommandTests {
    @Test func restoringAPublishedReportNeedsTheConfirmationFlag() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let key = ["--agency", "changzhang", "--year", "2024"]
        // Given 常张乡 2024 with two versions, the second submitted and published
        #expect(try workspace.run(["init", "--node", "常张乡"]).status == 0)
        #expect(try workspace.run(["commit", try workspace.writeSample("v1.txt")] + key).status == 0)
        #expect(try workspace.run(["commit", try workspace.writeSample("v2.txt", table3Cell: "7")] + key).status == 0)
        #expect(try workspace.run(["mark", "changzhang/2024", "submitted"]).status == 0)
        let published = try workspace.run(["mark", "changzhang/2024", "published", "--force", "--reason", "已审定"])
        #expect(published.status == 0, "\(published.stderr)")
        func snapshot() throws -> [String] {
            try [["log", "changzhang/2024", "--json"], ["reports", "--json"], ["audit", "--format", "json"]].map {
                try workspace.run($0).stdout
            }
        }
        let before = try snapshot()
        #expect(before[1].contains("\"status\" : \"published\"") || before[1].contains("\"status\":\"published\""))
        let bytes = try Data(contentsOf: URL(fileURLWithPath: workspace.repository))

        // When 第 1 版 is restored without the flag: refused, saying what is published and what to add
        let refused = try workspace.run(["restore", "changzhang/2024#1"])
        #expect(refused.status == 1)
        #expect(
            refused.stderr.contains("常张乡人民政府 2024 年度报告 已公开（公开的是第 2 版）"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--confirm-published"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        let english = try workspace.run(["restore", "changzhang/2024#1", "--lang", "en"])
        #expect(english.status == 1)
        #expect(
            english.stderr.contains("The 常张乡人民政府 2024 report is published (version 2): what is restored"),
            "\(english.stderr)")
        #expect(english.stderr.contains("add --confirm-published"), "\(english.stderr)")
        // Then the store is exactly as it was
        #expect(try snapshot() == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: workspace.repository)) == bytes)

        // A restore of the published text itself changes nothing and asks nothing
        let same = try workspace.run(["restore", "changzhang/2024#2", "--json"])
        #expect(same.status == 0, "\(same.stderr)")
        #expect(try same.json()["status"] as? String == "unchanged")

        // With the flag: restored as 第 3 版, and the report is a draft changed since it was published
        let restored = try workspace.run(["restore", "changzhang/2024#1", "--confirm-published"])
        #expect(restored.status == 0, "\(restored.stderr)")
        #expect(restored.stdout.hasPrefix("已把 常张乡人民政府 2024 年度报告 恢复为第 1 版的内容：第 3 版"), "\(restored.stdout)")
        #expect(restored.stderr.contains("这份报告已公开的是第 2 版"), "\(restored.stderr)")
        let reports = try #require(try workspace.run(["reports", "--json"]).json()["reports"] as? [[String: Any]])
        #expect(reports.first?["status"] as? String == "draft")
    }
}
