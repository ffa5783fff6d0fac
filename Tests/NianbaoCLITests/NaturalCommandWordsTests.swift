import Foundation
import ReportFixtures
import ReportParser
import Testing

/// A clerk types the pages' word for what she wants (`nianbao 报送`) or its English (`submit`): she is told the
/// whole line to type, not only the command's name (user review ux98, N).
@Suite struct NaturalCommandWordsTests {
    @Test func thePagesWordsAndAMarksWordAreAnsweredWithTheWholeLine() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        for (word, line) in [
            ("报送", "mark 机关/年度 报送"), ("submit", "mark 机关/年度 报送"), ("公开", "mark 机关/年度 公开"),
            ("退回", "mark 机关/年度 退回"), ("推送", "push"), ("拉取", "pull"), ("上传", "commit"),
        ] {
            let answer = try workspace.runOnFiles([word])
            #expect(answer.status != 0)
            #expect(answer.stderr.contains("没有 `\(word)` 这个命令。是不是要用 `nianbao \(line)`？"), "\(answer.stderr)")
        }
        let english = try workspace.runOnFiles(["publish", "--lang", "en"])
        #expect(english.stderr.contains("Did you mean `nianbao mark AGENCY/YEAR published`?"), "\(english.stderr)")
    }

    /// `commit --agency 大庄乡`: the office the name names is taken, not refused with its id to type.
    @Test func anAgencysNameIsTakenForItsId() throws {
        let workspace = try CLIWorkspace()
        defer { workspace.remove() }
        try #require(workspace.run(["init", "--node", "县政务公开办"]).status == 0)
        try #require(workspace.run(["agency", "add", "dazhuang", "--name", "长子县大庄乡人民政府"]).status == 0)
        let file = workspace.folder.url.appendingPathComponent("大庄乡年报.txt")
        try Data(ReportText.render(SampleReport.make(agency: "长子县大庄乡人民政府", year: 2025)).utf8).write(to: file)
        let committed = try workspace.run(["commit", file.path, "--agency", "大庄乡", "--year", "2025"])
        #expect(committed.status == 0, "\(committed.stderr)")
        #expect(committed.stderr.contains("“大庄乡”即 长子县大庄乡人民政府（代号 dazhuang）。"))
        #expect(try workspace.run(["reports"]).stdout.contains("dazhuang/2025"))
    }
}
