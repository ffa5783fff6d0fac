import Foundation
import ReportFixtures
import Testing

/// `nianbao commit FILE` without `-m` stores the message Nianbao writes (``RevisionMessage``) in Chinese, whatever the
/// language it speaks: with `--lang en` it stored `Commit 年报.txt`, which the Chinese pages then showed as is, and the
/// words had a second home in the CLI's messages. The English reader sees it in English all the same.
@Suite struct StoredCommitMessageTests {
    @Test func anEnglishCommitStoresTheChineseMessageAndShowsItInEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let sample = try workspace.writeSample("changzhang.txt")
        try #require(try workspace.run(["init", "--node", "county"]).status == 0)
        let committed = try workspace.run(
            ["commit", sample, "--agency", "changzhang", "--year", "2024", "--lang", "en"])
        try #require(committed.status == 0, "\(committed.stderr)")

        let chinese = try workspace.run(["log", "changzhang/2024"]).stdout
        #expect(chinese.contains("提交 changzhang.txt"), "\(chinese)")
        #expect(!chinese.contains("Commit changzhang.txt"))
        let english = try workspace.run(["log", "changzhang/2024", "--lang", "en"]).stdout
        #expect(english.contains("Commit changzhang.txt"), "\(english)")
    }
}
