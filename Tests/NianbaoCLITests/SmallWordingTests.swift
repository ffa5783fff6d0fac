import Foundation
import ReportFixtures
import Testing

/// The small wording slips at the terminal of user review ux96 (finding 18): parser jargon, a mistyped help topic,
/// English lines in Chinese help, and the county or another office named by a slug.
@Suite struct SmallWordingTests {
    /// `nianbao mark changzhang/2024 报送` (the pages' word) was refused as `'<mark>' 不能取 '报送'`.
    @Test func theMarkTakesThePagesWordsAndARefusalSpeaksPlainly() throws {
        let county = try CheckCautionCommandTests.county()
        defer { county.remove() }
        try county.run(["commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024"])

        let submitted = try county.run(["mark", "changzhang/2024", "报送"])
        let refused = try county.run(["mark", "changzhang/2024", "发布"])

        #expect(submitted.status == 0, "\(submitted.stderr)")
        #expect(submitted.stdout.contains("标记为“已报送”"), "\(submitted.stdout)")
        #expect(refused.status != 0)
        #expect(!refused.stderr.contains("'<mark>'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("参数 mark 不能取 '发布'"), "\(refused.stderr)")
        #expect(refused.stderr.contains("请从下面选一个："), "\(refused.stderr)")
        #expect(refused.stderr.contains("- 报送"), "\(refused.stderr)")
        // The line naming what was asked for reads as Chinese help, not ArgumentParser's `帮助：<mark>  …`
        #expect(!refused.stderr.contains("帮助："), "\(refused.stderr)")
        #expect(refused.stderr.contains("\n参数 mark：submitted（报送）"), "\(refused.stderr)")
    }

    /// `nianbao help commti` printed the whole top-level help with exit 0.
    @Test func aMistypedHelpTopicSuggestsTheNearOne() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }

        let help = try workspace.runOnFiles(["help", "commti"])

        #expect(help.status != 0)
        #expect(help.stderr.contains("没有 `commti` 这个命令。是不是要看 `nianbao help commit`？"), "\(help.stderr)")
        #expect(try workspace.runOnFiles(["help", "commit"]).status == 0)
    }

    /// `agency`, `user`, `token`, `remote`: their help ended in `See 'nianbao help agency <subcommand>' for detailed
    /// help.`
    @Test(arguments: ["agency", "user", "token", "remote"])
    func aGroupsHelpEndsInChinese(_ group: String) throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }

        let help = try workspace.runOnFiles(["help", group])

        #expect(help.status == 0)
        #expect(!help.stdout.contains("See '"), "\(help.stdout)")
        #expect(help.stdout.contains("用 'nianbao help \(group) 子命令' 查看子命令的详细帮助。"), "\(help.stdout)")
    }

    /// A township's pull named the county by the remote's name (`已从 county（节点 县政务公开办）拉取`, `由 county 同步
    /// 送来`); it names the office now.
    @Test func aTownshipsPullNamesTheCountysOffice() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        try township.run(["init", "--node", "常张乡"])
        try await county.serveCounty(to: township) { _ in
            try await county.runServed([
                "commit", try county.writeSample("v1.txt"), "--agency", "changzhang", "--year", "2024", "-m", "县里的",
            ])

            let pulled = try await township.runServed(["pull"])
            let shown = try await township.runServed(["show", "changzhang/2024"])

            #expect(pulled.stdout.contains("已从 县政务公开办 拉取："), "\(pulled.stdout)")
            #expect(!pulled.stdout.contains("county"), "\(pulled.stdout)")
            #expect(shown.stdout.contains("收到：由 县政务公开办 同步送来"), "\(shown.stdout)")
        }
    }

    /// A push whose draft is a restore said `更新` and quoted the restore's message; it says it restored the version.
    @Test func aPushedRestoreSaysItRestored() async throws {
        let county = try CLIWorkspace()
        let township = try CLIWorkspace()
        defer {
            county.remove()
            township.remove()
        }
        let report = ["--agency", "changzhang", "--year", "2024", "--author", "李明"]
        try township.run(["init", "--node", "常张乡"])
        try township.run(["commit", try township.writeSample("v1.txt")] + report)
        try township.run(["commit", try township.writeSample("v2.txt", table3Cell: "3")] + report)
        try await county.serveCounty(to: township) { _ in
            #expect(try await township.runServed(["push"]).status == 0)
            #expect(try await township.runServed(["restore", "changzhang/2024#1", "--author", "李明"]).status == 0)
            let pushed = try await township.runServed(["push"])

            #expect(pushed.status == 0, "\(pushed.stderr)")
            let line = try #require(
                pushed.stdout.split(separator: "\n").first { $0.contains("草稿") }, "\(pushed.stdout)")
            #expect(line.contains("恢复为第 1 版"), "\(line)")
            #expect(!line.contains("更新"), "\(line)")
        }
    }
}
