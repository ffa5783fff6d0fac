import Foundation
import ReportFixtures
import ReportModel
import ReportParser
import Testing

/// With `--lang en`, the parser's notes (`parse`, `commit`), a commit's warnings and a repository's refusal are
/// English, but for the report's own words and people's names: each comes from the one home of its words in either
/// language (``Diagnostic/englishMessage``, `CommitWarning`, `RepositoryError.description(in:)`).
@Suite struct EnglishNotesTests {
    /// The sample report (常张乡人民政府's) with its first section's heading typed twice.
    static func write(_ workspace: CLIWorkspace) throws -> (file: String, text: String) {
        var lines = ReportText.render(SampleReport.make()).components(separatedBy: "\n")
        let heading = try #require(lines.firstIndex { $0.hasPrefix("一、") })
        lines.insert(lines[heading], at: heading)
        let text = lines.joined(separator: "\n")
        let file = workspace.folder.path("report.txt")
        try Data(text.utf8).write(to: file)
        return (file.path, text)
    }

    @Test func theParsersNotesAndACommitsWarningsAreEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        let (file, text) = try Self.write(workspace)
        let parsed = try workspace.runOnFiles(["parse", file, "--lang", "en"])
        #expect(parsed.status == 0, "\(parsed.stderr)")
        #expect(
            parsed.stderr.contains("warning: The same heading was typed twice and is read as one: 一、"),
            "\(parsed.stderr)")
        #expect(EnglishOutputTests.foreign(parsed.stderr, allowed: [text]).isEmpty, "\(parsed.stderr)")
        let chinese = try workspace.runOnFiles(["parse", file])
        #expect(chinese.stderr.contains("警告：同一标题重复输入了两次，已读作一个：一、"), "\(chinese.stderr)")

        try workspace.run(["init", "--node", "county"])
        try workspace.run(["agency", "add", "dazhuang", "--name", "大庄乡人民政府", "--kind", "township"])
        // (常张乡's report committed as 大庄乡's, on purpose)
        let committed = try workspace.run(
            ["commit", file, "--agency", "dazhuang", "--year", "2024", "--force", "--lang", "en"])
        #expect(committed.status == 0, "\(committed.stderr)")
        #expect(committed.stderr.contains("committed regardless: This is the 2024 report of "), "\(committed.stderr)")
        #expect(
            EnglishOutputTests.foreign(committed.stderr, allowed: [text, "大庄乡人民政府"]).isEmpty, "\(committed.stderr)")
    }

    @Test func aRepositorysRefusalIsEnglish() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try workspace.run(["init", "--node", "county"])
        let refused = try UserCommandTests.run(
            ["user", "add", "李四", "--role", "clerk", "--password-stdin", "--lang", "en"],
            input: UserCommandTests.password, in: workspace)
        #expect(refused.status != 0)
        #expect(
            refused.stderr.contains("A township clerk needs the offices whose reports they write"), "\(refused.stderr)")
        #expect(EnglishOutputTests.foreign(refused.stderr, allowed: ["李四"]).isEmpty, "\(refused.stderr)")
    }
}
